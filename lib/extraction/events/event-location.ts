import type { EventLocation, GeoPrecision, Place } from '../../schema';

/** Place levels too large to locate an event precisely: ACLED codes them at geo_precision 3. */
export const COARSE_LEVELS: ReadonlySet<Place['level']> = new Set(['country', 'admin1', 'admin2', 'region']);

/**
 * An event's location from a geocoded place, with ACLED's geo_precision: 1 the town itself,
 * 2 a place near or inside it (`inherited`, or a place the gazetteer lacks located at its
 * parent), 3 only the region or country is known.
 */
export function eventLocationOf(place: Place, inherited = false): EventLocation {
  const geoPrecision: GeoPrecision = COARSE_LEVELS.has(place.level)
    ? 3
    : inherited || place.approximate === true
      ? 2
      : 1;
  const { name, country, admin1, lat, lon } = place;
  return { name, country, admin1, lat, lon, geoPrecision };
}
