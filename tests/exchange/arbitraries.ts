import fc from 'fast-check';
import {
  ACLED_EVENT_TYPES,
  NumberCategorySchema,
  PlaceLevelSchema,
  type Article,
  type ConflictEvent,
  type Correction,
  type EventType,
  type Quantity,
} from '@/lib/schema';

/**
 * fast-check arbitraries for records that satisfy the zod schemas: unicode and control
 * characters, formula-like and CSV-hostile text, nulls and optional fields, and sub-event types
 * that belong to their event type.
 */

const hostile = fc.constantFrom(
  '=CMD()',
  '=1+2\nsecond line',
  '+1',
  '-5',
  '@SUM(A1)',
  '\tx',
  '\rx',
  "'quoted",
  "''twice",
  ' padded ',
  'a,b;"c"\r\nd',
  '\uFEFFbom',
  'Київ — Харків',
  'الرقة',
  '😀👍🏽',
  '0x10',
  '1e5',
);
/** Any text, often hostile. Whole graphemes (UTF-8 cannot hold a lone surrogate). */
export const text = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.string({ maxLength: 8 }),
  hostile,
);
export const nonEmptyText = text.filter((s) => s.length > 0);
const id = fc.oneof(fc.stringMatching(/^[a-z]-[0-9a-f]{6}$/), nonEmptyText);

/** ISO date-times as the log writes them (Date.toISOString, years 1990–2100). */
export const isoDateTime = fc
  .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2100-12-31T23:59:59Z'), noInvalidDate: true })
  .map((d) => d.toISOString());
const isoDay = isoDateTime.map((s) => s.slice(0, 10));

/** A double without -0, which JSON and CSV both write as 0. */
const coordinate = (limit: number) =>
  fc.double({ min: -limit, max: limit, noNaN: true, noDefaultInfinity: true }).map((n) => n + 0);
const country = fc.option(
  fc.oneof(fc.constantFrom('UA', 'SY', 'SD', 'XK', 'MX', 'TR'), fc.string({ minLength: 2, maxLength: 2 })),
  {
    nil: null,
  },
);
const inter = fc.constantFrom(1, 2, 3, 4, 5, 6, 7, 8) as fc.Arbitrary<1 | 2 | 3 | 4 | 5 | 6 | 7 | 8>;
const actor = fc.option(fc.record({ canonical: nonEmptyText, inter }), { nil: null });
const precision = fc.constantFrom(1, 2, 3) as fc.Arbitrary<1 | 2 | 3>;

const eventTypes = Object.keys(ACLED_EVENT_TYPES) as EventType[];
const typed = fc.constantFrom(...eventTypes).chain((eventType) =>
  fc.record({
    eventType: fc.constant(eventType),
    subEventType: fc.constantFrom(...ACLED_EVENT_TYPES[eventType]),
  }),
);

export const event: fc.Arbitrary<ConflictEvent> = fc
  .record({
    id,
    articleId: id,
    date: isoDay,
    timePrecision: precision,
    typed,
    actor1: actor,
    actor2: actor,
    location: fc.option(
      fc.record({
        name: nonEmptyText,
        country,
        admin1: fc.option(text, { nil: null }),
        admin2: fc.option(fc.constantFrom('Oyam', 'Idlib', 'Kharkivskyi'), { nil: undefined }),
        admin3: fc.option(fc.constantFrom('Minakulu', 'Maarrat al-Numan'), { nil: undefined }),
        lat: fc.option(coordinate(90), { nil: null }),
        lon: fc.option(coordinate(180), { nil: null }),
        geoPrecision: precision,
      }),
      { nil: null },
    ),
    fatalities: fc.option(fc.nat(), { nil: null }),
    evidence: fc.record(
      {
        start: fc.nat(),
        end: fc.nat(),
        text: nonEmptyText,
        selector: fc.record({
          type: fc.constant('TextQuoteSelector' as const),
          exact: nonEmptyText,
          prefix: text,
          suffix: text,
        }),
      },
      { requiredKeys: ['start', 'end', 'text'] },
    ),
    confidence: fc.double({ min: 0, max: 1, noNaN: true }).map((n) => n + 0),
    notes: text,
    source: text,
    // An import accepts only http(s) addresses (or none): see import-bounds.
    sourceUrl: fc.oneof(fc.constant(''), fc.webUrl()),
    status: fc.constantFrom('proposed', 'confirmed', 'rejected') as fc.Arbitrary<ConflictEvent['status']>,
    assocActor1: fc.option(text, { nil: undefined }),
    assocActor2: fc.option(text, { nil: undefined }),
    sourceScale: fc.option(fc.constantFrom('National', 'Subnational-National', 'New media', ''), {
      nil: undefined,
    }),
    tags: fc.option(fc.constantFrom('crowd size=no report', 'crowd size=hundreds', 'armed'), {
      nil: undefined,
    }),
    exportId: fc.option(
      // withExportIds always stores the country's code with the number once the event has one.
      fc.record({
        prefix: fc.stringMatching(/^[A-Z]{1,6}$/),
        number: fc.integer({ min: 1, max: 2 ** 40 }),
        country: fc.stringMatching(/^[A-Z]{3}$/),
      }),
      { nil: undefined },
    ),
    createdAt: isoDateTime,
    updatedAt: isoDateTime,
  })
  .map(({ typed: t, ...rest }) => ({ ...rest, ...t }));

export const article: fc.Arbitrary<Article> = fc.record({
  id,
  title: text,
  byline: fc.option(text, { nil: null }),
  siteName: fc.option(text, { nil: null }),
  url: fc.webUrl(),
  canonicalUrl: fc.option(fc.webUrl(), { nil: null }),
  lang: fc.option(text, { nil: null }),
  publishedAt: fc.option(fc.oneof(isoDay, isoDateTime), { nil: null }),
  publishedAtSource: fc.constantFrom(
    'article:published_time',
    'json-ld',
    'time-element',
    'user',
    null,
  ) as fc.Arbitrary<Article['publishedAtSource']>,
  origin: fc.constantFrom('readability', 'selection', 'file') as fc.Arbitrary<Article['origin']>,
  text: fc.string({ unit: 'grapheme', maxLength: 200 }),
  excerpt: fc.option(text, { nil: null }),
  wordCount: fc.nat(),
  warnings: fc.array(text, { maxLength: 3 }),
  capturedAt: isoDateTime,
});

const place = fc.record({
  name: nonEmptyText,
  country,
  admin1: fc.option(text, { nil: null }),
  lat: fc.option(coordinate(90), { nil: null }),
  lon: fc.option(coordinate(180), { nil: null }),
  level: fc.constantFrom(...PlaceLevelSchema.options),
});

/** A number the user taught: a value (an exact one its own range), or a low ≤ high range without one. */
const amount = fc.oneof(
  fc.nat(),
  fc.double({ min: 0, max: 1e9, noNaN: true }).map((n) => n + 0),
);
const taughtQuantity: fc.Arbitrary<Quantity> = fc
  .record({
    shape: fc.constantFrom('exact', 'around', 'range'),
    a: amount,
    b: amount,
    vague: fc.boolean(),
    category: fc.constantFrom(...NumberCategorySchema.options),
    of: fc.option(text, { nil: null }),
  })
  .map(({ shape, a, b, ...rest }) => {
    const [low, high] = a <= b ? [a, b] : [b, a];
    if (shape === 'exact') return { value: a, low: a, high: a, ...rest };
    if (shape === 'around') return { value: a, low: null, high: null, ...rest };
    return { value: null, low, high, ...rest };
  });

export const correction: fc.Arbitrary<Correction> = fc
  .record({
    id,
    // Stored surfaces are trimmed (the schema trims), so generate them so.
    surface: text.map((s) => s.trim()).filter((s) => s.length > 0),
    createdAt: isoDateTime,
    updatedAt: isoDateTime,
    lesson: fc.oneof(
      fc.record({ action: fc.constant('add-place-alias' as const), place }),
      fc.record({ action: fc.constant('set-geocode' as const), place }),
      fc.record({
        action: fc.constant('add-actor-alias' as const),
        actor: fc.record({ canonical: nonEmptyText, inter }),
      }),
      fc.record({ action: fc.constant('add-number-alias' as const), number: taughtQuantity }),
      fc.record({
        action: fc.constant('remove-alias' as const),
        entityKind: fc.constantFrom('place' as const, 'actor' as const),
      }),
      fc.record({
        action: fc.constant('not-entity' as const),
        entityKind: fc.constantFrom('place' as const, 'actor' as const, 'number' as const),
      }),
    ),
  })
  .map(({ lesson, ...base }) => ({ ...base, ...lesson }));

/** Records with distinct ids, as a log holds them. */
export const uniqueById = <T extends { id: string }>(item: fc.Arbitrary<T>, maxLength = 8) =>
  fc.uniqueArray(item, { selector: (r) => r.id, maxLength });
