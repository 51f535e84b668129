import type { ConflictEvent } from '../schema';
import type { ExportRecord } from './columns';
import { articleIndex, exportRecordOf, type ExportArticle } from './export-record';

export interface EventFeature {
  type: 'Feature';
  id: string;
  geometry: { type: 'Point'; coordinates: [number, number] };
  properties: ExportRecord;
}

/** An event a GeoJSON file could not place, named so that the reader of the file can find it. */
export interface LeftOutEvent {
  event_uid: string;
  event_id_cnty: ExportRecord['event_id_cnty'];
  event_date: string;
  location: string | null;
  reason: string;
}

export interface EventFeatureCollection {
  type: 'FeatureCollection';
  features: EventFeature[];
  /**
   * The events left out for want of coordinates: a foreign member (RFC 7946 §6.1), which GIS tools
   * ignore, so the file itself says what it does not show instead of dropping events silently.
   */
  left_out: LeftOutEvent[];
}

export interface GeoJsonExport {
  collection: EventFeatureCollection;
  /** Events left out because their place has no coordinates (or they have no place). */
  withoutCoordinates: number;
}

/**
 * The events that have coordinates as a GeoJSON FeatureCollection (RFC 7946): one Point per
 * event, at [longitude, latitude] in WGS 84, its properties the CSV's columns (ACLED's, then
 * provenance, then ours), empty values as null; the others listed in `left_out`.
 */
export function exportGeoJson(
  events: readonly ConflictEvent[],
  articles: readonly ExportArticle[],
): GeoJsonExport {
  const articleOf = articleIndex(articles);
  const features: EventFeature[] = [];
  const leftOut: LeftOutEvent[] = [];
  for (const event of events) {
    const properties = exportRecordOf(event, articleOf(event));
    const lat = event.location?.lat;
    const lon = event.location?.lon;
    if (lat === null || lat === undefined || lon === null || lon === undefined) {
      leftOut.push({
        event_uid: event.id,
        event_id_cnty: properties.event_id_cnty,
        event_date: event.date,
        location: event.location?.name ?? null,
        reason: event.location ? 'the place has no coordinates' : 'the event has no place',
      });
      continue;
    }
    features.push({
      type: 'Feature',
      id: event.id,
      // RFC 7946 §3.1.1: longitude first.
      geometry: { type: 'Point', coordinates: [lon, lat] },
      properties,
    });
  }
  return {
    collection: { type: 'FeatureCollection', features, left_out: leftOut },
    withoutCoordinates: leftOut.length,
  };
}

/** The collection as text, for a `.geojson` file (media type application/geo+json). */
export function geoJsonText(collection: EventFeatureCollection): string {
  return JSON.stringify(collection);
}
