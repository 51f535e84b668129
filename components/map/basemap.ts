import type { FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countries110m from 'world-atlas/countries-110m.json';
import { OSM_TILE_ORIGIN } from './tile-origin';

const topology = countries110m as unknown as Topology<{ countries: GeometryCollection }>;

/** Natural Earth 1:110m country outlines, bundled: maps draw with the network off. */
export const BASEMAP = feature(topology, topology.objects.countries) as FeatureCollection<Geometry>;

/** OpenStreetMap's tiles, drawn only when the user turned them on (they come from the network). */
export const OSM_TILES = `${OSM_TILE_ORIGIN}/{z}/{x}/{y}.png`;

/** A country's outline by its ISO 3166-1 numeric code (Natural Earth's ids, three digits). */
export function countryOutline(isoNumeric: number) {
  const id = String(isoNumeric).padStart(3, '0');
  return BASEMAP.features.find((f) => String(f.id) === id);
}
