import { describe, expect, it } from 'vitest';
import {
  DEFAULT_EVENT_FILTER,
  EventFilterSchema,
  filterEvents,
  filterOptions,
  indexEvents,
  SORT_KEYS,
  type EventFilter,
  type SortState,
} from '@/lib/log/event-filter';
import { ACLED_EVENT_TYPES, type ConflictEvent, type EventType } from '@/lib/schema';
import { ids, logEvent, place, seededRandom } from './log-fixtures';

const russia = { canonical: 'Military Forces of Russia (2000-)', inter: 8 as const };
const civilians = { canonical: 'Civilians (Ukraine)', inter: 7 as const };
const hts = { canonical: 'Hayat Tahrir al-Sham', inter: 2 as const };
const rsf = { canonical: 'Rapid Support Forces', inter: 2 as const };

/** A small log: three countries in three regions, four outlets, one proposal and one rejection. */
const log: ConflictEvent[] = [
  logEvent('kupiansk', { date: '2024-05-07', actor1: russia, actor2: civilians, source: 'Kyiv Independent' }),
  logEvent('aleppo', {
    date: '2024-05-08',
    eventType: 'Battles',
    subEventType: 'Armed clash',
    actor1: hts,
    actor2: null,
    location: place('Ḩalab', 36.2, 37.16, { country: 'SY', admin1: 'Aleppo' }),
    fatalities: 12,
    evidence: { start: 0, end: 40, text: 'Fighters clashed north of the city.' },
    notes: 'Frontline near the Castello road.',
    source: 'Enab Baladi',
  }),
  logEvent('fasher', {
    date: '2024-06-01',
    eventType: 'Violence against civilians',
    subEventType: 'Attack',
    actor1: rsf,
    actor2: { canonical: 'Civilians (Sudan)', inter: 7 },
    location: place('El Fasher', 13.63, 25.35, { country: 'SD', admin1: 'North Darfur' }),
    fatalities: null,
    evidence: { start: 0, end: 30, text: 'Gunmen attacked a market.' },
    notes: '',
    source: 'Sudan Tribune',
  }),
  logEvent('kharkiv', {
    date: '2024-06-02',
    actor1: russia,
    actor2: null,
    location: place('Kharkiv', 49.99, 36.23),
    fatalities: 0,
    evidence: { start: 0, end: 30, text: 'A missile hit the city overnight.' },
    source: 'Kyiv Independent',
  }),
  logEvent('unplaced', { date: '2024-06-03', location: null, actor1: null, actor2: null, source: 'Reuters' }),
  logEvent('proposed', { status: 'proposed', source: 'Reuters' }),
  logEvent('rejected', { status: 'rejected', source: 'Reuters' }),
];
const index = indexEvents(log);
const shown = (filter: Partial<EventFilter>) =>
  ids(filterEvents(index, { ...DEFAULT_EVENT_FILTER, ...filter }));

describe('the filter model', () => {
  it('parses to a filter that shows confirmed events only', () => {
    expect(EventFilterSchema.parse({})).toEqual({
      from: null,
      to: null,
      eventTypes: [],
      actor: '',
      countries: [],
      regions: [],
      sources: [],
      text: '',
      statuses: ['confirmed'],
    });
    expect(shown({})).toEqual(['kupiansk', 'aleppo', 'fasher', 'kharkiv', 'unplaced']);
  });

  it('refuses dates that are not YYYY-MM-DD and types ACLED does not have', () => {
    expect(EventFilterSchema.safeParse({ from: '7 May 2024' }).success).toBe(false);
    expect(EventFilterSchema.safeParse({ eventTypes: ['Airstrike'] }).success).toBe(false);
  });
});

describe('each filter criterion', () => {
  it('selects statuses, every status when none is picked', () => {
    expect(shown({ statuses: ['proposed', 'rejected'] })).toEqual(['proposed', 'rejected']);
    expect(shown({ statuses: [] })).toHaveLength(log.length);
  });

  it('keeps dates from and to the given days, both inclusive, either one alone', () => {
    expect(shown({ from: '2024-05-08', to: '2024-06-01' })).toEqual(['aleppo', 'fasher']);
    expect(shown({ from: '2024-06-02' })).toEqual(['kharkiv', 'unplaced']);
    expect(shown({ to: '2024-05-07' })).toEqual(['kupiansk']);
    expect(shown({ from: '2024-06-04' })).toEqual([]);
  });

  it('keeps the picked event types', () => {
    expect(shown({ eventTypes: ['Battles', 'Violence against civilians'] })).toEqual(['aleppo', 'fasher']);
  });

  it('finds an actor on either side, ignoring case and diacritics', () => {
    expect(shown({ actor: 'RUSSIA' })).toEqual(['kupiansk', 'kharkiv']);
    expect(shown({ actor: 'civilians (sudan)' })).toEqual(['fasher']);
    expect(shown({ actor: '  Tahrir   al-Shām ' })).toEqual(['aleppo']);
    // Not across the two actors' names.
    expect(shown({ actor: 'Sudan) Civilians' })).toEqual([]);
  });

  it('keeps picked countries, picked regions, or either when both are picked', () => {
    expect(shown({ countries: ['SY'] })).toEqual(['aleppo']);
    expect(shown({ countries: ['ua'] })).toEqual(['kupiansk', 'kharkiv']);
    expect(shown({ regions: ['Northern Africa'] })).toEqual(['fasher']);
    expect(shown({ regions: ['Europe'], countries: ['SD'] })).toEqual(['kupiansk', 'fasher', 'kharkiv']);
    expect(shown({ regions: ['Oceania'] })).toEqual([]);
  });

  it('keeps the picked outlets, also among the several a merged event lists', () => {
    expect(shown({ sources: ['Reuters', 'Enab Baladi'] })).toEqual(['aleppo', 'unplaced']);
    const merged = indexEvents([logEvent('m', { source: 'Sudan Tribune; Reuters' }), logEvent('r')]);
    expect(ids(filterEvents(merged, { ...DEFAULT_EVENT_FILTER, sources: ['Reuters'] }))).toEqual(['m']);
    expect(filterOptions(merged).sources.map((s) => [s.value, s.count])).toEqual([
      ['Example News', 1],
      ['Reuters', 1],
      ['Sudan Tribune', 1],
    ]);
  });

  it('finds every word of the text in notes, evidence, place, actors or source', () => {
    expect(shown({ text: 'castello' })).toEqual(['aleppo']);
    expect(shown({ text: 'market gunmen' })).toEqual(['fasher']);
    expect(shown({ text: 'halab' })).toEqual(['aleppo']);
    expect(shown({ text: 'DARFUR' })).toEqual(['fasher']);
    expect(shown({ text: 'tribune' })).toEqual(['fasher']);
    expect(shown({ text: 'hayat' })).toEqual(['aleppo']);
    expect(shown({ text: 'market castello' })).toEqual([]);
    expect(shown({ text: '   ' })).toHaveLength(5);
  });

  it('combines criteria: an event must pass every one', () => {
    const filter = {
      from: '2024-05-01',
      to: '2024-06-30',
      eventTypes: ['Explosions/Remote violence' as const],
      actor: 'russia',
      countries: ['UA'],
      sources: ['Kyiv Independent'],
      text: 'kharkiv',
    };
    expect(shown(filter)).toEqual(['kupiansk', 'kharkiv']);
    expect(shown({ ...filter, to: '2024-06-01' })).toEqual(['kupiansk']);
    expect(shown({ ...filter, text: 'kharkiv kupiansk' })).toEqual(['kupiansk']);
    expect(shown({ ...filter, statuses: ['proposed'] })).toEqual([]);
  });
});

describe('preparing the index ahead', () => {
  it('gives the same answers as working out lookups on first use', () => {
    const filter = {
      ...DEFAULT_EVENT_FILTER,
      statuses: [],
      text: 'kupiansk',
      regions: ['Europe'],
      actor: 'russia',
    };
    const sort = { key: 'place' as const, descending: true };
    expect(ids(filterEvents(indexEvents(log).prepare(), filter, sort))).toEqual(
      ids(filterEvents(indexEvents(log), filter, sort)),
    );
    expect(ids(filterEvents(indexEvents(log).prepare(), filter, sort))).toEqual([
      'kupiansk',
      'proposed',
      'rejected',
    ]);
  });
});

describe('sorting', () => {
  const all = { ...DEFAULT_EVENT_FILTER, statuses: [] };
  const sortEvents = (events: readonly ConflictEvent[], sort: SortState) =>
    filterEvents(indexEvents(events), all, sort);

  it('sorts by each column both ways, blanks last', () => {
    const by = (key: (typeof SORT_KEYS)[number], descending = false) =>
      ids(filterEvents(index, DEFAULT_EVENT_FILTER, { key, descending }));
    expect(by('date', true)).toEqual(['unplaced', 'kharkiv', 'fasher', 'aleppo', 'kupiansk']);
    expect(by('fatalities')).toEqual(['kharkiv', 'kupiansk', 'unplaced', 'aleppo', 'fasher']);
    expect(by('fatalities', true)).toEqual(['aleppo', 'kupiansk', 'unplaced', 'kharkiv', 'fasher']);
    expect(by('place')).toEqual(['fasher', 'aleppo', 'kharkiv', 'kupiansk', 'unplaced']);
    expect(by('place', true)).toEqual(['kupiansk', 'kharkiv', 'aleppo', 'fasher', 'unplaced']);
    expect(by('country')).toEqual(['fasher', 'aleppo', 'kupiansk', 'kharkiv', 'unplaced']);
    expect(by('type')).toEqual(['aleppo', 'kupiansk', 'kharkiv', 'unplaced', 'fasher']);
    expect(by('actor1')).toEqual(['aleppo', 'kupiansk', 'kharkiv', 'fasher', 'unplaced']);
    expect(by('actor2', true)).toEqual(['kupiansk', 'fasher', 'aleppo', 'kharkiv', 'unplaced']);
    expect(by('source')).toEqual(['aleppo', 'kupiansk', 'kharkiv', 'unplaced', 'fasher']);
  });

  it('is stable: equal values keep the list’s order in either direction', () => {
    const same = ['d', 'a', 'c', 'b'].map((id) => logEvent(id, { date: '2024-01-01', fatalities: 3 }));
    const later = logEvent('z', { date: '2024-01-02', fatalities: 9 });
    const events = [same[0], later, ...same.slice(1)] as ConflictEvent[];
    expect(ids(sortEvents(events, { key: 'date', descending: false }))).toEqual(['d', 'a', 'c', 'b', 'z']);
    expect(ids(sortEvents(events, { key: 'date', descending: true }))).toEqual(['z', 'd', 'a', 'c', 'b']);
    expect(ids(sortEvents(events, { key: 'fatalities', descending: true }))).toEqual([
      'z',
      'd',
      'a',
      'c',
      'b',
    ]);
  });

  it('treats names that differ only in case or accents as equal, so their order is kept', () => {
    const events = [
      logEvent('second', { location: place('Ḩalab', 36.2, 37.16) }),
      logEvent('first', { location: place('Aleppo', 36.2, 37.16) }),
      logEvent('third', { location: place('halab', 36.2, 37.16) }),
    ];
    expect(ids(sortEvents(events, { key: 'place', descending: false }))).toEqual([
      'first',
      'second',
      'third',
    ]);
    expect(ids(sortEvents(events, { key: 'place', descending: true }))).toEqual(['second', 'third', 'first']);
  });

  it('numbers sort as numbers', () => {
    const events = [9, 10, 100, 0].map((n) => logEvent(`n${n}`, { fatalities: n }));
    expect(ids(sortEvents(events, { key: 'fatalities', descending: false }))).toEqual([
      'n0',
      'n9',
      'n10',
      'n100',
    ]);
  });

  it('filters and sorts a generated log of 100,000 events as the plain array methods would', () => {
    const random = seededRandom(7);
    const types = Object.keys(ACLED_EVENT_TYPES) as EventType[];
    const outlets = ['Reuters', 'AFP', 'Kyiv Independent', 'Enab Baladi', 'Sudan Tribune'];
    const countries = ['UA', 'SY', 'SD', 'ML', null];
    const events = Array.from({ length: 100_000 }, (_, i) => {
      const type = types[Math.floor(random() * types.length)] as EventType;
      const country = countries[Math.floor(random() * countries.length)] ?? null;
      return logEvent(`g${i}`, {
        date: `2024-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}`,
        eventType: type,
        subEventType: ACLED_EVENT_TYPES[type][0],
        location: country ? place(`Place ${i % 500}`, 10, 10, { country }) : null,
        fatalities: random() < 0.3 ? null : Math.floor(random() * 50),
        source: outlets[Math.floor(random() * outlets.length)] as string,
        status: random() < 0.8 ? 'confirmed' : 'proposed',
      });
    });
    const big = indexEvents(events);
    const filter: EventFilter = {
      ...all,
      from: '2024-03-01',
      to: '2024-09-30',
      eventTypes: ['Battles', 'Protests'],
      regions: ['Middle East', 'Europe'],
      sources: ['Reuters', 'AFP'],
      text: 'place 12',
    };
    const expected = events.filter(
      (e) =>
        e.date >= '2024-03-01' &&
        e.date <= '2024-09-30' &&
        (e.eventType === 'Battles' || e.eventType === 'Protests') &&
        (e.location?.country === 'UA' || e.location?.country === 'SY') &&
        (e.source === 'Reuters' || e.source === 'AFP') &&
        (e.location?.name ?? '').includes('12'),
    );
    expect(expected.length).toBeGreaterThan(50);
    expect(ids(filterEvents(big, filter))).toEqual(ids(expected));
    const withDeaths = expected.filter((e) => e.fatalities !== null);
    withDeaths.sort((a, b) => (b.fatalities as number) - (a.fatalities as number));
    const nullsLast = [...withDeaths, ...expected.filter((e) => e.fatalities === null)];
    expect(ids(filterEvents(big, filter, { key: 'fatalities', descending: true }))).toEqual(ids(nullsLast));
  });
});

describe('the filter bar’s choices', () => {
  it('lists types, countries with their names and regions, regions, outlets and statuses, with counts', () => {
    const options = filterOptions(index);
    expect(options.eventTypes).toEqual([
      { value: 'Battles', label: 'Battles', count: 1 },
      { value: 'Explosions/Remote violence', label: 'Explosions/Remote violence', count: 5 },
      { value: 'Violence against civilians', label: 'Violence against civilians', count: 1 },
    ]);
    expect(options.countries).toEqual([
      { value: 'SD', label: 'Sudan', count: 1, region: 'Northern Africa' },
      { value: 'SY', label: 'Syria', count: 1, region: 'Middle East' },
      { value: 'UA', label: 'Ukraine', count: 4, region: 'Europe' },
    ]);
    expect(options.regions.map((r) => [r.value, r.count])).toEqual([
      ['Europe', 4],
      ['Middle East', 1],
      ['Northern Africa', 1],
    ]);
    expect(options.sources.map((s) => [s.value, s.count])).toEqual([
      ['Enab Baladi', 1],
      ['Kyiv Independent', 2],
      ['Reuters', 3],
      ['Sudan Tribune', 1],
    ]);
    expect(options.statuses.map((s) => [s.value, s.count])).toEqual([
      ['confirmed', 5],
      ['proposed', 1],
      ['rejected', 1],
    ]);
  });
});
