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
});
