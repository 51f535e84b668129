import { describe, expect, it } from 'vitest';
import {
  coordinateOf,
  locationOfDraft,
  placeDraftOf,
  roundCoordinate,
} from '@/components/editor/place-draft';

const draft = placeDraftOf({
  name: 'Lashio',
  country: 'MM',
  admin1: 'Shan-North',
  lat: 22.9333,
  lon: 97.75,
  geoPrecision: 1,
});

describe('the editor’s place fields', () => {
  it('give back the location they were filled from, with every ACLED level', () => {
    expect(locationOfDraft({ ...draft, admin2: 'Lashio', admin3: ' ' })).toEqual({
      name: 'Lashio',
      country: 'MM',
      admin1: 'Shan-North',
      admin2: 'Lashio',
      admin3: null,
      lat: 22.9333,
      lon: 97.75,
      geoPrecision: 1,
    });
  });

  it('say in words what is wrong with the coordinates', () => {
    expect(locationOfDraft({ ...draft, lat: '95' })).toEqual({
      problem: 'The latitude must be a number from -90 to 90 (decimal degrees), or empty.',
    });
    expect(locationOfDraft({ ...draft, lon: 'east' })).toMatchObject({ problem: /longitude/ });
    expect(locationOfDraft({ ...draft, lon: '' })).toEqual({
      problem: 'Give both latitude and longitude, or neither.',
    });
    expect(locationOfDraft({ ...draft, lat: '22,5', lon: '97,1' })).toMatchObject({ lat: 22.5, lon: 97.1 });
  });

  it('give the map a point only for coordinates it can show (never NaN while typing)', () => {
    expect(coordinateOf('22,5', 90)).toBe(22.5);
    expect(coordinateOf('abc', 90)).toBeNull();
    expect(coordinateOf('95', 90)).toBeNull();
    expect(coordinateOf('-', 180)).toBeNull();
    expect(coordinateOf(' ', 180)).toBeNull();
  });

  it('make no location without a name, and round a map click to four decimals', () => {
    expect(locationOfDraft({ ...draft, name: '  ' })).toBeNull();
    expect(roundCoordinate(22.123456789)).toBe(22.1235);
  });
});
