import type { ConflictEvent } from '../schema';
import type { ExportRecord } from './columns';
import { articleIndex, exportRecordOf, type ExportArticle } from './export-record';

export interface EventFeature {
  type: 'Feature';
  id: string;
  geometry: { type: 'Point'; coordinates: [number, number] };
  properties: ExportRecord;
}

export interface EventFeatureCollection {
  type: 'FeatureCollection';
  features: EventFeature[];
}

export interface GeoJsonExport {
  collection: EventFeatureCollection;
  /** Events left out because their place has no coordinates (or they have no place). */
  withoutCoordinates: number;
}

/**
 * The events that have coordinates as a GeoJSON FeatureCollection (RFC 7946): one Point per
 * event, at [longitude, latitude] in WGS 84, its properties the CSV's columns (ACLED's, then
 * provenance, then ours), empty values as null.
 */
export function exportGeoJson(
  events: readonly ConflictEvent[],
  articles: readonly ExportArticle[],
): GeoJsonExport {
  const articleOf = articleIndex(articles);
  const features: EventFeature[] = [];
  for (const event of events) {
    const lat = event.location?.lat;
    const lon = event.location?.lon;
    if (lat === null || lat === undefined || lon === null || lon === undefined) continue;
    features.push({
      type: 'Feature',
      id: event.id,
      // RFC 7946 §3.1.1: longitude first.
      geometry: { type: 'Point', coordinates: [lon, lat] },
      properties: exportRecordOf(event, articleOf(event)),
    });
  }
  return {
    collection: { type: 'FeatureCollection', features },
    withoutCoordinates: events.length - features.length,
  };
}

/** The collection as text, for a `.geojson` file (media type application/geo+json). */
export function geoJsonText(collection: EventFeatureCollection): string {
  return JSON.stringify(collection);
}
