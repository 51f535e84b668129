import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldWord } from '@/lib/extraction/text/fold';
import { phraseKey, tokenize } from '@/lib/extraction/text/tokenize';

describe('foldWord', () => {
  it('folds case, diacritics and apostrophes', () => {
    expect(foldWord('Ḩalab')).toBe('halab');
    expect(foldWord('Dara’a')).toBe('daraa');
    expect(foldWord("Dara'a")).toBe('daraa');
    expect(foldWord('KYIV')).toBe('kyiv');
    expect(foldWord('Kramatorsk')).toBe('kramatorsk');
  });
});

describe('tokenize', () => {
  it('keeps offsets into the text', () => {
    const text = 'Shells hit  Bakhmut’s centre, officials said.';
    for (const token of tokenize(text)) {
      expect(text.slice(token.start, token.end).length).toBe(token.end - token.start);
    }
    expect(tokenize(text).map((t) => text.slice(t.start, t.end))).toEqual([
      'Shells',
      'hit',
      'Bakhmut’s',
      'centre',
      ',',
      'officials',
      'said',
      '.',
    ]);
  });

  it('splits hyphenated names without making the hyphen a token', () => {
    expect(phraseKey('Deir ez-Zor')).toBe(phraseKey('Deir ez Zor'));
    expect(phraseKey('Deir ez-Zor')).toBe('deir ez zor');
  });

  it('keeps a spaced dash as punctuation, so phrases do not run across it', () => {
    expect(tokenize('Gao – Timbuktu').map((t) => t.norm)).toEqual(['gao', '–', 'timbuktu']);
  });

  it('marks capitalised words', () => {
    expect(tokenize('the town of Mayo').map((t) => t.capitalised)).toEqual([false, false, false, true]);
  });

  it('tokenises only the requested range', () => {
    const text = 'one two three four';
    expect(tokenize(text, 4, 13).map((t) => t.norm)).toEqual(['two', 'three']);
  });

  it('handles non-Latin scripts', () => {
    expect(tokenize('قصف حلب اليوم').map((t) => t.norm)).toEqual(['قصف', 'حلب', 'اليوم']);
  });

  it('reads the tokens the regex of its definition matches, in any script, space or surrogate', () => {
    // The definition (see tokenize's doc comment), as the tokenizer once ran it.
    const TOKEN = /[\p{L}\p{M}\p{N}]+(?:['’‘ʼ`][\p{L}\p{M}\p{N}]+)*|[^\s\p{L}\p{M}\p{N}]/gu;
    const byRegex = (text: string) =>
      [...text.matchAll(TOKEN)]
        .map((m) => ({ start: m.index, end: m.index + m[0].length, raw: m[0] }))
        .filter(
          ({ start, end, raw }) =>
            !(
              ['-', '‐', '‑'].includes(raw) &&
              /[\p{L}\p{M}\p{N}]/u.test(text.charAt(start - 1)) &&
              /[\p{L}\p{M}\p{N}]/u.test(text.charAt(end))
            ),
        )
        .map(({ start, end }) => [start, end]);
    const pieces = [
      ...['a', 'Z', '7', 'é', 'Ḩ', 'ٱ', '中', '\u0301', '𝐀', '😀', '\ud800', '\udc00', '١'],
      ...["'", '’', '‘', 'ʼ', '`', '-', '‐', '‑', '.', ',', '(', '"', '”', '…'],
      ...[' ', '\n', '\t', '\u00a0', '\u2009', '\u3000', '\ufeff', '\u200b', '\u2028'],
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), (chars) => {
        const text = chars.join('');
        expect(tokenize(text).map((t) => [t.start, t.end])).toEqual(byRegex(text));
      }),
      { numRuns: 3000 },
    );
    // From inside a word, to a token that starts before `to` and ends after it.
    const text = 'Al-Raqqa’s “mayor” ʼAbd said: 2,500 fled Ḩalab\u2009—\u00a0Dara`a.';
    expect(tokenize(text, 4, 20).map((t) => text.slice(t.start, t.end))).toEqual([
      'aqqa’s',
      '“',
      'mayor',
      '”',
      'ʼAbd',
    ]);
  });
});
