import { describe, expect, it } from 'vitest';
import {
  duplicateSearchSteps,
  findDuplicatePairs,
  searchDuplicates,
  mergeDuplicate,
  type DuplicatePair,
} from '@/lib/log/duplicates';
import { distanceKm } from '@/lib/geo/distance';
import { dayNumber } from '@/lib/extraction/dates/calendar';
import { ACLED_EVENT_TYPES, EventSchema, type ConflictEvent, type EventType } from '@/lib/schema';
import { logEvent, place, seededRandom } from './log-fixtures';

/** Kupiansk, and points about 3 km, 9.9 km and 11 km north of it (a degree of latitude ≈ 111.19 km). */
const KUPIANSK = { lat: 49.7106, lon: 37.6156 };
const north = (km: number) => place(`${km} km north`, KUPIANSK.lat + km / 111.19, KUPIANSK.lon);
const report = (id: string, changes: Partial<ConflictEvent> = {}) =>
  logEvent(id, { location: place('Kupiansk', KUPIANSK.lat, KUPIANSK.lon), ...changes });
const pairIds = (pairs: readonly DuplicatePair[]) => pairs.map((p) => `${p.first.id}+${p.second.id}`);

describe('duplicate suggestions', () => {
  it('pairs two articles’ reports of one strike, saying how far apart they are', () => {
    const a = report('a', { date: '2024-05-07' });
    const b = report('b', { date: '2024-05-08', location: north(3) });
    const [pair, ...rest] = findDuplicatePairs([b, a]);
    expect(rest).toEqual([]);
    expect(pair?.first.id).toBe('a');
    expect(pair?.second.id).toBe('b');
    expect(pair?.daysApart).toBe(1);
    expect(pair?.kmApart).toBeCloseTo(3, 1);
  });

  it('pairs places up to 10 km apart, and not 11 km', () => {
    const events = [
      report('here'),
      report('near', { location: north(9.9) }),
      report('far', { location: north(11) }),
    ];
    expect(pairIds(findDuplicatePairs(events))).toEqual(['far+near', 'here+near']);
  });

  it('does not pair dates two days apart', () => {
    expect(
      findDuplicatePairs([report('a', { date: '2024-05-07' }), report('b', { date: '2024-05-09' })]),
    ).toEqual([]);
    expect(
      findDuplicatePairs([report('a', { date: '2024-02-28' }), report('b', { date: '2024-03-01' })]),
    ).toHaveLength(0);
    expect(
      findDuplicatePairs([report('a', { date: '2023-02-28' }), report('b', { date: '2023-03-01' })]),
    ).toHaveLength(1);
  });

  it('does not pair different event types', () => {
    const battle = report('b', { eventType: 'Battles', subEventType: 'Armed clash' });
    expect(findDuplicatePairs([report('a'), battle])).toEqual([]);
  });

  it('never pairs two events of the same article', () => {
    expect(findDuplicatePairs([report('a'), report('b', { articleId: 'a-a' })])).toEqual([]);
  });

  it('leaves out events without coordinates', () => {
    const unplaced = report('b', { location: null });
    const noCoordinates = report('c', { location: place('Kupiansk', 0, 0, { lat: null, lon: null }) });
    expect(findDuplicatePairs([report('a'), unplaced, noCoordinates])).toEqual([]);
  });

  it('finds neighbours across the antimeridian, far north, and around a pole', () => {
    const fiji = (id: string, lon: number) => report(id, { location: place('Taveuni', -16.8, lon) });
    expect(pairIds(findDuplicatePairs([fiji('east', 179.99), fiji('west', -179.99)]))).toEqual(['east+west']);
    expect(pairIds(findDuplicatePairs([fiji('west', -179.99), fiji('east', 179.99)]))).toEqual(['east+west']);
    // At 78°N a degree of longitude is about 23 km: 0.4° ≈ 9.2 km.
    const svalbard = (id: string, lon: number) => report(id, { location: place('Longyearbyen', 78.22, lon) });
    expect(findDuplicatePairs([svalbard('a', 15.4), svalbard('b', 15.8)])).toHaveLength(1);
    expect(findDuplicatePairs([svalbard('a', 15.4), svalbard('b', 15.9)])).toHaveLength(0);
    // 0.05° from the pole on opposite sides is 11.1 km; a quarter-turn apart, 7.9 km.
    const pole = (id: string, lon: number) => report(id, { location: place('North Pole', 89.95, lon) });
    expect(pairIds(findDuplicatePairs([pole('a', 0), pole('b', 180), pole('c', 90)]))).toEqual([
      'a+c',
      'b+c',
    ]);
  });

  it('gives the same pairs in the same order whatever order the events come in', () => {
    const events = [
      report('c', { date: '2024-05-08' }),
      report('a', { date: '2024-05-07' }),
      report('b', { date: '2024-05-07', location: north(2) }),
      report('d', { date: '2024-05-08', location: north(2) }),
    ];
    const expected = ['a+b', 'a+c', 'a+d', 'b+c', 'b+d', 'c+d'];
    expect(pairIds(findDuplicatePairs(events))).toEqual(expected);
    expect(pairIds(findDuplicatePairs([...events].reverse()))).toEqual(expected);
  });

  it('lists an event’s partners in order, wherever they lie around it', () => {
    // Eight reports on a ring 8 km around Kupiansk, named clockwise from the north.
    const ring = Array.from({ length: 8 }, (_, k) => {
      const angle = (k * Math.PI) / 4;
      const lat = KUPIANSK.lat + (8 / 111.19) * Math.cos(angle);
      const lon = KUPIANSK.lon + ((8 / 111.19) * Math.sin(angle)) / Math.cos((KUPIANSK.lat * Math.PI) / 180);
      return report(`p${k + 1}`, { location: place('Ring', lat, lon) });
    });
    const found = pairIds(findDuplicatePairs([...ring, report('a')]));
    expect(found.filter((id) => id.startsWith('a+'))).toEqual(ring.map((e) => `a+${e.id}`));
    expect(found).toEqual([...found].sort());
    expect(found).toHaveLength(8 + 8);
  });

  it('finds exactly the pairs a comparison of every two events finds', () => {
    const random = seededRandom(11);
    const types = ['Battles', 'Explosions/Remote violence'] as const;
    const events = Array.from({ length: 1500 }, (_, i) => {
      const eventType = types[i % 2] as EventType;
      return logEvent(`r${i}`, {
        articleId: `art-${Math.floor(random() * 750)}`,
        date: `2024-05-0${1 + Math.floor(random() * 5)}`,
        eventType,
        subEventType: ACLED_EVENT_TYPES[eventType][0],
        location: place('Somewhere', 49 + random(), 37 + random() * 1.5),
      });
    });
    const expected: string[] = [];
    events.forEach((a, i) =>
      events.slice(i + 1).forEach((b) => {
        if (isDuplicate(a, b)) expected.push(a.id < b.id ? `${a.id}+${b.id}` : `${b.id}+${a.id}`);
      }),
    );
    expect(expected.length).toBeGreaterThan(100);
    const found = findDuplicatePairs(events).map((p) => [p.first.id, p.second.id].sort().join('+'));
    expect(found.sort()).toEqual(expected.sort());
  });

  it('searches 100,000 events and finds the planted pairs, and none of the near misses', () => {
    const random = seededRandom(2024);
    const types = Object.keys(ACLED_EVENT_TYPES) as EventType[];
    const dateOf = (day: number) => new Date(Date.UTC(2023, 0, 1 + day)).toISOString().slice(0, 10);
    const events: ConflictEvent[] = [];
    const background = (i: number) => {
      const eventType = types[Math.floor(random() * types.length)] as EventType;
      return logEvent(`g${i}`, {
        articleId: `art-${Math.floor(i / 4)}`,
        date: dateOf(Math.floor(random() * 730)),
        eventType,
        subEventType: ACLED_EVENT_TYPES[eventType][0],
        location: place('Somewhere', -35 + random() * 90, -20 + random() * 140),
      });
    };
    for (let i = 0; i < 98_800; i++) events.push(background(i));
    const planted: string[] = [];
    const nearMisses: string[] = [];
    for (let k = 0; k < 200; k++) {
      // Planted at the North Pole's latitude band, far from the background.
      const lat = 80 + (k % 10) * 0.5;
      const lon = -170 + k * 1.5;
      const day = k * 3;
      const base = { eventType: 'Riots' as const, subEventType: 'Mob violence' as const };
      const at = (id: string, dLat: number, days: number, changes: Partial<ConflictEvent> = {}) =>
        logEvent(id, {
          ...base,
          date: dateOf(day + days),
          location: place('Planted', lat + dLat, lon),
          ...changes,
        });
      const twin = `p${k}-twin`;
      events.push(at(`p${k}`, 0, 0), at(twin, 0.05, 1));
      planted.push(`p${k}+${twin}`);
      // Each near miss sits next to p{k} and misses on one count only.
      const misses = [
        at(`p${k}-later`, 0, 2),
        at(`p${k}-far`, 11 / 111.19, 0),
        at(`p${k}-battle`, 0, 0, { eventType: 'Battles', subEventType: 'Armed clash' }),
        at(`p${k}-same-article`, 0, 0, { articleId: `a-p${k}` }),
      ];
      events.push(...misses);
      nearMisses.push(...misses.map((m) => `p${k}+${m.id}`));
    }
    expect(events).toHaveLength(100_000);
    const found = findDuplicatePairs(events);
    const foundIds = new Set(pairIds(found));
    for (const pair of planted) expect(foundIds.has(pair)).toBe(true);
    for (const pair of nearMisses) {
      expect(foundIds.has(pair)).toBe(false);
      expect(foundIds.has(pair.split('+').reverse().join('+'))).toBe(false);
    }
    for (const pair of found) expect(isDuplicate(pair.first, pair.second)).toBe(true);
  });
});

describe('bounded duplicate search', () => {
  // 3,000 reports of one place on one day: about 4.5 million pairs if nothing stopped the search.
  const crowd = Array.from({ length: 3_000 }, (_, i) =>
    report(`c${String(i).padStart(4, '0')}`, { articleId: `art-${i}` }),
  );

  it('stops at the pair limit and says the answer is partial', () => {
    const { pairs, complete } = searchDuplicates(crowd, {}, { maxPairs: 50, maxCandidates: Infinity });
    expect(pairs).toHaveLength(50);
    expect(complete).toBe(false);
    expect(pairIds(pairs.slice(0, 2))).toEqual(['c0000+c0001', 'c0000+c0002']);
  });

  it('stops after looking at too many candidates, even when none of them pairs', () => {
    const oneArticle = crowd.map((e) => ({ ...e, articleId: 'one-article' }));
    const { pairs, complete } = searchDuplicates(
      oneArticle,
      {},
      { maxPairs: Infinity, maxCandidates: 100_000 },
    );
    expect(pairs).toEqual([]);
    expect(complete).toBe(false);
  });

  it('says the answer is complete when no limit was reached', () => {
    const few = crowd.slice(0, 3);
    const search = searchDuplicates(few);
    expect(search.complete).toBe(true);
    expect(search.pairs).toEqual(findDuplicatePairs(few));
    expect(search.pairs).toHaveLength(3);
  });

  it('runs in steps that pause along the way and end with the same answer', () => {
    // Pairs on many days, so the search goes on past several pauses.
    const spread = crowd.map((e, i) => ({ ...e, date: `2024-05-${String(1 + (i % 28)).padStart(2, '0')}` }));
    const steps = duplicateSearchSteps(spread, {}, { maxPairs: Infinity, maxCandidates: Infinity });
    let pauses = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) pauses++;
    expect(pauses).toBeGreaterThan(2);
    expect(step.value).toEqual({ pairs: findDuplicatePairs(spread), complete: true });
    expect(step.value.pairs.length).toBeGreaterThan(1_000);
  });
});

describe('merging a duplicate', () => {
  const now = new Date('2024-06-01T12:00:00.000Z');
  const keep = report('keep', {
    actor2: null,
    location: place('Kupiansk', 0, 0, { lat: null, lon: null, admin1: null, geoPrecision: 1 }),
    fatalities: 2,
    notes: 'Confirmed by the governor.',
  });
  const other = report('other', {
    location: place('Kupiansk', 49.71, 37.62, { admin1: 'Kharkiv', geoPrecision: 2 }),
    fatalities: 5,
    source: 'Kyiv Independent',
    sourceUrl: 'https://kyivindependent.example/strike',
    evidence: { start: 10, end: 60, text: 'Five people were killed in a drone strike on Kupiansk.' },
    notes: '',
  });

  it('keeps the first event’s fields, fills the gaps from the other and keeps both sources', () => {
    const merged = EventSchema.parse(mergeDuplicate(keep, other, now));
    expect(merged).toMatchObject({
      id: 'keep',
      articleId: keep.articleId,
      evidence: keep.evidence,
      status: keep.status,
      sourceUrl: keep.sourceUrl,
      actor1: keep.actor1,
      actor2: other.actor2,
      location: { name: 'Kupiansk', admin1: 'Kharkiv', lat: 49.71, lon: 37.62, geoPrecision: 2 },
      fatalities: 5,
      source: 'Example News; Kyiv Independent',
      updatedAt: '2024-06-01T12:00:00.000Z',
      createdAt: keep.createdAt,
    });
    expect(merged.notes).toBe(
      'Confirmed by the governor.\nAlso reported by Kyiv Independent (https://kyivindependent.example/strike): “Five people were killed in a drone strike on Kupiansk.”',
    );
  });

  it('keeps the larger toll whichever side has it, and none when neither says', () => {
    expect(mergeDuplicate({ ...keep, fatalities: 9 }, other, now).fatalities).toBe(9);
    expect(mergeDuplicate({ ...keep, fatalities: null }, other, now).fatalities).toBe(5);
    expect(
      mergeDuplicate({ ...keep, fatalities: null }, { ...other, fatalities: null }, now).fatalities,
    ).toBeNull();
  });

  it('keeps the kept place’s coordinates, fills its region, and takes the other place when it has none', () => {
    const placed = report('placed');
    expect(mergeDuplicate(placed, other, now).location).toEqual({ ...placed.location, admin1: 'Kharkiv' });
    expect(EventSchema.parse(mergeDuplicate({ ...keep, location: null }, other, now)).location).toEqual(
      other.location,
    );
  });

  it('lists each outlet once, and keeps the other report’s own notes', () => {
    const third = report('third', { source: 'Example News', notes: 'Shelling continued.' });
    const twice = mergeDuplicate(mergeDuplicate(keep, other, now), third, now);
    expect(EventSchema.parse(twice).source).toBe('Example News; Kyiv Independent');
    expect(twice.notes.split('\n')).toHaveLength(4);
    expect(twice.notes).toContain('Shelling continued.');
  });
});

/** The rule, applied to one pair the slow way. */
function isDuplicate(a: ConflictEvent, b: ConflictEvent): boolean {
  const [da, db] = [dayNumber(a.date), dayNumber(b.date)];
  const [pa, pb] = [a.location, b.location];
  if (da === null || db === null || !pa || !pb || pa.lat === null || pa.lon === null) return false;
  if (pb.lat === null || pb.lon === null) return false;
  return (
    a.eventType === b.eventType &&
    a.articleId !== b.articleId &&
    Math.abs(da - db) <= 1 &&
    distanceKm({ lat: pa.lat, lon: pa.lon }, { lat: pb.lat, lon: pb.lon }) <= 10
  );
}
