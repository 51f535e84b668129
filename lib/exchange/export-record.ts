import { ACLED_INTER_LABELS, type Actor, type Article, type ConflictEvent } from '../schema';
import { civilianTargetingOf, disorderTypeOf, interactionCode, interactionLabel } from './acled-codes';
import { exportNotesOf, oneLine } from './acled-notes';
import { DEFAULT_EXPORT_SHAPE, type ExportRecord, type ExportShape } from './columns';
import { countryOfCode } from '../geo/countries';

/** What an export reads of an event's article: its title and date, never its text. */
export type ExportArticle = Pick<Article, 'id' | 'title' | 'publishedAt'>;

/** Just that of an article (for handing articles to an export's worker without their text). */
export function exportArticle({ id, title, publishedAt }: ExportArticle): ExportArticle {
  return { id, title, publishedAt };
}

/**
 * One event as ACLED's columns plus provenance: a CSV row, or a GeoJSON feature's properties.
 * ACLED's columns are written as ACLED writes them, so that the rows stack under an ACLED export:
 * numbers stay numbers (a spreadsheet sees -12.5 as a number, never as text or a formula),
 * fatalities are 0 when none were reported, text is on one line, and notes are never empty. The
 * own columns keep what that loses (the notes as the user wrote them, whether deaths were stated).
 */
export function exportRecordOf(
  event: ConflictEvent,
  article: ExportArticle | undefined,
  shape: ExportShape = DEFAULT_EXPORT_SHAPE,
): ExportRecord {
  const disorder = disorderTypeOf(event.subEventType);
  const location = event.location;
  const country = location?.country ? countryOfCode(location.country) : undefined;
  const selector = event.evidence.selector;
  const line = (text: string | null | undefined) => (text ? oneLine(text) : null);
  const own = (text: string | null | undefined) => (shape.fullFidelity ? (text ?? null) : line(text));
  const inter = (actor: Actor | null) =>
    actor ? (shape.interLabels ? ACLED_INTER_LABELS[actor.inter] : actor.inter) : null;
  return {
    event_id_cnty: eventIdCntyOf(event, country?.iso3),
    event_date: event.date,
    year: Number(event.date.slice(0, 4)),
    time_precision: event.timePrecision,
    disorder_type: disorder,
    event_type: event.eventType,
    sub_event_type: event.subEventType,
    actor1: line(event.actor1?.canonical),
    assoc_actor_1: line(event.assocActor1),
    inter1: inter(event.actor1),
    actor2: line(event.actor2?.canonical),
    assoc_actor_2: line(event.assocActor2),
    inter2: inter(event.actor2),
    interaction: shape.interLabels
      ? interactionLabel(event.actor1, event.actor2) || null
      : interactionCode(event.actor1, event.actor2),
    civilian_targeting: civilianTargetingOf(disorder, event.actor2),
    iso: country?.iso ?? null,
    region: country?.region ?? null,
    country: country?.name ?? null,
    admin1: line(location?.admin1),
    admin2: line(location?.admin2),
    admin3: line(location?.admin3),
    location: line(location?.name),
    latitude: location?.lat ?? null,
    longitude: location?.lon ?? null,
    geo_precision: location?.geoPrecision ?? null,
    source: line(event.source),
    source_scale: line(event.sourceScale),
    notes: exportNotesOf(event),
    // ACLED writes 0 where no deaths were reported.
    fatalities: event.fatalities ?? 0,
    tags: line(event.tags),
    timestamp: Math.floor(Date.parse(event.updatedAt) / 1000),
    source_url: own(event.sourceUrl),
    evidence_quote: own(event.evidence.text),
    confidence: event.confidence,
    status: event.status,
    event_uid: event.id,
    user_notes: own(event.notes),
    fatalities_stated: event.fatalities,
    article_id: event.articleId,
    country_code: location?.country ?? null,
    evidence_start: event.evidence.start,
    evidence_end: event.evidence.end,
    evidence_selector_exact: own(selector?.exact),
    evidence_selector_prefix: own(selector?.prefix),
    evidence_selector_suffix: own(selector?.suffix),
    created_at: event.createdAt,
    updated_at: event.updatedAt,
    article_title: own(article?.title),
    article_published_at: article?.publishedAt ?? null,
  };
}

/** Events imported from an ACLED file keep ACLED's id inside ours: `acled:<event_id_cnty>`. */
export const ACLED_ID_PREFIX = 'acled:';

export function acledIdOf(eventId: string): string | undefined {
  return eventId.startsWith(ACLED_ID_PREFIX) ? eventId.slice(ACLED_ID_PREFIX.length) : undefined;
}

/**
 * ACLED's id for an event from ACLED; for one of the user's, ACLED's style behind the user's prefix
 * ("CR-UKR17": three letters and digits would be ACLED's own, so the prefix keeps them apart), from
 * the number the event was given once; the log's own id when it has none yet.
 */
export function eventIdCntyOf(event: ConflictEvent, iso3: string | undefined): string {
  const acled = acledIdOf(event.id);
  if (acled) return acled;
  if (!event.exportId) return event.id;
  return `${event.exportId.prefix}-${event.exportId.country ?? iso3 ?? ''}${event.exportId.number}`;
}

/** What an `event_id_cnty` of ours carries back ("CR-UKR17" → CR, UKR, 17); undefined for others. */
export function exportIdOfCell(cell: string): ConflictEvent['exportId'] {
  const [, prefix, country, digits] = /^([A-Z]{1,6})-([A-Z]{3})?(\d{1,15})$/.exec(cell.trim()) ?? [];
  if (!prefix || !digits) return undefined;
  const number = Number(digits);
  if (!(number > 0 && Number.isSafeInteger(number))) return undefined;
  return country ? { prefix, number, country } : { prefix, number };
}

/** Each event's article, looked up once per export. */
export function articleIndex(
  articles: readonly ExportArticle[],
): (event: ConflictEvent) => ExportArticle | undefined {
  const byId = new Map(articles.map((a) => [a.id, a]));
  return (event) => byId.get(event.articleId);
}
