import { describe, expect, it } from 'vitest';
import { realExtractor } from '../support/extractor';

/** ACLED's crowd-size tag on demonstrations, read through the real pipeline from sentences of our own. */
describe('crowd-size tags', () => {
  const extractor = realExtractor();
  const tagsOf = (text: string) =>
    extractor.extract({ title: '', text, publishedAt: '2024-10-02' }).events.map((e) => e.tags);

  it('give the size as the article words it, vague or exact', () => {
    expect(tagsOf('Several thousand farmers marched in Montevideo on Monday.')).toEqual([
      'crowd size=several thousand',
    ]);
    expect(tagsOf('Some 450 nurses demonstrated in Lyon on Tuesday against pay cuts.')).toEqual([
      'crowd size=some 450',
    ]);
  });

  it('say "no report" when no size is given, and never take the arrested or wounded for the crowd', () => {
    expect(tagsOf('Students protested in Montevideo on Monday.')).toEqual(['crowd size=no report']);
    expect(tagsOf('Police arrested 14 protesters after students protested in Montevideo on Monday.')).toEqual(
      ['crowd size=no report'],
    );
  });

  it('keep the size of a protest told twice, from the mention that gives it', () => {
    expect(
      tagsOf(
        'Students protested in Montevideo on Monday. About 200 students rallied in Montevideo on Monday against the fees.',
      ),
    ).toEqual(['crowd size=about 200']);
  });

  it('tag riots as well, and no event that is not a demonstration', () => {
    expect(tagsOf('Dozens of youths rioted and burned tyres in Lyon on Monday.')).toEqual([
      'crowd size=dozens',
    ]);
    expect(tagsOf('An airstrike hit Mosul on Monday, killing 12 people.')).toEqual([undefined]);
  });
});
