import type { Actor, ProposedEvent } from '../../schema';
import type { Pass } from '../pipeline';
import { eventLocationOf } from './event-location';
import type { EventWork } from './event-work';
import { mergeDuplicateEvents, type DatedProposal } from './merge-events';

/**
 * One proposal per clause and place, tied to its sentence, with a confidence from what it rests
 * on; then one per date, place and type (an article that reports a strike twice proposes it once,
 * on the day it gives).
 */
export const eventProposals: Pass<EventWork> = {
  name: 'events/proposals',
  run(work) {
    const { text } = work.doc;
    const proposals: DatedProposal[] = [];
    for (const clause of work.clauses) {
      const { sentence, date, actor1 = null, actor2 = null } = clause;
      // A killing or wounding told without a place of its own is the toll of an event told
      // before ("three of them were killed"), not another event.
      const locations = (clause.locations ?? []).filter(
        ({ inherited }) => !inherited || !clause.cue?.cue.violence,
      );
      for (const { place, inherited } of locations) {
        const event = {
          date: date.iso,
          timePrecision: date.precision,
          eventType: clause.eventType,
          subEventType: clause.subEventType,
          actor1,
          actor2,
          location: eventLocationOf(place.place, inherited),
          fatalities: clause.fatalities ?? null,
          evidence: {
            start: sentence.start,
            end: sentence.end,
            text: text.slice(sentence.start, sentence.end),
          },
          confidence: confidenceOf({ actor1, actor2, inherited, explicitDate: clause.explicitDate }),
          ...(clause.tags ? { tags: clause.tags } : {}),
        } as ProposedEvent;
        proposals.push({ event, dated: clause.dayFromText });
      }
    }
    work.proposals = mergeDuplicateEvents(proposals);
  },
};

function confidenceOf(facts: {
  actor1: Actor | null;
  actor2: Actor | null;
  inherited: boolean;
  explicitDate: boolean;
}): number {
  let confidence = 0.45;
  if (facts.actor1) confidence += 0.2;
  if (facts.actor2) confidence += 0.1;
  if (!facts.inherited) confidence += 0.15;
  if (facts.explicitDate) confidence += 0.05;
  return Math.min(0.95, Math.round(confidence * 100) / 100);
}
