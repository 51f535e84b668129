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

  it('returns nothing for empty or blank text', () => {
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences(' \n\n \n')).toEqual([]);
  });
});
