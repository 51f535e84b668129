import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { anchorQuotes } from '../../lib/anchoring/anchor-mentions';
import { quoteSelectorFor } from '../../lib/anchoring/quote-selector';
import { realExtractor } from '../extraction/support/extractor';

describe('highlights of names written with look-alike characters', () => {
  it('anchor in the page over the characters the page has', () => {
    const { document } = new JSDOM(
      '<p>Shelling hit <b>\u0410leppo</b> on Monday and airstrikes hit Id\u200blib, killing １２ people.</p>',
    ).window;
    const root = document.body;
    const article = 'Shelling hit \u0410leppo on Monday and airstrikes hit Id\u200blib, killing １２ people.';
    const { mentions } = realExtractor().extract({ title: '', text: article, publishedAt: '2024-03-04' });
    const wanted = mentions.filter((m) => ['\u0410leppo', 'Id\u200blib', '１２'].includes(m.text));
    expect(wanted.map((m) => m.kind)).toEqual(['place', 'place', 'number']);
    const { anchored, orphans } = anchorQuotes(
      root,
      wanted.map((m) => ({ id: m.text, selector: quoteSelectorFor(article, m.start, m.end), hint: m.start })),
    );
    expect(orphans).toEqual([]);
    expect(anchored.map((a) => a.range.toString())).toEqual(['\u0410leppo', 'Id\u200blib', '１２']);
  });
});
