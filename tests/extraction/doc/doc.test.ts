import { describe, expect, it } from 'vitest';
import { buildDoc } from '@/lib/extraction/doc/doc';

const TEXT = [
  'Troops Advance on the Northern Front Overnight',
  'Shelling hit the market at dawn. Two people died, residents said.',
  'Gen. Omar spoke to U.S. envoys. talks went on. [size=dozens]',
].join('\n\n');

describe('the Doc', () => {
  const doc = buildDoc({ text: TEXT, title: '  Troops Advance  ', publishedAt: '2024-05-10', lang: 'en-GB' });
  const words = (span: { start: number; end: number }) => TEXT.slice(span.start, span.end);

  it('has one paragraph a line, and sentences that never cross one', () => {
    expect(doc.paragraphs.map(words)).toEqual(TEXT.split('\n\n'));
    expect(doc.sentences.map(words)).toEqual([
      'Troops Advance on the Northern Front Overnight',
      'Shelling hit the market at dawn.',
      'Two people died, residents said.',
      'Gen. Omar spoke to U.S. envoys.',
      'talks went on.',
      '[size=dozens]',
    ]);
    expect(doc.sentences.map((s) => s.paragraph)).toEqual([0, 1, 1, 2, 2, 2]);
  });

  it('knows the sentence and paragraph of every token, and the tokens of every sentence', () => {
    for (const [s, sentence] of doc.sentences.entries()) {
      const tokens = doc.tokens.slice(sentence.firstToken, sentence.endToken);
      expect(tokens.length).toBeGreaterThan(0);
      expect(tokens[0]?.start).toBe(sentence.start);
      expect(tokens[tokens.length - 1]?.end).toBe(sentence.end);
      for (let i = sentence.firstToken; i < sentence.endToken; i++) {
        expect(doc.sentenceOfToken[i]).toBe(s);
        expect(doc.paragraphOfToken[i]).toBe(sentence.paragraph);
      }
    }
    expect(doc.sentences.at(-1)?.endToken).toBe(doc.tokens.length);
  });

  it('tells headlines (title case, no full stop) from sentences', () => {
    expect(doc.paragraphs.map((p) => p.heading)).toEqual([true, false, false]);
    const shouted = buildDoc({ text: 'Rebels Took The Town Of Saraqib Last Night.', publishedAt: null });
    expect(shouted.paragraphs[0]?.heading).toBe(false);
  });

  it('keeps the headline, the primary language with its lexicon, and the publication date', () => {
    expect(doc.headline).toBe('Troops Advance');
    expect(doc.language).toBe('en');
    expect(doc.lexicon.text.months[0]).toBe('january');
    expect(doc.publishedAt).toBe('2024-05-10');
    expect(doc.focusCountries).toEqual([]);
    expect(buildDoc({ text: 'x', publishedAt: null, lang: 'qq' }).lexicon).toBe(doc.lexicon);
  });

  it('reads an empty text as an empty Doc', () => {
    const empty = buildDoc({ text: ' \n\n ', publishedAt: null });
    expect([empty.tokens, empty.sentences, empty.paragraphs]).toEqual([[], [], []]);
  });
});
