import { isProbablyReaderable } from '@mozilla/readability';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { captureArticle, DEFAULT_MAX_CHARS, type CaptureArticleOptions } from '../../lib/capture';
import { CaptureResultSchema, type CaptureResult, type CaptureSuccess } from '../../lib/schema';

const URL = 'https://news.example/2024/06/story';
const NOW = new Date('2024-06-01T12:00:00Z');

/** Written for these tests; reads like a news paragraph so Readability treats it as one. */
const PARAGRAPH =
  'Residents of the valley said the footbridge was washed away on Monday night, cutting off the market ' +
  'town from three villages on the far bank. The district office said a temporary crossing would be ' +
  'built within two weeks, while volunteers ferried supplies across the river in small boats.';

function documentFor(html: string): Document {
  return new JSDOM(html, { url: URL }).window.document;
}

function articlePage(
  options: { head?: string; paragraphs?: number; title?: string; extraBody?: string } = {},
) {
  const title = options.title ?? 'Bridge washed away in the valley';
  const paragraphs = Array.from(
    { length: options.paragraphs ?? 6 },
    (_, i) => `<p>${i + 1}. ${PARAGRAPH}</p>`,
  );
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title} | Valley Courier</title>
<meta property="og:site_name" content="Valley Courier">${options.head ?? ''}</head>
<body><header><nav><a href="/">Home</a> <a href="/local">Local</a></nav></header>
<article><h1>${title}</h1>${options.extraBody ?? ''}${paragraphs.join('\n')}</article>
<footer>© Valley Courier. All rights reserved.</footer></body></html>`;
}

/** Capture, check the result against the schema, and return it. */
function capture(html: string, options: Partial<CaptureArticleOptions> = {}): CaptureResult {
  const result = captureArticle(documentFor(html), { url: URL, now: NOW, ...options });
  return CaptureResultSchema.parse(result);
}

function expectSuccess(result: CaptureResult): CaptureSuccess {
  if (!result.ok) throw new Error(`expected a capture, got ${result.reason}: ${result.message}`);
  return result;
}

describe('pages without an article fail with a clear message', () => {
  it('reports a sign-in page as not an article and points to the selection fallback', () => {
    const result =
      capture(`<!doctype html><html lang="en"><head><title>Sign in | Valley Courier</title></head>
<body><header><nav><a href="/">Home</a> <a href="/local">Local</a> <a href="/sport">Sport</a></nav></header>
<main><h1>Sign in</h1><form><label>Email <input type="email"></label><label>Password <input type="password"></label>
<button>Sign in</button></form><p>Forgot your password?</p></main><footer>© Valley Courier</footer></body></html>`);
    expect(result).toMatchObject({ ok: false, reason: 'no-article' });
    if (result.ok) return;
    expect(result.message).toMatch(/doesn.t look like an article/i);
    expect(result.message).toMatch(/select/i);
  });

  it('reports a page that is only a list of links as not an article', () => {
    const links = Array.from(
      { length: 40 },
      (_, i) =>
        `<li><a href="/story/${i}">Story number ${i}: council votes on the new bridge budget tonight</a></li>`,
    ).join('');
    const result = capture(
      `<!doctype html><html><head><title>Local news</title></head><body><ul>${links}</ul></body></html>`,
    );
    expect(result).toMatchObject({ ok: false, reason: 'no-article' });
  });

  it('reports a form page with plenty of short labels as not an article', () => {
    const html = `<!doctype html><html><head><title>Account</title></head><body><main><h1>Your account</h1><form>
<div>Email address</div><input><div>Password</div><input><div>Remember me on this computer for thirty days</div>
<div>Forgot your password? Reset it here</div><div>Need an account? Register today, it only takes a minute</div>
<div>By signing in you agree to our terms of use and privacy policy</div></form></main></body></html>`;
    // The pre-check says no and Readability still returns 200+ characters: the prose test decides.
    expect(isProbablyReaderable(documentFor(html))).toBe(false);
    expect(capture(html)).toMatchObject({ ok: false, reason: 'no-article' });
  });

  it('reports a home page of long linked teasers as not an article, though the pre-check says yes', () => {
    const teasers = Array.from(
      { length: 20 },
      (_, i) =>
        `<p><a href="/s/${i}">Teaser ${i}: the regional council met again on Thursday evening to discuss the ` +
        'repairs to the flood barrier and the budget for the new clinic in the market town</a></p>',
    ).join('');
    const html = `<!doctype html><html><head><title>Home</title></head><body><main>${teasers}</main></body></html>`;
    expect(isProbablyReaderable(documentFor(html))).toBe(true);
    expect(capture(html)).toMatchObject({ ok: false, reason: 'no-article' });
  });

  it('reports an empty page as empty', () => {
    const result = capture('<html><body></body></html>');
    expect(result).toMatchObject({ ok: false, reason: 'empty-page' });
    if (!result.ok) expect(result.message.length).toBeGreaterThan(10);
  });

  it('counts a page with only scripts, styles and white space as empty', () => {
    const result = capture(
      '<html><head><style>p{}</style></head><body>\n  <script>document.title = "x";</script>&nbsp;\n</body></html>',
    );
    expect(result).toMatchObject({ ok: false, reason: 'empty-page' });
  });

  it('turns an unexpected exception into an error result instead of throwing', () => {
    const hostile = {
      get body(): never {
        throw new Error('the page went away');
      },
    } as unknown as Document;
    const result = captureArticle(hostile, { url: URL });
    expect(CaptureResultSchema.parse(result)).toMatchObject({ ok: false, reason: 'error' });
    if (!result.ok) expect(result.message).toContain('the page went away');
  });
});

describe('awkward pages that still hold an article', () => {
  it('captures a page with broken HTML (unclosed tags, stray end tags)', () => {
    const result = capture(`<!doctype html><html><head><title>Broken page</title></head><body><div><article>
<h1>Broken page</h1><p>${PARAGRAPH}<p>${PARAGRAPH}</div></div></span><p>${PARAGRAPH}<table><tr><td>${PARAGRAPH}</article>`);
    const success = expectSuccess(result);
    expect(success.text.split(PARAGRAPH).length - 1).toBeGreaterThanOrEqual(3);
    expect(success.metadata.title).toBe('Broken page');
  });

  it('captures a short real article that the readerable pre-check turns down', () => {
    const html = `<!doctype html><html lang="en"><head><title>Ferry resumes | Valley Courier</title></head>
<body><nav><a href="/">Home</a></nav><article><h1>Ferry resumes</h1>
<p>The ferry between the two harbours resumed on Tuesday after a week of storms, the port authority said, with the first boat leaving at dawn.</p>
<p>Officials expect a full timetable by the weekend.</p></article></body></html>`;
    expect(isProbablyReaderable(documentFor(html))).toBe(false);
    const success = expectSuccess(capture(html));
    expect(success.text).toMatch(/^The ferry between the two harbours resumed on Tuesday/);
    expect(success.text).toContain('Officials expect a full timetable by the weekend.');
    expect(success.metadata.title).toBe('Ferry resumes');
  });

  it('leaves ad slots out of the text but keeps short paragraphs whose class only looks similar', () => {
    const html = articlePage({
      extraBody:
        '<p class="lead">Two villages are cut off.</p>' +
        '<div class="ad-slot"><span>Sponsored by Acme Outdoor Gear: 20% off tents</span></div>',
    });
    const success = expectSuccess(capture(html));
    expect(success.text).not.toContain('Acme');
    expect(success.text.startsWith('Two villages are cut off.\n\n1. ')).toBe(true);
  });

  it('never changes the live page', () => {
    const doc = documentFor(articlePage({ extraBody: '<div class="ad-slot">Advertisement</div>' }));
    const before = doc.documentElement.outerHTML;
    expectSuccess(captureArticle(doc, { url: URL, now: NOW }));
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('captures a ~5 MB page within its text limit and says it was cut', () => {
    const html = articlePage({ title: 'A very long report', paragraphs: 17_000 });
    expect(html.length).toBeGreaterThan(5_000_000);
    const doc = documentFor(html);
    const result = captureArticle(doc, { url: URL, now: NOW });

    const success = expectSuccess(CaptureResultSchema.parse(result));
    expect(success.text.length).toBeLessThanOrEqual(DEFAULT_MAX_CHARS);
    expect(success.text.length).toBeGreaterThan(DEFAULT_MAX_CHARS * 0.9);
    expect(success.text.startsWith(`1. ${PARAGRAPH}\n\n2. ${PARAGRAPH}`)).toBe(true);
    expect(success.text.endsWith(PARAGRAPH)).toBe(true);
    expect(success.warnings.join(' ')).toMatch(/only the first [\d,]+ of [\d,]+ characters were kept/);
  });

  it('reports a page with more elements than it may parse as too large', () => {
    const result = capture(articlePage({ paragraphs: 300 }), { maxElemsToParse: 100 });
    expect(result).toMatchObject({ ok: false, reason: 'too-large' });
    if (!result.ok) expect(result.message).toMatch(/too large/i);
  });

  it('honours a smaller maxChars', () => {
    const success = expectSuccess(capture(articlePage({ paragraphs: 10 }), { maxChars: 1000 }));
    expect(success.text.length).toBeLessThanOrEqual(1000);
    expect(success.text.endsWith(PARAGRAPH)).toBe(true);
    expect(success.warnings).toHaveLength(1);
  });
});

describe('metadata that lies', () => {
  it('distrusts a published date in the future and falls back to JSON-LD, with a warning', () => {
    const success = expectSuccess(
      capture(
        articlePage({
          head:
            '<meta property="article:published_time" content="2099-05-01T10:00:00Z">' +
            '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-03-05T08:00:00Z"}</script>',
        }),
      ),
    );
    expect(success.metadata.publishedAt).toBe('2024-03-05');
    expect(success.metadata.publishedAtSource).toBe('json-ld');
    expect(success.warnings.join(' ')).toMatch(/2099-05-01 is in the future/);
  });

  it('falls back to the <time> element when only it is trustworthy', () => {
    const success = expectSuccess(
      capture(
        articlePage({
          head: '<meta property="article:published_time" content="2031-01-01">',
          extraBody:
            '<p class="meta">Published <time datetime="2024-04-02T09:00:00+02:00">2 April</time></p>',
        }),
      ),
    );
    expect(success.metadata).toMatchObject({ publishedAt: '2024-04-02', publishedAtSource: 'time-element' });
    expect(success.warnings).toEqual([
      'published date 2031-01-01 is in the future; ignored (article:published_time)',
    ]);
  });

  it('ignores an unparseable published date with a warning', () => {
    const success = expectSuccess(
      capture(articlePage({ head: '<meta property="article:published_time" content="yesterday-ish">' })),
    );
    expect(success.metadata.publishedAt).toBeNull();
    expect(success.metadata.publishedAtSource).toBeNull();
    expect(success.warnings.join(' ')).toMatch(/"yesterday-ish" could not be read/);
  });

  it('survives JSON-LD that is not valid JSON and uses the next source', () => {
    const success = expectSuccess(
      capture(
        articlePage({
          head: '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2024-01-0</script>',
          extraBody: '<time datetime="2024-01-09">9 January</time>',
        }),
      ),
    );
    expect(success.metadata).toMatchObject({ publishedAt: '2024-01-09', publishedAtSource: 'time-element' });
    expect(success.warnings.join(' ')).toMatch(/JSON-LD block 1 is not valid JSON/);
    // The broken block must not break the other metadata either.
    expect(success.metadata.siteName).toBe('Valley Courier');
    expect(success.metadata.title).toBe('Bridge washed away in the valley');
  });

  it('ignores a canonical link that is not http(s)', () => {
    const success = expectSuccess(
      capture(articlePage({ head: '<link rel="canonical" href="javascript:alert(1)">' })),
    );
    expect(success.metadata.canonicalUrl).toBeNull();
  });
});
