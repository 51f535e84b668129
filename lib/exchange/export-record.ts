import type { Article, ConflictEvent } from '../schema';
import { civilianTargetingOf, disorderTypeOf, interactionCode } from './acled-codes';
import type { ExportRecord } from './columns';
import { countryOfCode } from '../geo/countries';

/** What an export reads of an event's article: its title and date, never its text. */
export type ExportArticle = Pick<Article, 'id' | 'title' | 'publishedAt'>;

/** Just that of an article (for handing articles to an export's worker without their text). */
export function exportArticle({ id, title, publishedAt }: ExportArticle): ExportArticle {
  return { id, title, publishedAt };
}

/**
 * One event as ACLED's columns plus provenance: a CSV row, or a GeoJSON feature's properties.
 * Numbers stay numbers (so a spreadsheet sees -12.5 as a number, never as text or a formula);
 * what the log does not know (associated actors, admin2/3, source scale, tags) is empty.
 */
export function exportRecordOf(event: ConflictEvent, article: ExportArticle | undefined): ExportRecord {
  const disorder = disorderTypeOf(event.subEventType);
  const location = event.location;
  const country = location?.country ? countryOfCode(location.country) : undefined;
  const selector = event.evidence.selector;
  return {
    // ACLED's id when the event came from ACLED (kept in our id), else our own id.
    event_id_cnty: acledIdOf(event.id) || event.id,
    event_date: event.date,
    year: Number(event.date.slice(0, 4)),
    time_precision: event.timePrecision,
    disorder_type: disorder,
    event_type: event.eventType,
    sub_event_type: event.subEventType,
    actor1: event.actor1?.canonical ?? null,
    assoc_actor_1: null,
    inter1: event.actor1?.inter ?? null,
    actor2: event.actor2?.canonical ?? null,
    assoc_actor_2: null,
    inter2: event.actor2?.inter ?? null,
    interaction: interactionCode(event.actor1, event.actor2),
    civilian_targeting: civilianTargetingOf(disorder, event.actor2),
    iso: country?.iso ?? null,
    region: country?.region ?? null,
    country: country?.name ?? null,
    admin1: location?.admin1 ?? null,
    admin2: null,
    admin3: null,
    location: location?.name ?? null,
    latitude: location?.lat ?? null,
    longitude: location?.lon ?? null,
    geo_precision: location?.geoPrecision ?? null,
    source: event.source,
    source_scale: null,
    notes: event.notes,
    fatalities: event.fatalities,
    tags: null,
    timestamp: Math.floor(Date.parse(event.updatedAt) / 1000),
    source_url: event.sourceUrl,
    evidence_quote: event.evidence.text,
    confidence: event.confidence,
    status: event.status,
    event_uid: event.id,
    article_id: event.articleId,
    country_code: location?.country ?? null,
    evidence_start: event.evidence.start,
    evidence_end: event.evidence.end,
    evidence_selector_exact: selector?.exact ?? null,
    evidence_selector_prefix: selector?.prefix ?? null,
    evidence_selector_suffix: selector?.suffix ?? null,
    created_at: event.createdAt,
    updated_at: event.updatedAt,
    article_title: article?.title ?? null,
    article_published_at: article?.publishedAt ?? null,
  };
}

/** Events imported from an ACLED file keep ACLED's id inside ours: `acled:<event_id_cnty>`. */
export const ACLED_ID_PREFIX = 'acled:';

export function acledIdOf(eventId: string): string | undefined {
  return eventId.startsWith(ACLED_ID_PREFIX) ? eventId.slice(ACLED_ID_PREFIX.length) : undefined;
}

/** Each event's article, looked up once per export. */
export function articleIndex(
  articles: readonly ExportArticle[],
): (event: ConflictEvent) => ExportArticle | undefined {
  const byId = new Map(articles.map((a) => [a.id, a]));
  return (event) => byId.get(event.articleId);
}
