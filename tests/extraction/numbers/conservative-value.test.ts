import { describe, expect, it } from 'vitest';
import { buildDoc } from '../../../lib/extraction/doc/doc';
import { conservativeValue, findNumbers as findInDoc } from '../../../lib/extraction/numbers';

/** The numbers finder reads a Doc: the text's tokens and sentences, built once. */
function findNumbers(text: string) {
  return findInDoc(buildDoc({ text, publishedAt: null }));
}

/** ACLED's single conservative figure for the first quantity in `text`. */
function conservative(text: string): number | null {
  const first = findNumbers(text)[0];
  if (!first) throw new Error(`no quantity in ${JSON.stringify(text)}`);
  return conservativeValue(first.number);
}

describe('conservativeValue', () => {
  it.each([
    ['19 children were killed.', 19],
    ['At least 20 insurgents were killed.', 20],
    ['More than 54 soldiers died.', 54],
    ['Some 134 people were killed.', 134],
    ['As many as 374 people were killed.', 374],
    ['Between 10 and 15 fighters were killed.', 10],
    ['Two or three civilians died.', 2],
  ])('%s → %d', (text, expected) => {
    expect(conservative(text)).toBe(expected);
  });

  it.each([
    ['Tens of militants were killed.', 10],
    ['Dozens of people were killed.', 12],
    ['Scores of fighters were killed.', 20],
    ['Hundreds of civilians were killed.', 100],
    ['Thousands of people were killed.', 1000],
    ['Tens of thousands of people were killed.', 10_000],
    ['A few hundred fighters were killed.', 100],
    ['Several hundred fighters were killed.', 100],
    ['Several dozen soldiers were killed.', 12],
  ])('ACLED reading of a vague round number: %s → %d', (text, expected) => {
    expect(conservative(text)).toBe(expected);
  });

  it('codes an unspecified plural ("several", "a few") as 10, not 3', () => {
    expect(conservative('Several civilians were killed.')).toBe(10);
    expect(conservative('A few soldiers were killed.')).toBe(10);
  });

  it('works on a quantity built by hand', () => {
    expect(
      conservativeValue({ value: null, low: 24, high: null, vague: true, category: 'killed', of: null }),
    ).toBe(12);
    expect(
      conservativeValue({ value: null, low: null, high: null, vague: true, category: 'killed', of: null }),
    ).toBe(null);
  });
});
