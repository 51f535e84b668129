import { dayNumber } from '../extraction/dates/calendar';
import { distanceKm } from '../geo/distance';
import { outletsOf } from './event-filter';
import { ACLED_EVENT_TYPES, type ConflictEvent, type EventLocation, type GeoPrecision } from '../schema';

/** Two events, from different articles, that may report one event. `first` sorts before `second`. */
export interface DuplicatePair {
  first: ConflictEvent;
  second: ConflictEvent;
  /** Why they were paired: how far apart their dates and places are. */
  daysApart: number;
  kmApart: number;
}

export interface DuplicateOptions {
  /** Largest difference between the dates, in days (default 1). */
  maxDays?: number;
  /** Largest distance between the places, in kilometres (default 10). */
  maxKm?: number;
}

export interface DuplicateSearchLimits {
  /** Stop once this many pairs are found. */
  maxPairs: number;
  /**
   * Stop after this many candidate events looked at: thousands of events sharing a place and day
   * (a bulk import from one article, say) would otherwise make the search quadratic.
   */
  maxCandidates: number;
}

export interface DuplicateSearch {
  pairs: DuplicatePair[];
  /** False when a limit stopped the search: later events may have pairs too. */
  complete: boolean;
}

/** Enough for a page of suggestions, small enough to stay well under a second at 100,000 events. */
export const DUPLICATE_SEARCH_LIMITS: DuplicateSearchLimits = { maxPairs: 1_000, maxCandidates: 2_000_000 };

/** The length of one degree of latitude, as the distance function measures it. */
const KM_PER_DEGREE = distanceKm({ lat: 0, lon: 0 }, { lat: 1, lon: 0 });
const RADIANS = Math.PI / 180;
const TYPE_INDEX = new Map(Object.keys(ACLED_EVENT_TYPES).map((type, i) => [type, i]));
const TYPE_SLOTS = 8;

/** Pairs first by date, then by id: the same answer whatever order the events came in. */
const compareEvents = (a: ConflictEvent, b: ConflictEvent) =>
  a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

/**
 * A grid over the globe whose cells are at least `maxKm` tall, so two places within `maxKm` lie
 * in neighbouring rows; how many cells apart they may lie along a row depends on the latitude.
 * The cells divide 180° and 360° exactly, so the row wraps cleanly at the antimeridian.
 */
function gridFor(maxKm: number) {
  const minDegrees = maxKm / KM_PER_DEGREE;
  const rows = Math.max(1, Math.floor(180 / minDegrees));
  const columns = Math.max(1, Math.floor(360 / minDegrees));
  const rowDegrees = 180 / rows;
  const columnDegrees = 360 / columns;
  const halfAngle = Math.sin((maxKm / KM_PER_DEGREE / 2) * RADIANS);
  return {
    rows,
    columns,
    row: (lat: number) => Math.min(rows - 1, Math.floor((lat + 90) / rowDegrees)),
    column: (lon: number) => Math.floor((lon + 180) / columnDegrees) % columns,
    /**
     * How many columns either side can hold a place within `maxKm` of latitude `lat`. Two
     * places Δλ apart in longitude are d ≥ 2R·asin(cos φ · sin(Δλ/2)) apart, φ the larger
     * |latitude| of the two (at most one row above |lat|), so Δλ ≤ 2·asin(sin(maxKm / 2R) / cos φ).
     * Near a pole the whole row qualifies.
     */
    reach: (lat: number) => {
      const cosine = Math.cos(Math.min(90, Math.abs(lat) + rowDegrees) * RADIANS);
      if (cosine <= halfAngle) return columns;
      const degrees = (2 * Math.asin(halfAngle / cosine)) / RADIANS;
      return Math.ceil(degrees / columnDegrees);
    },
  };
}

/**
 * Pairs of events that may be one event reported twice: the same event type, dates at most
 * `maxDays` apart, both placed (coordinates known) within `maxKm`, and read from different
 * articles. Events are bucketed by type, day and grid cell, so each is compared only with its
 * neighbours: 100,000 events take a fraction of a second unless thousands share one spot.
 * Pass the events worth comparing (e.g. not the rejected ones). Sorted by `first`, then `second`.
 */
export function findDuplicatePairs(
  events: readonly ConflictEvent[],
  options: DuplicateOptions = {},
): DuplicatePair[] {
  return searchDuplicates(events, options, { maxPairs: Infinity, maxCandidates: Infinity }).pairs;
}

/** `findDuplicatePairs` within limits: the pairs of the earliest events, and whether that is all. */
export function searchDuplicates(
  events: readonly ConflictEvent[],
  options: DuplicateOptions = {},
  limits: DuplicateSearchLimits = DUPLICATE_SEARCH_LIMITS,
): DuplicateSearch {
  const steps = duplicateSearchSteps(events, options, limits);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Events looked at between two pauses of a stepped search. */
const EVENTS_PER_STEP = 2_000;

/**
 * `searchDuplicates` in steps of a few milliseconds: it pauses (yields) between them, so a page
 * can run it in idle moments without one long task at 100,000 events. Returns the search.
 */
export function* duplicateSearchSteps(
  events: readonly ConflictEvent[],
  options: DuplicateOptions = {},
  limits: DuplicateSearchLimits = DUPLICATE_SEARCH_LIMITS,
): Generator<void, DuplicateSearch> {
  const maxDays = Math.max(0, Math.floor(options.maxDays ?? 1));
  const maxKm = options.maxKm ?? 10;
  const grid = gridFor(Math.max(maxKm, 0.01));
  const placed: { event: ConflictEvent; day: number; type: number; lat: number; lon: number }[] = [];
  const dayOf = new Map<string, number | null>();
  for (const event of events) {
    const { lat, lon } = event.location ?? {};
    if (lat === null || lat === undefined || lon === null || lon === undefined) continue;
    if (!dayOf.has(event.date)) dayOf.set(event.date, dayNumber(event.date));
    const day = dayOf.get(event.date);
    if (day === null || day === undefined) continue;
    placed.push({ event, day, type: TYPE_INDEX.get(event.eventType) ?? TYPE_SLOTS - 1, lat, lon });
  }
  yield;
  // In pair order: a pair's first event is then the one met first, and pairs come out sorted.
  placed.sort((a, b) => a.day - b.day || compareEvents(a.event, b.event));
  yield;

  // Day and type → grid cell → positions in `placed`.
  const buckets = new Map<number, Map<number, number[]>>();
  placed.forEach((p, i) => {
    const key = p.day * TYPE_SLOTS + p.type;
    const cell = grid.row(p.lat) * grid.columns + grid.column(p.lon);
    let cells = buckets.get(key);
    if (!cells) buckets.set(key, (cells = new Map()));
    const members = cells.get(cell);
    if (members) members.push(i);
    else cells.set(cell, [i]);
  });

  const pairs: DuplicatePair[] = [];
  const partners: number[] = [];
  let candidates = 0;
  for (let i = 0; i < placed.length; i++) {
    if (i % EVENTS_PER_STEP === 0) yield;
    const p = placed[i] as (typeof placed)[number];
    const row = grid.row(p.lat);
    const column = grid.column(p.lon);
    const reach = grid.reach(p.lat);
    const wholeRow = 2 * reach + 1 >= grid.columns;
    partners.length = 0;
    // Only later positions (same day, later id, or a later day): each pair is met once.
    for (let days = 0; days <= maxDays; days++) {
      const cells = buckets.get((p.day + days) * TYPE_SLOTS + p.type);
      if (!cells) continue;
      for (let r = Math.max(0, row - 1); r <= Math.min(grid.rows - 1, row + 1); r++) {
        const from = wholeRow ? 0 : column - reach;
        const to = wholeRow ? grid.columns - 1 : column + reach;
        for (let c = from; c <= to; c++) {
          const members = cells.get(r * grid.columns + ((c + grid.columns) % grid.columns));
          if (members) for (const j of members) if (j > i) partners.push(j);
        }
      }
    }
    candidates += partners.length;
    if (candidates > limits.maxCandidates) return { pairs, complete: false };
    partners.sort((a, b) => a - b);
    for (const j of partners) {
      const q = placed[j] as (typeof placed)[number];
      if (q.event.articleId === p.event.articleId) continue;
      const kmApart = distanceKm(p, q);
      if (kmApart > maxKm) continue;
      if (pairs.length >= limits.maxPairs) return { pairs, complete: false };
      pairs.push({ first: p.event, second: q.event, daysApart: q.day - p.day, kmApart });
    }
  }
  return { pairs, complete: true };
}

/** The larger of two death tolls, either of which may be unknown (null when both are). */
export function largerToll(a: number | null, b: number | null): number | null {
  return a === null ? b : b === null ? a : Math.max(a, b);
}

/**
 * One event from two reports of it: `keep`'s fields, with what it lacks (actors, place, the
 * place's country, admin1 or coordinates) taken from `other`, the larger death toll, both
 * outlets in `source` ("A; B", as ACLED lists several), and a note giving the other report's
 * URL and its evidence sentence. `keep`'s id, article, evidence and status stay.
 */
export function mergeDuplicate(
  keep: ConflictEvent,
  other: ConflictEvent,
  now: Date = new Date(),
): ConflictEvent {
  const outlets = [...new Set([...outletsOf(keep.source), ...outletsOf(other.source)])];
  const otherReport = `Also reported by ${other.source || 'another outlet'} (${other.sourceUrl}): “${other.evidence.text}”`;
  const notes = [keep.notes, keep.notes.includes(other.notes) ? '' : other.notes, otherReport];
  return {
    ...keep,
    actor1: keep.actor1 ?? other.actor1,
    actor2: keep.actor2 ?? other.actor2,
    location: mergeLocations(keep.location, other.location),
    fatalities: largerToll(keep.fatalities, other.fatalities),
    confidence: Math.max(keep.confidence, other.confidence),
    source: outlets.join('; '),
    notes: notes.filter(Boolean).join('\n'),
    updatedAt: now.toISOString(),
  };
}

/** The kept place, completed from the other: coordinates only as a pair, at the coarser precision. */
function mergeLocations(keep: EventLocation | null, other: EventLocation | null): EventLocation | null {
  if (!keep || !other) return keep ?? other;
  const borrowCoordinates =
    (keep.lat === null || keep.lon === null) && other.lat !== null && other.lon !== null;
  return {
    ...keep,
    country: keep.country ?? other.country,
    admin1: keep.admin1 ?? other.admin1,
    ...(borrowCoordinates && {
      lat: other.lat,
      lon: other.lon,
      geoPrecision: Math.max(keep.geoPrecision, other.geoPrecision) as GeoPrecision,
    }),
  };
}
