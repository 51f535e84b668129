import { describe, expect, it } from 'vitest';
import { applyCorrections } from '@/lib/extraction/corrections/apply-corrections';
import { buildUserDictionary } from '@/lib/extraction/corrections/user-dictionary';
import { buildDoc } from '@/lib/extraction/doc/doc';
import type { Actor, Correction, Mention, Place, Quantity } from '@/lib/schema';

const T = '2024-06-01T00:00:00.000Z';
/** The reason a mention made from the user's correction carries. */
const yours = (kind: 'place' | 'actor' | 'number') => ({
  pass: 'corrections/user-dictionary',
  rule: `your ${kind}`,
});
const LATER = '2024-06-02T00:00:00.000Z';
const text = 'Fighters of the Northern Shield entered Tal Hamra after shelling Tal Hamra village.';
const doc = buildDoc({ text, publishedAt: null });
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
  applyCorrections(doc, automatic, buildUserDictionary(corrections));

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
    expect(result.filter((m) => m.kind === 'place').map((m) => m.by?.rule)).toEqual([
      'your geocode of this name',
      'your geocode of this name',
    ]);
  });

  it('adds an actor alias the extractor did not know', () => {
    const actor = { canonical: 'Northern Shield Brigade', inter: 2 as const };
    const result = apply([
      { action: 'add-actor-alias', id: 'c2', surface: 'Northern Shield', actor, createdAt: T, updatedAt: T },
    ]);
    expect(result).toContainEqual({ kind: 'actor', ...at('Northern Shield'), actor, by: yours('actor') });
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

describe('a number the user taught', () => {
  const numberText = 'Scores of fighters attacked the dam; a handful of them were killed.';
  const numberDoc = buildDoc({ text: numberText, publishedAt: null });
  const where = (surface: string) => {
    const start = numberText.indexOf(surface);
    return { start, end: start + surface.length, text: surface };
  };
  const scores: Quantity = {
    value: null,
    low: 40,
    high: null,
    vague: true,
    category: 'count',
    of: 'fighters',
  };
  const fighters: Actor = { canonical: 'Unidentified Armed Group', inter: 3 };
  const found: Mention[] = [
    { kind: 'number', ...where('Scores'), number: scores },
    { kind: 'actor', ...where('fighters'), actor: fighters },
  ];
  const handful: Quantity = { value: null, low: 3, high: 5, vague: true, category: 'killed', of: null };
  const taught = (surface: string, number: Quantity, at = T): Correction => ({
    action: 'add-number-alias',
    id: `n-${surface}-${at}`,
    surface,
    number,
    createdAt: at,
    updatedAt: at,
  });
  const notANumber = (surface: string, at = T): Correction => ({
    action: 'not-entity',
    id: `x-${surface}-${at}`,
    surface,
    entityKind: 'number',
    createdAt: at,
    updatedAt: at,
  });
  const applyTo = (corrections: Correction[]) =>
    applyCorrections(numberDoc, found, buildUserDictionary(corrections));
  const numbers = (mentions: Mention[]) => mentions.filter((m) => m.kind === 'number');

  it('becomes a number mention over its words, with the quantity the user gave', () => {
    const result = applyTo([taught('A Handful', handful)]);
    expect(result).toContainEqual({
      kind: 'number',
      ...where('a handful'),
      number: handful,
      by: yours('number'),
    });
    expect(result.slice(0, 2)).toEqual(found);
  });

  it('replaces the automatic number it overlaps, and leaves the actor counted in it', () => {
    const many: Quantity = { value: null, low: 40, high: 100, vague: true, category: 'count', of: null };
    const result = applyTo([taught('scores of fighters', many)]);
    expect(numbers(result)).toEqual([
      { kind: 'number', ...where('Scores of fighters'), number: many, by: yours('number') },
    ]);
    expect(result).toContainEqual(found[1]);
  });

  it('is forgotten when the user later says the words are not a number', () => {
    const result = applyTo([taught('a handful', handful), notANumber('a handful', LATER)]);
    expect(numbers(result).map((m) => m.text)).toEqual(['Scores']);
  });

  it('lifts an earlier “not a number” for the same words', () => {
    const exact: Quantity = { value: 40, low: 40, high: 40, vague: false, category: 'count', of: null };
    const corrections = [notANumber('Scores'), taught('scores', exact, LATER)];
    expect(buildUserDictionary(corrections).rejected.get('scores')?.has('number')).toBe(false);
    expect(numbers(applyTo(corrections))).toEqual([
      { kind: 'number', ...where('Scores'), number: exact, by: yours('number') },
    ]);
    // In the other order the rejection is the later word: no number is left there.
    expect(numbers(applyTo([taught('scores', exact), notANumber('Scores', LATER)]))).toEqual([]);
  });

  it('does not change that an actor alias over a number’s words leaves the number', () => {
    const brigade: Actor = { canonical: 'Scores Brigade', inter: 2 };
    const result = applyTo([
      { action: 'add-actor-alias', id: 'a1', surface: 'Scores', actor: brigade, createdAt: T, updatedAt: T },
    ]);
    expect(numbers(result)).toEqual([found[0]]);
  });
});
