import { describe, expect, it } from 'vitest';
import { applyCorrections } from '@/lib/extraction/corrections/apply-corrections';
import { buildUserDictionary } from '@/lib/extraction/corrections/user-dictionary';
import { tokenize } from '@/lib/extraction/text/tokenize';
import type { Correction, Mention, Place } from '@/lib/schema';

const T = '2024-06-01T00:00:00.000Z';
const LATER = '2024-06-02T00:00:00.000Z';
const text = 'Fighters of the Northern Shield entered Tal Hamra after shelling Tal Hamra village.';
const tokens = tokenize(text);
const wrongPlace: Place = {
  name: 'Tall Hamrah',
  country: 'SY',
  admin1: 'Aleppo',
  lat: 36.1,
  lon: 37.1,
  level: 'village',
};
const rightPlace: Place = {
  name: 'Tal Hamra',
  country: 'SY',
  admin1: 'Raqqa',
  lat: 36.45,
  lon: 39.2,
  level: 'village',
};

const at = (surface: string, from = 0) => {
  const start = text.indexOf(surface, from);
  return { start, end: start + surface.length, text: surface };
};
const automatic: Mention[] = [
  { kind: 'place', ...at('Tal Hamra'), place: wrongPlace },
  { kind: 'place', ...at('Tal Hamra', 50), place: wrongPlace },
  { kind: 'actor', ...at('Fighters'), actor: { canonical: 'Unidentified Armed Group (Syria)', inter: 3 } },
];

const apply = (corrections: Correction[]) =>
  applyCorrections(text, tokens, automatic, buildUserDictionary(corrections));

describe('applying the user’s corrections', () => {
  it('changes nothing without corrections', () => {
    expect(apply([])).toEqual(automatic);
  });

  it('re-geocodes every mention of a name the user placed', () => {
    const result = apply([
      {
        action: 'set-geocode',
        id: 'c1',
        surface: 'tal hamra',
        place: rightPlace,
        createdAt: T,
        updatedAt: T,
      },
    ]);
    expect(result.filter((m) => m.kind === 'place').map((m) => m.kind === 'place' && m.place)).toEqual([
      rightPlace,
      rightPlace,
    ]);
  });

  it('adds an actor alias the extractor did not know', () => {
    const actor = { canonical: 'Northern Shield Brigade', inter: 2 as const };
    const result = apply([
      { action: 'add-actor-alias', id: 'c2', surface: 'Northern Shield', actor, createdAt: T, updatedAt: T },
    ]);
    expect(result).toContainEqual({ kind: 'actor', ...at('Northern Shield'), actor });
  });

  it('drops what the user said is not an entity, of that kind only', () => {
    const result = apply([
      {
        action: 'not-entity',
        id: 'c3',
        surface: 'Fighters',
        entityKind: 'actor',
        createdAt: T,
        updatedAt: T,
      },
    ]);
    expect(result.map((m) => m.text)).toEqual(['Tal Hamra', 'Tal Hamra']);
  });

  it('lets a later correction undo an earlier alias', () => {
    const actor = { canonical: 'Northern Shield Brigade', inter: 2 as const };
    const result = apply([
      { action: 'add-actor-alias', id: 'c4', surface: 'Northern Shield', actor, createdAt: T, updatedAt: T },
      {
        action: 'remove-alias',
        id: 'c5',
        surface: 'northern shield',
        entityKind: 'actor',
        createdAt: LATER,
        updatedAt: LATER,
      },
    ]);
    expect(result.some((m) => m.text === 'Northern Shield')).toBe(false);
  });

  it('replaces an automatic place with the user’s alias over the same words', () => {
    const result = apply([
      {
        action: 'add-place-alias',
        id: 'c6',
        surface: 'Tal Hamra village',
        place: rightPlace,
        createdAt: T,
        updatedAt: T,
      },
    ]);
    const places = result.filter((m) => m.kind === 'place');
    expect(places.map((m) => m.text)).toEqual(['Tal Hamra', 'Tal Hamra village']);
    expect(places[1]).toMatchObject({ place: rightPlace });
  });
});
