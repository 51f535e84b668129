import type { Mention, ProposedEvent } from '../../schema';
import type { Doc } from '../doc/doc';
import { runPasses, type Pass } from '../pipeline';
import { clauseCues } from './clause-cues';
import { eventActors } from './event-actors';
import { eventFatalities } from './event-fatalities';
import { eventPlaces } from './event-places';
import { eventProposals } from './event-proposals';
import { eventTags } from './event-tags';
import { eventWorkOf, type EventWork } from './event-work';
import { reportableClauses } from './reportable-clauses';

/** The event proposer's passes, in order: each reads what the ones before it found of each clause. */
export const EVENT_PASSES: readonly Pass<EventWork>[] = [
  reportableClauses,
  clauseCues,
  eventPlaces,
  eventActors,
  eventFatalities,
  eventTags,
  eventProposals,
];

/**
 * ACLED-style events proposed from an article's mentions: one per clause that reports something
 * happening and place it happened at, each tied to its evidence sentence; duplicates (same date,
 * place and type) merged.
 */
export function proposeEvents(doc: Doc, mentions: readonly Mention[]): ProposedEvent[] {
  return runPasses(EVENT_PASSES, eventWorkOf(doc, mentions)).proposals;
}
