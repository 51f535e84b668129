/**
 * The columns of the event-log CSV (and the properties of each GeoJSON feature): ACLED's own
 * columns in ACLED's order, then provenance, then what our own import needs to rebuild an event
 * exactly. A spreadsheet user sees ACLED's layout first; the tail is ours.
 */

/** ACLED's export columns, in ACLED's order. */
export const ACLED_COLUMNS = [
  'event_id_cnty',
  'event_date',
  'year',
  'time_precision',
  'disorder_type',
  'event_type',
  'sub_event_type',
  'actor1',
  'assoc_actor_1',
  'inter1',
  'actor2',
  'assoc_actor_2',
  'inter2',
  'interaction',
  'civilian_targeting',
  'iso',
  'region',
  'country',
  'admin1',
  'admin2',
  'admin3',
  'location',
  'latitude',
  'longitude',
  'geo_precision',
  'source',
  'source_scale',
  'notes',
  'fatalities',
  'tags',
  'timestamp',
] as const;

/** Where an event came from and how sure the reader was: what a coder checks an event against. */
export const PROVENANCE_COLUMNS = ['source_url', 'evidence_quote', 'confidence', 'status'] as const;

/**
 * What rebuilding our own events from our own CSV needs beyond ACLED's columns:
 * - `event_uid`: the event's id in the log (`event_id_cnty` is ACLED's id, or ours when the event
 *   is not from ACLED).
 * - `user_notes`: the notes the user wrote, as written (ACLED's `notes` column holds them, or a
 *   summary built from the fields when there are none, with the evidence quote, on one line).
 * - `fatalities_stated`: the deaths the article states, empty when it does not say (ACLED's
 *   `fatalities` column writes 0 then, as ACLED does).
 * - `article_id`: the captured article the event was read from.
 * - `country_code`: the location's ISO 3166-1 alpha-2 code (`country`/`iso` are derived from it
 *   and cannot say every code the log may hold).
 * - `evidence_start`, `evidence_end`: the evidence sentence's offsets in the article text.
 * - `evidence_selector_exact`, `evidence_selector_prefix`, `evidence_selector_suffix`: the text
 *   quote that finds the sentence again in a changed page (all empty when the event has none).
 * - `created_at`, `updated_at`: ISO date-times (`timestamp` holds whole seconds only).
 * - `article_title`, `article_published_at`: the article's title and published date, for the
 *   reader of the spreadsheet; import ignores them (the article is not in the CSV).
 */
export const OWN_COLUMNS = [
  'event_uid',
  'user_notes',
  'fatalities_stated',
  'article_id',
  'country_code',
  'evidence_start',
  'evidence_end',
  'evidence_selector_exact',
  'evidence_selector_prefix',
  'evidence_selector_suffix',
  'created_at',
  'updated_at',
  'article_title',
  'article_published_at',
] as const;

export const EXPORT_COLUMNS = [...ACLED_COLUMNS, ...PROVENANCE_COLUMNS, ...OWN_COLUMNS] as const;

/** The own columns every export of ours has had: a file lacking one is not ours, or damaged. */
export const OWN_REQUIRED_COLUMNS = [...ACLED_COLUMNS, ...PROVENANCE_COLUMNS, ...OWN_COLUMNS].filter(
  (column) => column !== 'user_notes' && column !== 'fatalities_stated',
);

/** How an export writes what ACLED's exports write in two ways. */
export interface ExportShape {
  /**
   * `inter1`/`inter2`/`interaction` as ACLED's current text labels ("State forces",
   * "State forces-Civilians", "Protesters only"), or as the older numeric codes (1, 17, 60).
   */
  interLabels: boolean;
  /**
   * Keep line breaks in the provenance and own columns (evidence quotes, the user's notes), for an
   * exact re-import. ACLED's columns are on one line whatever this says.
   */
  fullFidelity: boolean;
}

export const DEFAULT_EXPORT_SHAPE: ExportShape = { interLabels: true, fullFidelity: false };

export type ExportColumn = (typeof EXPORT_COLUMNS)[number];

/** One exported event: a CSV row or a GeoJSON feature's properties. Null is an empty cell. */
export type ExportRecord = Record<ExportColumn, string | number | null>;

/**
 * The columns an ACLED-shaped CSV must have for us to read it. ACLED's files differ by vintage
 * (older ones lack disorder_type, civilian_targeting, tags; Excel exports write names in capitals),
 * so only what an event cannot do without is required; the rest is read when present.
 */
export const ACLED_REQUIRED_COLUMNS = [
  'event_id_cnty',
  'event_date',
  'time_precision',
  'event_type',
  'sub_event_type',
  'actor1',
  'inter1',
  'actor2',
  'inter2',
  'country',
  'admin1',
  'location',
  'latitude',
  'longitude',
  'geo_precision',
  'source',
  'notes',
  'fatalities',
] as const;
