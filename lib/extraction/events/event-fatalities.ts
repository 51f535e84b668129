import { firstAtOrAfter, within, type Span } from '../doc/spans';
import { conservativeValue } from '../numbers/conservative';
import type { Pass } from '../pipeline';
import type { EventWork, NumberMention } from './event-work';
import type { EventWords } from './event-words';

/**
 * The deaths each clause attributes to its event, when it names at most one place (a toll over
 * several places is not any one event's). ACLED's conservative reading: stated figures only, a
 * range by its lower end; vague amounts ("dozens") leave it unknown; figures given as "including"
 * a subset are not added to their total; one person killed is one death though no number is
 * written ("a farmer was shot dead").
 */
export const eventFatalities: Pass<EventWork> = {
  name: 'events/fatalities',
  run(work) {
    const { doc, words, mentions, clauses } = work;
    const deathsIn = (span: Span, sentence: Span) =>
      attributedFatalities(
        within(mentions.number, span),
        doc.text.slice(sentence.start, sentence.end),
        words,
      );
    for (const clause of clauses) {
      clause.fatalities = null;
      if ((clause.namedPlaces ?? 0) > 1) continue;
      clause.fatalities =
        deathsIn(clause, clause.sentence) ??
        (words.oneDeath.test(doc.text.slice(clause.start, clause.end)) ? 1 : null);
    }
    // A toll told in a sentence of its own belongs to the event just told: the next sentence
    // that reports no event ("2 fatalities."), or a killing told without a place of its own
    // ("Three of them were killed"), which is no event of its own.
    const reporting = new Set(clauses.map((c) => c.sentence));
    clauses.forEach((clause, i) => {
      const next = doc.sentences[firstAtOrAfter(doc.sentences, clause.sentence.end)];
      if (
        clause.fatalities === null &&
        (clause.namedPlaces ?? 0) === 1 &&
        next?.paragraph === clause.sentence.paragraph &&
        !reporting.has(next)
      )
        clause.fatalities = deathsIn(next, next);
      const previous = clauses[i - 1];
      if (
        clause.fatalities !== null &&
        clause.cue?.cue.violence &&
        clause.namedPlaces === 0 &&
        previous?.fatalities === null &&
        previous.sentence !== clause.sentence &&
        previous.sentence.paragraph === clause.sentence.paragraph
      ) {
        previous.fatalities = clause.fatalities;
      }
    });
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
