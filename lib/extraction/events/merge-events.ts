import type { ProposedEvent } from '../../schema';

/**
 * One event per date, place and type: an article that reports the same strike twice (the lead
 * and a later paragraph) proposes it once, keeping the first evidence and whatever the later
 * mentions add (an actor the first lacked, a stated death toll).
 */
export function mergeDuplicateEvents(events: readonly ProposedEvent[]): ProposedEvent[] {
  const merged = new Map<string, ProposedEvent>();
  for (const event of events) {
    const key = [event.date, event.eventType, event.location?.name ?? '', event.location?.country ?? ''].join(
      '|',
    );
    const kept = merged.get(key);
    if (!kept) {
      merged.set(key, event);
      continue;
    }
    merged.set(key, {
      ...kept,
      actor1: kept.actor1 ?? event.actor1,
      actor2: kept.actor2 ?? event.actor2,
      fatalities:
        kept.fatalities === null ? event.fatalities : Math.max(kept.fatalities, event.fatalities ?? 0),
      // Rounded like every confidence: 0.8 + 0.05 is 0.8500000000000001 in floating point.
      confidence: Math.min(
        0.95,
        Math.round((Math.max(kept.confidence, event.confidence) + 0.05) * 100) / 100,
      ),
    });
  }
  return [...merged.values()];
}
