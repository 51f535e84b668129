import { describe, expect, it } from 'vitest';
import { loadActorDictionary } from '@/lib/extraction/actors/dictionary';
import { suggestActors } from '@/lib/extraction/actors/suggest-actors';
import { suggestPlaces } from '@/lib/extraction/places/suggest-places';
import { realGazetteer } from './support/extractor';

describe('place suggestions for the event editor', () => {
  it('offers places starting with what was typed, each with coordinates', () => {
    const places = suggestPlaces(realGazetteer(), 'Alep');
    expect(places.length).toBeGreaterThan(0);
    expect(places[0]).toMatchObject({ name: 'Aleppo', country: 'SY' });
    for (const place of places) {
      expect(place.lat).not.toBeNull();
      expect(place.lon).not.toBeNull();
    }
  });

  it('puts an exact name first, and the event’s country before others', () => {
    const [first] = suggestPlaces(realGazetteer(), 'Kharkiv');
    expect(first).toMatchObject({ name: 'Kharkiv', country: 'UA' });
    const inSudan = suggestPlaces(realGazetteer(), 'El Fasher', { country: 'SD' });
    expect(inSudan[0]?.country).toBe('SD');
  });

  it('ignores spelling details the way extraction does, and stays short', () => {
    const places = suggestPlaces(realGazetteer(), 'deir ez-zor', { limit: 3 });
    expect(places.length).toBeLessThanOrEqual(3);
    expect(places.some((p) => p.country === 'SY')).toBe(true);
    expect(suggestPlaces(realGazetteer(), 'a')).toEqual([]);
    expect(suggestPlaces(realGazetteer(), 'zzqxw')).toEqual([]);
  });
});

describe('actor suggestions for the event editor', () => {
  const dict = loadActorDictionary();
  const context = { focusCountry: 'SY', publishedAt: '2016-12-09' };

  it('finds canonical names from any word, with their ACLED actor type', () => {
    const actors = suggestActors(dict, 'tahrir', context);
    expect(actors.map((a) => a.canonical)).toContain('Hayat Tahrir al-Sham');
    const hts = actors.find((a) => a.canonical === 'Hayat Tahrir al-Sham');
    expect(hts?.inter).toBe(2);
  });

  it('names state forces for the event’s era', () => {
    const names = suggestActors(dict, 'Military Forces of Syria', context).map((a) => a.canonical);
    expect(names[0]).toMatch(/^Military Forces of Syria \(2000-2024\)$/);
    const later = suggestActors(dict, 'Military Forces of Syria', { ...context, publishedAt: '2025-03-01' });
    expect(later[0]?.canonical).not.toBe(names[0]);
  });

  it('puts the event’s country first also where the dictionary names its civilians itself', () => {
    const ukraine = { focusCountry: 'UA', publishedAt: '2025-03-01' };
    expect(suggestActors(dict, 'Civilians', ukraine)[0]).toEqual({
      canonical: 'Civilians (Ukraine)',
      inter: 7,
    });
  });

  it('offers every country’s generic actors, the event’s country first, with their types', () => {
    const bolivia = { focusCountry: 'BO', publishedAt: '2025-03-01' };
    const civilians = suggestActors(dict, 'Civilians', bolivia);
    expect(civilians[0]).toEqual({ canonical: 'Civilians (Bolivia)', inter: 7 });
    expect(civilians.length).toBeGreaterThan(1);
    expect(suggestActors(dict, 'Protesters (Bol', bolivia)).toEqual([
      { canonical: 'Protesters (Bolivia)', inter: 6 },
    ]);
    expect(suggestActors(dict, 'Rioters (Nepal', bolivia)).toEqual([
      { canonical: 'Rioters (Nepal)', inter: 5 },
    ]);
    expect(suggestActors(dict, 'Unidentified Armed Group (Peru', bolivia)).toEqual([
      { canonical: 'Unidentified Armed Group (Peru)', inter: 3 },
    ]);
    // State forces of a country the dictionary has no era for: the name, at home type 1, abroad 8.
    expect(suggestActors(dict, 'Police Forces of Bolivia', bolivia)[0]).toEqual({
      canonical: 'Police Forces of Bolivia',
      inter: 1,
    });
    expect(suggestActors(dict, 'Military Forces of Paraguay', bolivia)[0]).toEqual({
      canonical: 'Military Forces of Paraguay',
      inter: 8,
    });
  });

  it('prefers names that start with the query and caps the list', () => {
    const actors = suggestActors(dict, 'ra', context, 5);
    expect(actors.length).toBeLessThanOrEqual(5);
    expect(suggestActors(dict, 'r', context)).toEqual([]);
  });
});
