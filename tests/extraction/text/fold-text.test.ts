import { describe, expect, it } from 'vitest';
import { foldText, originalEnd, originalStart } from '@/lib/extraction/text/fold-text';

/** The original text under a folded span. */
function originalOf(text: string, folded: string): string {
  const result = foldText(text);
  const start = result.text.indexOf(folded);
  if (start < 0) throw new Error(`${JSON.stringify(folded)} not in ${JSON.stringify(result.text)}`);
  return text.slice(originalStart(result.map, start), originalEnd(result.map, start + folded.length));
}

describe('foldText', () => {
  it('leaves plain ASCII text alone, without a map', () => {
    const text = 'Gunmen attacked a convoy near the town on Friday.';
    expect(foldText(text)).toEqual({ text, map: null });
  });

  it('leaves text whose non-ASCII characters need no folding alone, without a map', () => {
    const text = 'The army’s shelling — “heavy”, residents said… killed\u00a0seven. Ḩalab, km², ½.';
    expect(foldText(text)).toEqual({ text, map: null });
  });

  it('reads a Cyrillic look-alike inside a Latin word as Latin, one for one', () => {
    const text = 'Shelling hit \u0410leppo on Monday.';
    const folded = foldText(text);
    expect(folded.text).toBe('Shelling hit Aleppo on Monday.');
    expect(originalOf(text, 'Aleppo')).toBe('\u0410leppo');
  });

  it('leaves a word wholly in Cyrillic or Greek alone', () => {
    const text = 'Москва и Αθήνα: сорок человек, а не 40.';
    expect(foldText(text).text).toBe(text);
  });

  it('removes invisible characters inside a word, and the span covers them', () => {
    const text = 'Clashes in Id\u200blib and Ra\u00adqqa and \ufeffHama.';
    const folded = foldText(text);
    expect(folded.text).toBe('Clashes in Idlib and Raqqa and Hama.');
    expect(originalOf(text, 'Idlib')).toBe('Id\u200blib');
    expect(originalOf(text, 'Raqqa')).toBe('Ra\u00adqqa');
    expect(originalOf(text, 'Hama')).toBe('Hama');
    expect(originalOf(text, 'and Hama')).toBe('and \ufeffHama');
  });

  it('folds fullwidth digits and letters, and a ligature that grows, keeping offsets', () => {
    const text = 'Ｒaids killed １２ people; the ﬁghting went on in Homs.';
    const folded = foldText(text);
    expect(folded.text).toBe('Raids killed 12 people; the fighting went on in Homs.');
    expect(originalOf(text, '12')).toBe('１２');
    expect(originalOf(text, 'Raids')).toBe('Ｒaids');
    expect(originalOf(text, 'fighting')).toBe('ﬁghting');
    expect(originalOf(text, 'Homs')).toBe('Homs');
    // Half of a ligature is the whole ligature in the original.
    expect(originalOf(text, 'ighting')).toBe('ﬁghting');
  });

  it('maps characters outside the basic plane (two code units) and shrinking folds', () => {
    // Mathematical bold capital A (two code units) folds to one letter.
    const text = 'Forces entered \u{1d400}leppo and Idlib.';
    const folded = foldText(text);
    expect(folded.text).toBe('Forces entered Aleppo and Idlib.');
    expect(originalOf(text, 'Aleppo')).toBe('\u{1d400}leppo');
    expect(originalOf(text, 'Idlib')).toBe('Idlib');
  });

  it('folds a long text with thousands of replacements', () => {
    const paragraph = 'Shelling hit \u0410leppo and Id\u200blib; １２ killed.\n';
    const text = paragraph.repeat(20_000);
    const folded = foldText(text);
    expect(folded.text.length).toBe(text.length - 20_000);
    expect(folded.map?.from.length).toBe(20_000 * 3);
  });
});
