import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PhraseIndex } from '@/lib/extraction/matcher/phrase-index';
import { tokenize } from '@/lib/extraction/text/tokenize';

function matchesIn(index: PhraseIndex<string>, text: string) {
  const tokens = tokenize(text);
  return index.findAll(tokens).map((m) => ({
    text: text.slice(
      (tokens[m.startToken] ?? { start: 0 }).start,
      (tokens[m.endToken - 1] ?? { end: 0 }).end,
    ),
    values: m.values,
  }));
}

describe('PhraseIndex', () => {
  const index = new PhraseIndex<string>();
  index.add('Deir ez-Zor', 'deir-ez-zor');
  index.add('Deir', 'deir-village');
  index.add('Rapid Support Forces', 'rsf');
  index.add('El Fasher', 'el-fasher');

  it('finds the longest phrase at each position', () => {
    expect(matchesIn(index, 'Clashes in Deir ez-Zor and in Deir.')).toEqual([
      { text: 'Deir ez-Zor', values: ['deir-ez-zor'] },
      { text: 'Deir', values: ['deir-village'] },
    ]);
  });

  it('matches regardless of case, diacritics and hyphenation', () => {
    expect(matchesIn(index, 'the RAPID SUPPORT FORCES entered Él-Fasher')).toEqual([
      { text: 'RAPID SUPPORT FORCES', values: ['rsf'] },
      { text: 'Él-Fasher', values: ['el-fasher'] },
    ]);
  });

  it('does not match across punctuation', () => {
    expect(matchesIn(index, 'Rapid Support, Forces')).toEqual([]);
  });

  it('keeps several values for one phrase, once each', () => {
    const ambiguous = new PhraseIndex<string>();
    ambiguous.add('Tripoli', 'LY');
    ambiguous.add('Tripoli', 'LB');
    ambiguous.add('tripoli', 'LB');
    expect(matchesIn(ambiguous, 'Tripoli')[0]?.values).toEqual(['LY', 'LB']);
  });

  it('lets the caller refuse a match and move on', () => {
    const tokens = tokenize('Deir ez-Zor');
    expect(index.findAll(tokens, (m) => m.endToken - m.startToken === 1)).toHaveLength(0);
  });

  it('finds at each word the longest phrase stored, whatever phrases share its first words or were deleted', () => {
    const word = fc.constantFrom('al', 'bab', 'deir', 'forces', 'the', 'zor');
    const phrase = fc.array(word, { minLength: 1, maxLength: 5 });
    const phrases = fc.array(phrase, { maxLength: 12 });
    fc.assert(
      fc.property(phrases, phrases, fc.array(word, { maxLength: 12 }), (added, deleted, text) => {
        const index = new PhraseIndex<number>();
        added.forEach((p, n) => index.add(p.join(' '), n));
        for (const p of deleted) index.delete(p.join(' '));
        const stored = new Set(added.map((p) => p.join(' ')));
        for (const p of deleted) stored.delete(p.join(' '));
        expect(index.size).toBe(stored.size);
        const tokens = tokenize(text.join(' '));
        for (let i = 0; i < tokens.length; i++) {
          // The longest stored phrase starting at i, by trying every length.
          let end = -1;
          for (let e = tokens.length; e > i && end < 0; e--)
            if (stored.has(text.slice(i, e).join(' '))) end = e;
          expect(index.longestAt(tokens, i)?.endToken ?? -1).toBe(end);
        }
      }),
      { numRuns: 500 },
    );
  });
});
