import type { ConflictEvent, EventLocation } from '@/lib/schema';
import { kupianskEvent } from '../exchange/fixtures';

/** A complete confirmed event (Kupiansk, 2024-05-07) with `changes` on top. */
export function logEvent(id: string, changes: Partial<ConflictEvent> = {}): ConflictEvent {
  return { ...kupianskEvent, id, articleId: `a-${id}`, ...changes };
}

/** A place with coordinates, in Ukraine unless `changes` say otherwise. */
export function place(
  name: string,
  lat: number,
  lon: number,
  changes: Partial<EventLocation> = {},
): EventLocation {
  return { name, country: 'UA', admin1: null, lat, lon, geoPrecision: 1, ...changes };
}

/** A repeatable pseudo-random sequence in [0, 1) (mulberry32), for generated logs. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export const ids = (events: readonly { id: string }[]) => events.map((e) => e.id);
