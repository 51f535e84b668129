import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EXPORT_COLUMNS, exportGeoJson, geoJsonText } from '@/lib/exchange';
import type { ConflictEvent } from '@/lib/schema';
import { event, uniqueById } from './arbitraries';

const sample = fc.sample(event, { numRuns: 1, seed: 7 })[0];
if (!sample) throw new Error('expected a sample event');
const at = (id: string, location: ConflictEvent['location']): ConflictEvent => ({ ...sample, id, location });
const place = { name: 'Kupiansk', country: 'UA', admin1: 'Kharkiv', geoPrecision: 1 as const };

describe('GeoJSON export', () => {
  it('puts each located event at [longitude, latitude] with the CSV columns as properties', () => {
    const { collection, withoutCoordinates } = exportGeoJson(
      [at('e-1', { ...place, lat: 49.71, lon: 37.61 })],
      [],
    );
    expect(withoutCoordinates).toBe(0);
    expect(collection.type).toBe('FeatureCollection');
    const [feature] = collection.features;
    expect(feature?.type).toBe('Feature');
    expect(feature?.id).toBe('e-1');
    expect(feature?.geometry).toEqual({ type: 'Point', coordinates: [37.61, 49.71] });
    expect(Object.keys(feature?.properties ?? {})).toEqual([...EXPORT_COLUMNS]);
    expect(feature?.properties).toMatchObject({
      event_uid: 'e-1',
      latitude: 49.71,
      longitude: 37.61,
      country: 'Ukraine',
      iso: 804,
    });
  });

  it('leaves out and counts events without coordinates', () => {
    const events = [
      at('e-1', { ...place, lat: -34.6, lon: -58.4 }),
      at('e-2', null),
      at('e-3', { ...place, lat: null, lon: 37.6 }),
      at('e-4', { ...place, lat: 49.7, lon: null }),
      at('e-5', { ...place, lat: 0, lon: 0 }),
    ];
    const { collection, withoutCoordinates } = exportGeoJson(events, []);
    expect(collection.features.map((f) => f.id)).toEqual(['e-1', 'e-5']);
    expect(collection.features[0]?.geometry.coordinates).toEqual([-58.4, -34.6]);
    expect(withoutCoordinates).toBe(3);
    // The file itself names what it leaves out, and why.
    expect(collection.left_out).toEqual([
      expect.objectContaining({ event_uid: 'e-2', location: null, reason: 'the event has no place' }),
      expect.objectContaining({
        event_uid: 'e-3',
        location: 'Kupiansk',
        reason: 'the place has no coordinates',
      }),
      expect.objectContaining({ event_uid: 'e-4', reason: 'the place has no coordinates' }),
    ]);
  });

  it('every feature lies within WGS 84 bounds, longitude first (property)', () => {
    fc.assert(
      fc.property(uniqueById(event), (events) => {
        const { collection, withoutCoordinates } = exportGeoJson(events, []);
        const parsed = JSON.parse(geoJsonText(collection)) as typeof collection;
        expect(parsed.features.length + withoutCoordinates).toBe(events.length);
        for (const feature of parsed.features) {
          const source = events.find((e) => e.id === feature.id);
          expect(feature.geometry.coordinates).toEqual([source?.location?.lon, source?.location?.lat]);
          const [lon, lat] = feature.geometry.coordinates;
          expect(Math.abs(lon)).toBeLessThanOrEqual(180);
          expect(Math.abs(lat)).toBeLessThanOrEqual(90);
        }
      }),
      { numRuns: 100 },
    );
  });
});
