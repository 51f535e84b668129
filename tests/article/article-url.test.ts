import { describe, expect, it } from 'vitest';
import { articleIdFor } from '@/lib/article/article-id';
import { normaliseArticleUrl } from '@/lib/article/article-url';
import { articleFromCapture } from '@/lib/article/article-from-capture';
import type { CaptureSuccess } from '@/lib/schema';

const PAGE = 'https://news.example/world/2024/05/dam-talks-stall';

describe('normaliseArticleUrl: what goes', () => {
  it.each([
    ['campaign tags', `${PAGE}?utm_source=feed&utm_medium=rss&utm_campaign=morning`],
    ['Matomo and AT Internet campaign tags', `${PAGE}?mtm_campaign=x&pk_kwd=y&at_medium=social&xtor=RSS-1`],
    ['ad-click ids', `${PAGE}?fbclid=IwAR0abc&gclid=Cj0K&dclid=d1&msclkid=m1&igshid=ig1&_ga=2.1.2.3`],
    ['newsletter ids', `${PAGE}?mc_cid=c1&mc_eid=e1&_hsenc=h1&_hsmi=9`],
    ['referrer marks', `${PAGE}?ref=homepage&ref_src=twsrc&cmpid=partner&ocid=msedgntp&CMP=share_btn_tw`],
    ['share-button marks', `${PAGE}?copy=1&share=true&smid=url-share&partner=yahoo`],
    ['print and AMP views', `${PAGE}?print=1&amp=1&outputType=amp&fullscreen=1`],
    ['presentation modes', `${PAGE}?view=print&mode=amp`],
    ['the fragment', `${PAGE}#comments`],
    ['an empty query', `${PAGE}?`],
  ])('drops %s', (_what, url) => {
    expect(normaliseArticleUrl(url)).toBe(PAGE);
  });

  it('matches parameter names whatever their case', () => {
    expect(normaliseArticleUrl(`${PAGE}?UTM_Source=x&FBCLID=y&Copy=1`)).toBe(PAGE);
  });

  it("drops Twitter's share marks (s, t) on its own hosts only", () => {
    expect(normaliseArticleUrl('https://x.com/agency/status/1790000000?s=20&t=AbCdEf')).toBe(
      'https://x.com/agency/status/1790000000',
    );
    expect(normaliseArticleUrl('https://mobile.twitter.com/agency/status/17?s=46')).toBe(
      'https://mobile.twitter.com/agency/status/17',
    );
    // Elsewhere `s` is a search query (WordPress) and stays.
    expect(normaliseArticleUrl('https://blog.example/?s=ceasefire')).toBe(
      'https://blog.example/?s=ceasefire',
    );
  });
});

describe('normaliseArticleUrl: what stays', () => {
  it.each([
    ['a post id', 'https://blog.example/?p=4512'],
    ['an article id', 'https://news.example/article.php?id=88123'],
    ['a story id', 'https://news.example/news?story=dam-talks'],
    ['a page number', 'https://news.example/long-read?page=2'],
  ])('keeps %s', (_what, url) => {
    expect(normaliseArticleUrl(url)).toBe(url);
  });

  it('keeps a view or mode that is not a presentation (a CMS picking article or category)', () => {
    const article = 'https://news.example/index.php?id=12&view=article';
    const category = 'https://news.example/index.php?id=12&view=category';
    expect(normaliseArticleUrl(article)).toBe(article);
    expect(normaliseArticleUrl(article)).not.toBe(normaliseArticleUrl(category));
  });

  it('keeps outputType when it is not AMP', () => {
    expect(normaliseArticleUrl(`${PAGE}?outputType=full`)).toBe(`${PAGE}?outputType=full`);
  });

  it('keeps a hash-bang or slash route, which names the content on script-driven sites', () => {
    expect(normaliseArticleUrl('https://news.example/#!/story/42')).toBe('https://news.example/#!/story/42');
    expect(normaliseArticleUrl('https://news.example/app#/story/42')).toBe(
      'https://news.example/app#/story/42',
    );
  });
});

describe('normaliseArticleUrl: order and odd input', () => {
  it('sorts the parameters that stay, keeping repeated ones in their order', () => {
    expect(normaliseArticleUrl('https://news.example/a?story=9&tag=b&id=3&tag=a&utm_source=x')).toBe(
      'https://news.example/a?id=3&story=9&tag=b&tag=a',
    );
  });

  it('gives one URL for the same page reached in different ways', () => {
    const variants = [
      'https://News.Example/item?section=world&id=7',
      'https://news.example/item?id=7&section=world&copy=1',
      'https://news.example/item?fbclid=abc&section=world&id=7#top',
    ];
    expect(new Set(variants.map(normaliseArticleUrl)).size).toBe(1);
  });

  it('returns text that is not a URL trimmed, as it is', () => {
    expect(normaliseArticleUrl('  pasted text  ')).toBe('pasted text');
  });
});

describe('articleIdFor', () => {
  it('gives a page with a share-button query the same id as the page', async () => {
    expect(await articleIdFor(`${PAGE}?copy=1`)).toBe(await articleIdFor(PAGE));
  });

  it('gives different articles different ids', async () => {
    expect(await articleIdFor('https://blog.example/?p=1')).not.toBe(
      await articleIdFor('https://blog.example/?p=2'),
    );
  });
});

describe('articleFromCapture', () => {
  function captureOf(url: string): CaptureSuccess {
    return {
      ok: true,
      text: 'Talks on the dam stalled on Tuesday.',
      excerpt: 'Talks on the dam stalled.',
      warnings: [],
      durationMs: 1,
      metadata: {
        title: 'Dam talks stall',
        byline: null,
        siteName: 'Lake Post',
        url,
        canonicalUrl: null,
        lang: 'en',
        publishedAt: null,
        publishedAtSource: null,
      },
    };
  }

  it('makes one article of a page without a canonical link captured with and without ?copy=1', async () => {
    const plain = await articleFromCapture(captureOf(PAGE), 'readability');
    const copied = await articleFromCapture(captureOf(`${PAGE}?copy=1`), 'readability');
    expect(copied.id).toBe(plain.id);
    // The address the reader was on is stored as it was.
    expect(copied.url).toBe(`${PAGE}?copy=1`);
  });

  const WIRE = 'https://www.wirenews.com/world/dam-talks-stall';
  const withCanonical = (url: string, canonicalUrl: string, siteName: string): CaptureSuccess => {
    const capture = captureOf(url);
    return { ...capture, metadata: { ...capture.metadata, canonicalUrl, siteName } };
  };

  it('takes the identity of a canonical address on the page’s own site', async () => {
    const amp = await articleFromCapture(
      withCanonical('https://amp.wirenews.com/world/dam-talks-stall', WIRE, 'Wire News'),
      'readability',
    );
    expect(amp.id).toBe(await articleIdFor(WIRE));
    expect(amp.canonicalUrl).toBe(WIRE);
    expect(amp.siteName).toBe('Wire News');
    expect(amp.warnings).toEqual([]);
  });

  it('refuses a canonical address on another site, and the outlet name that came with it', async () => {
    const copycat = 'https://copycat.example/posts/42?utm_source=feed';
    const article = await articleFromCapture(withCanonical(copycat, WIRE, 'Wire News'), 'readability');
    // Known by its own address (normalised), not the other outlet's.
    expect(article.id).toBe(await articleIdFor('https://copycat.example/posts/42'));
    expect(article.id).not.toBe(await articleIdFor(WIRE));
    expect(article.canonicalUrl).toBeNull();
    expect(article.siteName).toBeNull();
    expect(article.url).toBe(copycat);
    expect(article.warnings).toEqual([expect.stringContaining('www.wirenews.com')]);
  });
});
