import { within } from '../doc/spans';
import type { Pass } from '../pipeline';
import type { Clause, EventWork, NumberMention } from './event-work';

/** ACLED's event types whose crowd it sizes in `tags` (demonstrations). */
const CROWD_EVENTS: ReadonlySet<string> = new Set(['Protests', 'Riots']);

/** ACLED's tag for a demonstration whose size the source does not give. */
export const NO_CROWD_SIZE = 'crowd size=no report';

/**
 * ACLED's crowd-size tag of each protest and riot: the size as the article words it ("crowd
 * size=several hundred", "crowd size=about 300"), from a count of people in the clause (else in its
 * sentence), never a count of the killed, hurt or arrested; "crowd size=no report" when none is
 * given, as ACLED writes it.
 */
export const eventTags: Pass<EventWork> = {
  name: 'events/tags',
  run(work) {
    for (const clause of work.clauses) {
      if (!clause.eventType || !CROWD_EVENTS.has(clause.eventType)) continue;
      const size = crowdSizeIn(clause, work);
      clause.tags = size ? `crowd size=${size}` : NO_CROWD_SIZE;
    }
  },
};

function crowdSizeIn(clause: Clause, { mentions, words }: EventWork): string | undefined {
  const isCrowd = (n: NumberMention) =>
    n.number.category === 'count' &&
    words.crowdMembers.has(n.number.of?.toLowerCase().split(/\s+/).pop() ?? '');
  const count =
    within(mentions.number, clause).find(isCrowd) ?? within(mentions.number, clause.sentence).find(isCrowd);
  return count?.text.toLowerCase().replace(/\s+/g, ' ');
}
