import { describe, expect, it, vi } from 'vitest';
import {
  DEFAULT_WINDOW_RADIUS,
  findInSearchText,
  isIgnorable,
  matchQuote,
  searchTextOf,
  stripIgnorable,
  toOriginalSpan,
  toSearchOffset,
} from '../../lib/anchoring/match-quote';
import { quoteSelectorFor } from '../../lib/anchoring/quote-selector';
import type { TextQuoteSelector } from '../../lib/schema/selector';
import { approximateScans } from './support/counted-approx-search';

vi.mock('approx-string-match', () => import('./support/counted-approx-search'));

function found<T>(value: T | null): T {
  if (value === null) throw new Error('expected a match');
  return value;
}

function sel(exact: string, prefix = '', suffix = ''): TextQuoteSelector {
  return { type: 'TextQuoteSelector', exact, prefix, suffix };
}

describe('searchTextOf', () => {
  it('drops white space and maps every kept character back to the original', () => {
    const original = '  Air\u00a0strikes\n\t hit\u200bAleppo ';
    const search = searchTextOf(original);
    expect(search.text).toBe('AirstrikeshitAleppo');
    for (let i = 0; i < search.text.length; i++) {
      expect(original[search.toOriginal[i] as number]).toBe(search.text[i]);
    }
    expect(search.toOriginal[search.text.length]).toBe(original.length);
    expect(toSearchOffset(search, 0)).toBe(0);
    expect(toSearchOffset(search, original.indexOf('hit'))).toBe(search.text.indexOf('hit'));
    const span = toOriginalSpan(search, search.text.indexOf('strikes'), search.text.indexOf('hit') + 3);
    expect(original.slice(span.start, span.end)).toBe('strikes\n\t hit');
  });

  it('stripIgnorable agrees with searchTextOf', () => {
    expect(stripIgnorable(' a \n b\u00ad ')).toBe('ab');
    expect(stripIgnorable('abc')).toBe('abc');
  });
});

describe('matchQuote', () => {
  it('finds an exact quote and returns offsets into the original text', () => {
    const page = 'Header\n    Shelling hit Aleppo on Monday.\n';
    const match = matchQuote(page, sel('Aleppo', 'Shelling hit ', ' on Monday.'));
    expect(match).not.toBeNull();
    expect(page.slice(found(match).start, found(match).end)).toBe('Aleppo');
    expect(found(match).score).toBeCloseTo(1, 1);
  });

  it('ignores white-space differences inside the quote and its context', () => {
    const article = 'Forces entered the\n\ntown of Daraa city at dawn.';
    const page = '<html>\n  Forces entered the\n      town of   Daraa\n   city at dawn.';
    const start = article.indexOf('Daraa city');
    const match = matchQuote(page, quoteSelectorFor(article, start, start + 'Daraa city'.length));
    expect(match).not.toBeNull();
    expect(page.slice(found(match).start, found(match).end)).toBe('Daraa\n   city');
  });

  it('matches across block boundaries that have no white space in the page text', () => {
    // `<p>Idlib.</p><p>Rebels said</p>` has the text content "Idlib.Rebels said".
    const match = matchQuote('Idlib.Rebels said', sel('Idlib.\n\nRebels'));
    expect(match).toEqual({ start: 0, end: 12, score: expect.any(Number) });
  });

  it('disambiguates a repeated quote by its prefix and suffix', () => {
    const page = 'Rebels shelled Homs. Army units shelled Homs at night. Residents fled Homs on foot.';
    const match = matchQuote(page, sel('Homs', 'Army units shelled ', ' at night.'));
    expect(match?.start).toBe(page.indexOf('Homs at night'));
    const last = matchQuote(page, sel('Homs', 'Residents fled ', ' on foot.'));
    expect(last?.start).toBe(page.lastIndexOf('Homs'));
  });

  it('breaks ties between identical contexts with the hint', () => {
    const para = 'Clashes were reported in Deir ez-Zor again. ';
    const page = para.repeat(5);
    const selector = sel('Deir ez-Zor', 'Clashes were reported in ', ' again.');
    const third = page.indexOf('Deir', para.length * 2);
    expect(matchQuote(page, selector, third)?.start).toBe(third);
    const fifth = page.indexOf('Deir', para.length * 4);
    expect(matchQuote(page, selector, fifth - 3)?.start).toBe(fifth);
    expect(matchQuote(page, selector)?.start).toBe(page.indexOf('Deir'));
  });

  it('finds a quote with a small typo (fuzzy)', () => {
    const page = 'Fighting continued near the Jordanian bordr crossing on Friday.';
    const match = matchQuote(page, sel('Jordanian border', 'continued near the ', ' crossing on Friday.'));
    expect(match).not.toBeNull();
    expect(page.slice(found(match).start, found(match).end)).toBe('Jordanian bordr');
    expect(found(match).score).toBeLessThan(1);
    expect(found(match).score).toBeGreaterThan(0.8);
  });

  it('returns null when the quote is absent', () => {
    const page = 'Fighting continued near the Jordanian border crossing on Friday.';
    expect(matchQuote(page, sel('Kobani', 'continued near ', ' crossing'))).toBeNull();
    expect(matchQuote(page, sel('   '))).toBeNull();
    expect(matchQuote('', sel('Kobani'))).toBeNull();
  });

  it('refuses an exact quote whose context agrees on neither side', () => {
    const page = 'The weather in Raqqa was mild and markets were open all week long.';
    const selector = sel('Raqqa', 'Coalition aircraft bombed targets in ', ', killing twelve fighters.');
    expect(matchQuote(page, selector)).toBeNull();
  });

  it('does not allow more than a quarter of the quote in edits', () => {
    const page = 'Fighting continued near the Jxrdxnixn bxrder crossing on Friday.';
    expect(
      matchQuote(page, sel('Jordanian border', 'continued near the ', ' crossing on Friday.')),
    ).toBeNull();
  });

  it('searches approximately only a window around the hint of a long page', () => {
    const page = 'lorem ipsum dolor sit amet '.repeat(40_000); // ~1 MB
    const search = searchTextOf(page);
    const quote = 'Jordanianbordercrossing';
    for (let i = 0; i < 200; i++) {
      approximateScans.length = 0;
      expect(findInSearchText(search.text, sel('Jordanian border crossing'), i * 4000)).toBeNull();
      // One scan of the window (the quote's radius on each side of the hint), never of the page.
      expect(approximateScans).toHaveLength(1);
      expect(approximateScans[0]).toBeLessThanOrEqual(2 * DEFAULT_WINDOW_RADIUS + quote.length);
    }
  });
});

describe('stripIgnorable', () => {
  it('removes exactly the characters isIgnorable ignores, across the whole BMP', () => {
    let all = '';
    for (let code = 0; code <= 0xffff; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue; // lone surrogates
      all += String.fromCharCode(code);
    }
    let expected = '';
    for (let i = 0; i < all.length; i++) if (!isIgnorable(all.charCodeAt(i))) expected += all[i];
    expect(stripIgnorable(all)).toBe(expected);
  });
});
