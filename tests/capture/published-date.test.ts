import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { findPublishedDate, parseDateAsWritten } from '../../lib/capture';

const NOW = new Date('2024-06-01T12:00:00Z');

function docWith(head: string, body = '<p>Some text.</p>'): Document {
  return new JSDOM(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`).window.document;
}

const meta = (value: string) => `<meta property="article:published_time" content="${value}">`;
const jsonLd = (json: string) => `<script type="application/ld+json">${json}</script>`;
const article = (inner: string) => `<article><h1>Heading</h1>${inner}<p>Body text.</p></article>`;

describe('findPublishedDate: order of trust', () => {
  it('prefers article:published_time over JSON-LD and <time>', () => {
    const doc = docWith(
      meta('2023-03-04T10:00:00Z') + jsonLd('{"@type":"NewsArticle","datePublished":"2022-01-01"}'),
      article('<time datetime="2021-01-01">then</time>'),
    );
    expect(findPublishedDate(doc, { now: NOW })).toEqual({
      publishedAt: '2023-03-04',
      source: 'article:published_time',
      warnings: [],
    });
  });

  it('uses JSON-LD datePublished when there is no meta tag', () => {
    const doc = docWith(jsonLd('{"@type":"NewsArticle","datePublished":"2022-07-08T23:30:00-05:00"}'));
    expect(findPublishedDate(doc, { now: NOW })).toMatchObject({
      publishedAt: '2022-07-08',
      source: 'json-ld',
    });
  });

  it('uses the first <time datetime> in the article as the last resort', () => {
    const doc = docWith(
      '',
      '<aside><time datetime="2020-02-02">related</time></aside>' +
        article(
          '<time datetime="2021-05-06T08:00:00+02:00">6 May</time><time datetime="2019-01-01">x</time>',
        ),
    );
    expect(findPublishedDate(doc, { now: NOW })).toMatchObject({
      publishedAt: '2021-05-06',
      source: 'time-element',
    });
  });

  it('skips <time> elements in comments inside the article', () => {
    const doc = docWith(
      '',
      '<article><div class="comments"><time datetime="2024-01-01">reader</time></div>' +
        '<footer><time datetime="2024-02-02">updated</time></footer><p>Text</p></article>',
    );
    expect(findPublishedDate(doc, { now: NOW })).toEqual({ publishedAt: null, source: null, warnings: [] });
  });

  it('returns null without warnings when the page has no date at all', () => {
    expect(findPublishedDate(docWith(''), { now: NOW })).toEqual({
      publishedAt: null,
      source: null,
      warnings: [],
    });
  });
});

describe('findPublishedDate: JSON-LD shapes', () => {
  it('walks top-level arrays', () => {
    const doc = docWith(
      jsonLd('[{"@type":"Organization","name":"X"},{"@type":"NewsArticle","datePublished":"2020-10-11"}]'),
    );
    expect(findPublishedDate(doc, { now: NOW }).publishedAt).toBe('2020-10-11');
  });

  it('walks @graph and prefers the article node over the web page node', () => {
    const doc = docWith(
      jsonLd(
        JSON.stringify({
          '@context': 'https://schema.org',
          '@graph': [
            { '@type': 'WebPage', datePublished: '2019-01-01' },
            { '@type': ['BlogPosting'], datePublished: '2020-12-24T18:00:00+01:00' },
          ],
        }),
      ),
    );
    expect(findPublishedDate(doc, { now: NOW }).publishedAt).toBe('2020-12-24');
  });

  it('finds an article nested as mainEntity of a WebPage', () => {
    const doc = docWith(
      jsonLd('{"@type":"WebPage","mainEntity":{"@type":"Article","datePublished":"2018-04-05"}}'),
    );
    expect(findPublishedDate(doc, { now: NOW }).publishedAt).toBe('2018-04-05');
  });

  it('repairs trailing commas and raw newlines', () => {
    const doc = docWith(
      jsonLd('{"@type":"NewsArticle","headline":"Two\nlines","datePublished":"2017-09-10",}'),
    );
    expect(findPublishedDate(doc, { now: NOW })).toEqual({
      publishedAt: '2017-09-10',
      source: 'json-ld',
      warnings: [],
    });
  });

  it('skips a block that is not JSON with a warning and keeps reading the next one', () => {
    const doc = docWith(
      jsonLd('{"@type":"NewsArticle","datePublished":') +
        jsonLd('{"@type":"NewsArticle","datePublished":"2016-03-03"}'),
    );
    const result = findPublishedDate(doc, { now: NOW });
    expect(result.publishedAt).toBe('2016-03-03');
    expect(result.warnings).toEqual(['JSON-LD block 1 is not valid JSON; ignored']);
  });

  it('does not report a broken JSON-LD block when a better source already answered', () => {
    const doc = docWith(meta('2015-05-05') + jsonLd('{not json'));
    expect(findPublishedDate(doc, { now: NOW }).warnings).toEqual([]);
  });
});

describe('findPublishedDate: values that lie', () => {
  it('rejects a date more than a day in the future and falls back, with a warning', () => {
    const doc = docWith(meta('2031-01-01') + jsonLd('{"@type":"NewsArticle","datePublished":"2024-05-30"}'));
    const result = findPublishedDate(doc, { now: NOW });
    expect(result.publishedAt).toBe('2024-05-30');
    expect(result.source).toBe('json-ld');
    expect(result.warnings).toEqual([
      'published date 2031-01-01 is in the future; ignored (article:published_time)',
    ]);
  });

  it('accepts a date a few hours ahead (time zones, clock skew)', () => {
    const doc = docWith(meta('2024-06-01T22:00:00Z'));
    expect(findPublishedDate(doc, { now: NOW })).toMatchObject({ publishedAt: '2024-06-01', warnings: [] });
  });

  it('rejects an unparseable value with a warning and tries the next source', () => {
    const doc = docWith(meta('yesterday-ish'), article('<time datetime="2024-05-31">Friday</time>'));
    const result = findPublishedDate(doc, { now: NOW });
    expect(result).toMatchObject({ publishedAt: '2024-05-31', source: 'time-element' });
    expect(result.warnings).toEqual([
      'published date "yesterday-ish" could not be read; ignored (article:published_time)',
    ]);
  });

  it('ends with null and every warning when all sources lie', () => {
    const doc = docWith(
      meta('2099-09-09') + jsonLd('{"@type":"Article","datePublished":"soon"}'),
      article('<time datetime="1970-01-01T00:00:00Z">epoch</time>'),
    );
    const result = findPublishedDate(doc, { now: NOW });
    expect(result.publishedAt).toBeNull();
    expect(result.source).toBeNull();
    expect(result.warnings).toHaveLength(3);
    expect(result.warnings.join('\n')).toMatch(
      /2099-09-09 is in the future[\s\S]*"soon" could not be read[\s\S]*1970-01-01/,
    );
  });
});

describe('parseDateAsWritten', () => {
  it('keeps the calendar date as written in the page’s own offset', () => {
    expect(parseDateAsWritten('2013-10-10T01:30:00+03:00')?.date).toBe('2013-10-10');
    expect(parseDateAsWritten('2013-10-10T23:30:00-05:00')?.date).toBe('2013-10-10');
    expect(parseDateAsWritten('2013-10-10T23:30:00-05:00')?.instantMs).toBe(
      Date.parse('2013-10-11T04:30:00Z'),
    );
  });

  it('accepts ISO dates with fractions, offsets without a colon, and a space for T', () => {
    expect(parseDateAsWritten('2020-02-29T10:11:12.123+0530')?.date).toBe('2020-02-29');
    expect(parseDateAsWritten('2020-02-29 10:11')?.date).toBe('2020-02-29');
    expect(parseDateAsWritten(' 2020-02-29 ')?.date).toBe('2020-02-29');
  });

  it('accepts common English textual dates', () => {
    expect(parseDateAsWritten('Thu, 10 Oct 2013 09:30:00 GMT')?.date).toBe('2013-10-10');
    expect(parseDateAsWritten('October 9, 2013')?.date).toBe('2013-10-09');
    expect(parseDateAsWritten('Sept. 3rd, 2019 4:05 pm')?.date).toBe('2019-09-03');
  });

  it('rejects impossible dates and words that merely look date-like', () => {
    for (const value of [
      '2013-02-30',
      '2013-13-01',
      '2013-10-10T25:00',
      'yesterday-ish',
      'Section 1',
      'May 2020',
      '',
    ]) {
      expect(parseDateAsWritten(value), value).toBeNull();
    }
  });
});
