import { describe, expect, it } from 'vitest';
import { alignArticle, alignedSpan, MIN_ALIGNED_LINE } from '../../lib/anchoring/article-alignment';
import { searchTextOf } from '../../lib/anchoring/match-quote';

const PAGE = `Home  News  World
Syria: shelling in Aleppo
  Activists said the Syrian army
  shelled eastern Aleppo on Tuesday, killing 12 people.
Related: more news
Rebels said they repelled an attack near Hama.`;

const ARTICLE = `Syria: shelling in Aleppo

Activists said the Syrian army shelled eastern Aleppo on Tuesday, killing 12 people.

Rebels said they repelled an attack near Hama.`;

function span(text: string, quote: string, from = 0) {
  const start = text.indexOf(quote, from);
  return { start, end: start + quote.length };
}

describe('alignArticle', () => {
  const search = searchTextOf(PAGE);
  const alignment = alignArticle(ARTICLE, search);

  it('places a mention of an aligned line exactly, across the page’s different white space', () => {
    const { start, end } = span(ARTICLE, 'Syrian army shelled eastern Aleppo');
    const aligned = alignedSpan(alignment, start, end);
    expect(aligned).not.toBeNull();
    const { start: s, end: e } = aligned as { start: number; end: number };
    expect(search.text.slice(s, e)).toBe('SyrianarmyshelledeasternAleppo');
    // Back in the page's own text, with its line break and indentation.
    expect(PAGE.slice(search.toOriginal[s], (search.toOriginal[e - 1] as number) + 1)).toBe(
      'Syrian army\n  shelled eastern Aleppo',
    );
  });

  it('aligns every line in order, even where the same word appears in an earlier line', () => {
    const second = span(ARTICLE, 'Aleppo', ARTICLE.indexOf('eastern'));
    const aligned = alignedSpan(alignment, second.start, second.end) as { start: number; end: number };
    expect(search.toOriginal[aligned.start]).toBe(PAGE.indexOf('Aleppo on Tuesday'));
    const hama = span(ARTICLE, 'Hama');
    expect(alignedSpan(alignment, hama.start, hama.end)).not.toBeNull();
  });

  it('leaves a line the page does not have (or has changed) unaligned', () => {
    const edited = ARTICLE.replace('repelled an attack', 'repelled a big attack');
    const stale = alignArticle(edited, search);
    const hama = span(edited, 'Hama');
    expect(alignedSpan(stale, hama.start, hama.end)).toBeNull();
    const army = span(edited, 'Syrian army');
    expect(alignedSpan(stale, army.start, army.end)).not.toBeNull();
  });

  it('does not align lines too short to place with confidence', () => {
    const short = 'Aleppo';
    expect(short.length).toBeLessThan(MIN_ALIGNED_LINE);
    const lone = alignArticle(`${short}\n\n${ARTICLE}`, search);
    expect(alignedSpan(lone, 0, short.length)).toBeNull();
  });

  it('refuses spans across lines and bad offsets', () => {
    const across = { start: ARTICLE.indexOf('Aleppo'), end: ARTICLE.indexOf('Activists') + 9 };
    expect(alignedSpan(alignment, across.start, across.end)).toBeNull();
    expect(alignedSpan(alignment, 5, 5)).toBeNull();
    expect(alignedSpan(alignment, -1, 4)).toBeNull();
    expect(alignedSpan(alignment, 0, ARTICLE.length + 1)).toBeNull();
  });
});
