import { describe, expect, it } from 'vitest';
import { splitSentences } from '@/lib/extraction/text/sentences';

describe('splitSentences', () => {
  it('splits sentences and paragraphs, trimmed, with offsets into the text', () => {
    const text =
      'Fighting resumed near the dam. Two villages emptied.\n\nA Headline Without A Stop\n\nLast line.';
    const spans = splitSentences(text).map((s) => text.slice(s.start, s.end));
    expect(spans).toEqual([
      'Fighting resumed near the dam.',
      'Two villages emptied.',
      'A Headline Without A Stop',
      'Last line.',
    ]);
  });

  it('does not end a sentence at an abbreviation or an initial', () => {
    const text =
      'Gen. Abdel Fattah al-Burhan met U.S. envoys in Port Sudan. J. Smith reported it. “We left,” she said.';
    expect(splitSentences(text).map((s) => text.slice(s.start, s.end))).toEqual([
      'Gen. Abdel Fattah al-Burhan met U.S. envoys in Port Sudan.',
      'J. Smith reported it.',
      '“We left,” she said.',
    ]);
  });

  it('ends a sentence at a full stop and a space even when no capital follows', () => {
    const text = 'Some 300 workers gathered. [size=around 200] Gen. Hassan spoke to U.S. envoys. then left.';
    expect(splitSentences(text).map((s) => text.slice(s.start, s.end))).toEqual([
      'Some 300 workers gathered.',
      '[size=around 200] Gen. Hassan spoke to U.S. envoys.',
      'then left.',
    ]);
  });

  it('keeps closing quotes with their sentence and splits before a number', () => {
    const text = 'He said: “They fled.” 20 people died? Yes! Then silence…';
    expect(splitSentences(text).map((s) => text.slice(s.start, s.end))).toEqual([
      'He said: “They fled.”',
      '20 people died?',
      'Yes!',
      'Then silence…',
    ]);
  });

  it('returns nothing for empty or blank text', () => {
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences(' \n\n \n')).toEqual([]);
  });
});
