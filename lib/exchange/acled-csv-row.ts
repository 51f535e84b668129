import { isoDateOfCell } from './calendar-date';
import { countryOfAcled } from '../geo/countries';
import { ACLED_ID_PREFIX } from './export-record';
import {
  actorOf,
  actorTypeOf,
  csvFieldNamer,
  eventTypeOf,
  extraTextsOf,
  optionalAdmins,
} from './own-csv-row';
import type { RowCells } from './row-cells';

/** Events from an ACLED file hang off one pseudo-article per source: `acled-source:<source>`. */
export const ACLED_SOURCE_ARTICLE_PREFIX = 'acled-source:';

/**
 * The evidence of an ACLED event whose notes are empty. An event needs evidence text; this says
 * plainly that there is none rather than pass anything off as a quote.
 */
export const NO_NOTES_EVIDENCE =
  'No notes in the ACLED file for this event: there is no source sentence to show.';

/** Report an ACLED row's problems under ACLED's column names. */
export const acledFieldName = csvFieldNamer({
  id: 'event_id_cnty',
  articleId: 'source',
  'location.country': 'country',
  notes: 'notes',
  fatalities: 'fatalities',
  exportId: 'event_id_cnty',
  'evidence.text': 'notes',
  createdAt: 'timestamp',
  updatedAt: 'timestamp',
});

/**
 * A row of an ACLED export as an event of the log, to be checked against EventSchema: id
 * `acled:<event_id_cnty>` (so importing the file again finds the same events), status confirmed
 * (ACLED's coders reviewed it), confidence 1, the notes as evidence. ACLED's derived columns
 * (disorder type, interaction, region, year) are not read; the country comes from `iso`, else
 * from its name.
 */
export function eventOfAcledRow(cells: RowCells, now: Date): unknown {
  const dateCell = cells.text('event_date');
  const notes = cells.text('notes');
  const evidence = notes.trim() || NO_NOTES_EVIDENCE;
  const source = cells.text('source').trim();
  const stamp = timestampOf(cells) ?? now.toISOString();
  const place = cells.text('location').trim();
  return {
    id: `${ACLED_ID_PREFIX}${cells.text('event_id_cnty').trim()}`,
    articleId: `${ACLED_SOURCE_ARTICLE_PREFIX}${source || 'unknown'}`,
    date:
      isoDateOfCell(dateCell) ??
      cells.note('event_date', dateCell, 'is not a date (2025-05-16 or 16 May 2025)'),
    timePrecision: cells.number('time_precision'),
    eventType: eventTypeOf(cells, cells.text('event_type').trim()),
    subEventType: cells.text('sub_event_type').trim(),
    actor1: actorOf(cells.text('actor1').trim(), interOf(cells, 'actor1', 'inter1')),
    actor2: actorOf(cells.text('actor2').trim(), interOf(cells, 'actor2', 'inter2')),
    location: place
      ? {
          name: place,
          country: countryOfAcled(cells.number('iso', 'whole'), cells.text('country'))?.code ?? null,
          admin1: cells.text('admin1').trim() || null,
          ...optionalAdmins(cells),
          lat: cells.number('latitude'),
          lon: cells.number('longitude'),
          geoPrecision: cells.number('geo_precision'),
        }
      : null,
    fatalities: cells.number('fatalities', 'whole'),
    evidence: { start: 0, end: evidence.length, text: evidence },
    confidence: 1,
    notes,
    source,
    sourceUrl: '',
    status: 'confirmed',
    ...extraTextsOf((column) => cells.text(column).trim()),
    createdAt: stamp,
    updatedAt: stamp,
  };
}

/** The actor type of a named actor (ACLED writes 0 or nothing when there is no actor). */
function interOf(cells: RowCells, nameColumn: string, interColumn: string): number | null {
  return cells.text(nameColumn).trim() ? actorTypeOf(cells, interColumn) : null;
}

/** ACLED's `timestamp` (Unix seconds of its last change) as an ISO date-time; null when absent. */
function timestampOf(cells: RowCells): string | null {
  const seconds = cells.number('timestamp', 'whole');
  if (seconds === null) return null;
  const date = new Date(seconds * 1000);
  return Number.isNaN(date.getTime())
    ? cells.note('timestamp', String(seconds), 'is not a time')
    : date.toISOString();
}
