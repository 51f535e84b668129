import type { ProposedEvent } from '../../schema';
import { NO_CROWD_SIZE } from './event-tags';

/**
 * One crowd event per date and place, the most forceful reading winning: a protest the police
 * broke up is a protest with intervention, one that turned violent a violent demonstration (ACLED
 * codes the gathering once, by what it became).
 */
const CROWD_RANK: Readonly<Record<string, number>> = {
  'Peaceful protest': 1,
  'Protest with intervention': 2,
  'Excessive force against protesters': 3,
  'Violent demonstration': 4,
};

/** A proposal, and whether the text named its day (rather than the publication date giving it). */
export interface DatedProposal {
  event: ProposedEvent;
  dated: boolean;
}

const crowdOrType = (event: ProposedEvent) => (CROWD_RANK[event.subEventType] ? 'crowd' : event.eventType);
const placeKey = (event: ProposedEvent) =>
  [crowdOrType(event), event.location?.name ?? '', event.location?.country ?? ''].join('|');

/**
 * One event per date, place and type: an article that reports the same strike twice (the lead
 * and a later paragraph) proposes it once, keeping the first evidence and whatever the later
 * mentions add (an actor the first lacked, a stated death toll). An event the text gives no day
 * for (a headline, a lead dated only by publication) takes the day the article gives the same
 * event elsewhere, the nearest one.
 */
export function mergeDuplicateEvents(proposals: readonly DatedProposal[]): ProposedEvent[] {
  const dated = new Map<string, ProposedEvent[]>();
  for (const { event } of proposals.filter((p) => p.dated)) {
    const key = placeKey(event);
    const same = dated.get(key);
    if (same) same.push(event);
    else dated.set(key, [event]);
  }
  const events = proposals.map(({ event, dated: hasDay }) => {
    const same = hasDay ? undefined : dated.get(placeKey(event));
    if (!same) return event;
    const distance = (other: ProposedEvent) => Math.abs(other.evidence.start - event.evidence.start);
    const nearest = same.reduce((a, b) => (distance(b) < distance(a) ? b : a));
    return { ...event, date: nearest.date, timePrecision: nearest.timePrecision } as ProposedEvent;
  });
  const merged = new Map<string, ProposedEvent>();
  for (const event of events) {
    const key = `${event.date}|${placeKey(event)}`;
    const kept = merged.get(key);
    if (!kept) {
      merged.set(key, event);
      continue;
    }
    const stronger = (CROWD_RANK[event.subEventType] ?? 0) > (CROWD_RANK[kept.subEventType] ?? 0);
    const reading = stronger ? event : kept;
    merged.set(key, {
      ...kept,
      eventType: reading.eventType,
      subEventType: reading.subEventType,
      actor1: reading.actor1 ?? kept.actor1 ?? event.actor1,
      actor2: reading.actor2 ?? kept.actor2 ?? event.actor2,
      fatalities:
        kept.fatalities === null ? event.fatalities : Math.max(kept.fatalities, event.fatalities ?? 0),
      // A crowd's size told in one mention of it is its size.
      ...(kept.tags === NO_CROWD_SIZE && event.tags ? { tags: event.tags } : {}),
      // Rounded like every confidence: 0.8 + 0.05 is 0.8500000000000001 in floating point.
      confidence: Math.min(
        0.95,
        Math.round((Math.max(kept.confidence, event.confidence) + 0.05) * 100) / 100,
      ),
    } as ProposedEvent);
  }
  return [...merged.values()];
}
