import type { EventLocation, GeoPrecision } from '@/lib/schema';

/** A location as the editor's fields hold it: text, checked only when saved. */
export interface PlaceDraft {
  name: string;
  /** ISO 3166-1 alpha-2 code, '' when unknown. */
  country: string;
  admin1: string;
  admin2: string;
  admin3: string;
  lat: string;
  lon: string;
  geoPrecision: GeoPrecision;
}

export function placeDraftOf(location: EventLocation | null): PlaceDraft {
  return {
    name: location?.name ?? '',
    country: location?.country ?? '',
    admin1: location?.admin1 ?? '',
    admin2: location?.admin2 ?? '',
    admin3: location?.admin3 ?? '',
    lat: location?.lat === null || location?.lat === undefined ? '' : String(location.lat),
    lon: location?.lon === null || location?.lon === undefined ? '' : String(location.lon),
    geoPrecision: location?.geoPrecision ?? 1,
  };
}

/** Coordinates to ACLED's four decimals (about 10 m): a map click is no more precise than that. */
export const roundCoordinate = (value: number) => Math.round(value * 10_000) / 10_000;

/** A typed decimal (a comma as the decimal mark too); null when empty, NaN when not a number. */
const decimalOf = (text: string) => (text.trim() === '' ? null : Number(text.trim().replace(',', '.')));

/** A latitude or longitude field's value when it holds one, else null (for the map's pin). */
export function coordinateOf(text: string, limit: 90 | 180): number | null {
  const value = decimalOf(text);
  return value !== null && Number.isFinite(value) && Math.abs(value) <= limit ? value : null;
}

function coordinate(text: string, limit: 90 | 180, what: string): number | null | string {
  const value = decimalOf(text);
  if (value === null) return null;
  if (coordinateOf(text, limit) === null) {
    return `The ${what} must be a number from -${limit} to ${limit} (decimal degrees), or empty.`;
  }
  return value;
}

/**
 * The location the fields say, or a plain sentence saying why they do not make one. No name, no
 * location; coordinates come both or neither.
 */
export function locationOfDraft(draft: PlaceDraft): EventLocation | null | { problem: string } {
  const name = draft.name.trim();
  if (!name) return null;
  const lat = coordinate(draft.lat, 90, 'latitude');
  const lon = coordinate(draft.lon, 180, 'longitude');
  if (typeof lat === 'string') return { problem: lat };
  if (typeof lon === 'string') return { problem: lon };
  if ((lat === null) !== (lon === null)) {
    return { problem: 'Give both latitude and longitude, or neither.' };
  }
  const text = (value: string) => value.trim() || null;
  return {
    name,
    country: text(draft.country),
    admin1: text(draft.admin1),
    admin2: text(draft.admin2),
    admin3: text(draft.admin3),
    lat,
    lon,
    geoPrecision: draft.geoPrecision,
  };
}
