import { ACLED_EVENT_TYPES } from '../schema';
import type { FieldNamer } from './check-record';
import { interCodeOfCell } from './acled-codes';
import { exportIdOfCell } from './export-record';
import type { RowCells } from './row-cells';

/** Where each event field lives in our CSV, to name the column in a report. */
const COLUMN_OF_FIELD: Record<string, string> = {
  id: 'event_uid',
  articleId: 'article_id',
  date: 'event_date',
  timePrecision: 'time_precision',
  eventType: 'event_type',
  subEventType: 'sub_event_type',
  'actor1.canonical': 'actor1',
  'actor1.inter': 'inter1',
  'actor2.canonical': 'actor2',
  'actor2.inter': 'inter2',
  'location.name': 'location',
  'location.country': 'country_code',
  'location.admin1': 'admin1',
  'location.admin2': 'admin2',
  'location.admin3': 'admin3',
  'location.lat': 'latitude',
  'location.lon': 'longitude',
  'location.geoPrecision': 'geo_precision',
  fatalities: 'fatalities_stated',
  'evidence.text': 'evidence_quote',
  'evidence.start': 'evidence_start',
  'evidence.end': 'evidence_end',
  'evidence.selector.exact': 'evidence_selector_exact',
  'evidence.selector.prefix': 'evidence_selector_prefix',
  'evidence.selector.suffix': 'evidence_selector_suffix',
  confidence: 'confidence',
  notes: 'user_notes',
  assocActor1: 'assoc_actor_1',
  assocActor2: 'assoc_actor_2',
  sourceScale: 'source_scale',
  tags: 'tags',
  exportId: 'event_id_cnty',
  source: 'source',
  sourceUrl: 'source_url',
  status: 'status',
  createdAt: 'created_at',
  updatedAt: 'updated_at',
};

/** A CSV column namer: the column a field came from, with a file format's own differences. */
export function csvFieldNamer(overrides: Readonly<Record<string, string>> = {}): FieldNamer {
  return (path) => {
    const field = path.map(String).join('.');
    return overrides[field] ?? COLUMN_OF_FIELD[field] ?? field;
  };
}

/** An actor from its name and type cells; no name, no actor. */
export function actorOf(canonical: string, inter: number | null) {
  return canonical ? { canonical, inter } : null;
}

/** The event type cell, noted when it is not one of ACLED's (a clearer word than the schema's list). */
export function eventTypeOf(cells: RowCells, eventType: string): string {
  if (!Object.hasOwn(ACLED_EVENT_TYPES, eventType)) {
    cells.note(
      'event_type',
      eventType,
      `is not an ACLED event type (${Object.keys(ACLED_EVENT_TYPES).join(', ')})`,
    );
  }
  return eventType;
}

/** An actor type cell: ACLED's label ("State forces") or its code (1–8); noted when neither. */
export function actorTypeOf(cells: RowCells, column: string): number | null {
  const cell = cells.text(column);
  return (
    interCodeOfCell(cell) ??
    cells.note(column, cell, 'is not an ACLED actor type (1–8, or a name such as “State forces”)')
  );
}

/** An actor type cell of our own file: empty when the event has no such actor. */
function optionalActorTypeOf(cells: RowCells, column: string): number | null {
  return cells.text(column).trim() ? actorTypeOf(cells, column) : null;
}

/** ACLED's associated actors, source scale and tags: text an event may lack. */
const EXTRA_TEXT_COLUMNS = [
  ['assocActor1', 'assoc_actor_1'],
  ['assocActor2', 'assoc_actor_2'],
  ['sourceScale', 'source_scale'],
  ['tags', 'tags'],
] as const;

type ExtraTexts = Partial<Record<(typeof EXTRA_TEXT_COLUMNS)[number][0], string>>;

/** The extra text cells of a row that are not empty, as `read` gives them. */
export function extraTextsOf(read: (column: string) => string): ExtraTexts {
  const extras: ExtraTexts = {};
  for (const [field, column] of EXTRA_TEXT_COLUMNS) {
    const cell = read(column);
    if (cell) extras[field] = cell;
  }
  return extras;
}

/**
 * A row of our own CSV as an event, to be checked against EventSchema. Every field has its column
 * (columns.ts), so the event comes back as it was exported; ACLED's derived columns (disorder
 * type, interaction, country name, region, timestamp) are not read.
 */
export function eventOfOwnRow(cells: RowCells): unknown {
  const exact = cells.text('evidence_selector_exact');
  const place = cells.text('location');
  return {
    id: cells.text('event_uid'),
    articleId: cells.text('article_id'),
    date: cells.text('event_date'),
    timePrecision: cells.number('time_precision'),
    eventType: eventTypeOf(cells, cells.text('event_type')),
    subEventType: cells.text('sub_event_type'),
    actor1: actorOf(cells.text('actor1'), optionalActorTypeOf(cells, 'inter1')),
    actor2: actorOf(cells.text('actor2'), optionalActorTypeOf(cells, 'inter2')),
    location: place
      ? {
          name: place,
          country: cells.optionalText('country_code'),
          admin1: cells.optionalText('admin1'),
          ...optionalAdmins(cells),
          lat: cells.number('latitude'),
          lon: cells.number('longitude'),
          geoPrecision: cells.number('geo_precision'),
        }
      : null,
    // Files from before `fatalities_stated` hold the stated deaths in `fatalities`.
    fatalities: cells.has('fatalities_stated')
      ? cells.number('fatalities_stated', 'whole')
      : cells.number('fatalities', 'whole'),
    evidence: {
      start: cells.number('evidence_start', 'whole'),
      end: cells.number('evidence_end', 'whole'),
      text: cells.text('evidence_quote'),
      // An empty exact quote means the event had no selector (a selector's quote is never empty).
      selector: exact
        ? {
            type: 'TextQuoteSelector',
            exact,
            prefix: cells.text('evidence_selector_prefix'),
            suffix: cells.text('evidence_selector_suffix'),
          }
        : undefined,
    },
    confidence: cells.number('confidence'),
    notes: cells.has('user_notes') ? cells.text('user_notes') : cells.text('notes'),
    source: cells.text('source'),
    sourceUrl: cells.text('source_url'),
    status: cells.text('status'),
    // Our own file holds them as they were written.
    ...extraTextsOf((column) => cells.text(column)),
    exportId: exportIdOfCell(cells.text('event_id_cnty')),
    createdAt: cells.text('created_at'),
    updatedAt: cells.text('updated_at'),
  };
}

/** admin2 and admin3 when the row has them (an event stored before they existed has neither). */
export function optionalAdmins(cells: RowCells): { admin2?: string; admin3?: string } {
  const admin2 = cells.optionalText('admin2');
  const admin3 = cells.optionalText('admin3');
  return { ...(admin2 !== null && { admin2 }), ...(admin3 !== null && { admin3 }) };
}
