import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { readPageMetadata } from '../../lib/capture';

const URL = 'https://news.example/world/2024/story?ref=home';

function docWith(head: string, htmlAttributes = ''): Document {
  return new JSDOM(
    `<!doctype html><html ${htmlAttributes}><head>${head}</head><body><p>Text.</p></body></html>`,
    {
      url: URL,
    },
  ).window.document;
}

describe('readPageMetadata: title', () => {
  it('prefers og:title, without a site suffix', () => {
    const doc = docWith(
      '<title>Dam talks stall | Lake Post</title><meta property="og:title" content="Dam talks stall - Lake Post">' +
        '<meta property="og:site_name" content="Lake Post">',
    );
    expect(readPageMetadata(doc, { url: URL, readability: { title: 'Something else' } }).title).toBe(
      'Dam talks stall',
    );
  });

  it('uses Readability’s title when there is no og:title', () => {
    const doc = docWith('<title>Home | Lake Post</title>');
    expect(readPageMetadata(doc, { url: URL, readability: { title: 'Dam talks stall again' } }).title).toBe(
      'Dam talks stall again',
    );
  });

  it('strips " | Site" and " - Site" from <title> when that is all there is', () => {
    expect(readPageMetadata(docWith('<title>Dam talks stall | Lake Post</title>'), { url: URL }).title).toBe(
      'Dam talks stall',
    );
    expect(
      readPageMetadata(
        docWith(
          '<title>Dam talks stall - Lake Post</title><meta property="og:site_name" content="Lake Post">',
        ),
        {
          url: URL,
        },
      ).title,
    ).toBe('Dam talks stall');
  });

  it('keeps a dash that is part of the headline', () => {
    expect(readPageMetadata(docWith('<title>Dam talks - what comes next</title>'), { url: URL }).title).toBe(
      'Dam talks - what comes next',
    );
  });
});

describe('readPageMetadata: site name and byline', () => {
  it('takes og:site_name, then JSON-LD publisher.name, then Readability’s', () => {
    const jsonLd =
      '<script type="application/ld+json">{"@type":"NewsArticle","publisher":{"@type":"Organization","name":"Lake Post Group"},' +
      '"author":[{"@type":"Person","name":"A. Writer"},{"@type":"Person","name":"B. Writer"}]}</script>';
    expect(readPageMetadata(docWith(jsonLd), { url: URL, readability: { siteName: 'Other' } }).siteName).toBe(
      'Lake Post Group',
    );
    expect(
      readPageMetadata(docWith(`<meta property="og:site_name" content="Lake Post">${jsonLd}`), { url: URL })
        .siteName,
    ).toBe('Lake Post');
    expect(readPageMetadata(docWith(''), { url: URL, readability: { siteName: 'Inferred' } }).siteName).toBe(
      'Inferred',
    );
    expect(readPageMetadata(docWith(jsonLd), { url: URL }).byline).toBe('A. Writer, B. Writer');
  });

  it('skips author values that are URLs and strips a leading "By"', () => {
    const doc = docWith('<meta name="author" content="https://social.example/someone">');
    expect(readPageMetadata(doc, { url: URL, readability: { byline: 'By C. Reporter' } }).byline).toBe(
      'C. Reporter',
    );
    expect(readPageMetadata(docWith(''), { url: URL }).byline).toBeNull();
  });
});

describe('readPageMetadata: canonical URL and language', () => {
  it('resolves a relative canonical link against the page URL', () => {
    const doc = docWith('<link rel="canonical" href="/world/2024/story">');
    expect(readPageMetadata(doc, { url: URL }).canonicalUrl).toBe('https://news.example/world/2024/story');
  });

  it('accepts rel lists and rejects non-http(s) canonicals', () => {
    expect(
      readPageMetadata(docWith('<link rel="Canonical alternate" href="https://cdn.example/a">'), { url: URL })
        .canonicalUrl,
    ).toBe('https://cdn.example/a');
    expect(
      readPageMetadata(docWith('<link rel="canonical" href="data:text/html,hi">'), { url: URL }).canonicalUrl,
    ).toBeNull();
    expect(readPageMetadata(docWith(''), { url: URL }).canonicalUrl).toBeNull();
  });

  it('takes <html lang>, then content-language, then Readability’s, normalised', () => {
    expect(readPageMetadata(docWith('', 'lang="en_GB"'), { url: URL }).lang).toBe('en-GB');
    expect(
      readPageMetadata(docWith('<meta http-equiv="Content-Language" content="fr, en">'), { url: URL }).lang,
    ).toBe('fr');
    expect(
      readPageMetadata(docWith('', 'lang="not a language"'), { url: URL, readability: { lang: 'ar' } }).lang,
    ).toBe('ar');
    expect(readPageMetadata(docWith(''), { url: URL }).lang).toBeNull();
  });

  it('keeps the page URL as given', () => {
    expect(readPageMetadata(docWith(''), { url: URL }).url).toBe(URL);
  });
});
