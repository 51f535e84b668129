import { within } from '../doc/spans';
import { conservativeValue } from '../numbers/conservative';
import type { Pass } from '../pipeline';
import type { EventWork, NumberMention } from './event-work';
import type { EventWords } from './event-words';

/**
 * The deaths each clause attributes to its event, when it names at most one place (a toll over
 * several places is not any one event's). ACLED's conservative reading: stated figures only, a
 * range by its lower end; vague amounts ("dozens") leave it unknown; figures given as "including"
 * a subset are not added to their total.
 */
export const eventFatalities: Pass<EventWork> = {
  name: 'events/fatalities',
  run(work) {
    const { doc, words, mentions } = work;
    for (const clause of work.clauses) {
      const sentence = doc.text.slice(clause.sentence.start, clause.sentence.end);
      clause.fatalities =
        (clause.namedPlaces ?? 0) <= 1
          ? attributedFatalities(within(mentions.number, clause), sentence, words)
          : null;
    }
  },
};

function attributedFatalities(numbers: NumberMention[], sentence: string, words: EventWords): number | null {
  const killed = numbers
    .filter((n) => n.number.category === 'killed' && !n.number.vague)
    .map((n) => conservativeValue(n.number))
    .filter((value): value is number => value !== null);
  if (!killed.length) return null;
  const total = words.fatalitySubset.test(sentence) ? Math.max(...killed) : killed.reduce((a, b) => a + b, 0);
  return Math.round(total);
}
