import { describe, expect, it } from 'vitest';
import placesJson from '@/lib/data/lexicon/en/places.json';
import { buildDoc } from '@/lib/extraction/doc/doc';
import { DEFAULT_LANGUAGE, lexiconFor } from '@/lib/extraction/lexicon/lexicon';
import { findPlaces, PLACE_PASSES } from '@/lib/extraction/places';
import { PlaceLexiconSchema } from '@/lib/extraction/places/lexicon-schema';
import { placeWords } from '@/lib/extraction/places/place-words';
import { placeWork } from '@/lib/extraction/places/work';
import { fixtureGazetteer } from './fixture';

function reasonOf(text: string, surface: string): { pass: string; rule: string } | undefined {
  return findPlaces(buildDoc({ text, publishedAt: null }), fixtureGazetteer()).find((m) => m.text === surface)
    ?.by;
}

describe('the places passes', () => {
  it('run in order, each named after the finder', () => {
    expect(PLACE_PASSES.map((p) => p.name)).toEqual([
      'places/scan-names',
      'places/plausibility',
      'places/focus-countries',
      'places/disambiguate',
      'places/context-typing',
      'places/skeleton-names',
      'places/unknown-by-context',
      'places/stray-namesakes',
      'places/repeated-names',
      'places/locate-unknowns',
    ]);
  });

  it('give every place the pass and rule that found it', () => {
    expect(reasonOf('Shelling resumed in Syria.', 'Syria')).toEqual({
      pass: 'places/scan-names',
      rule: 'gazetteer name',
    });
    expect(reasonOf('Clashes spread across Aleppo Province in Syria.', 'Aleppo Province')).toEqual({
      pass: 'places/context-typing',
      rule: 'province word after',
    });
    expect(reasonOf('Warplanes struck Dayr Azour in eastern Syria.', 'Dayr Azour')?.pass).toBe(
      'places/skeleton-names',
    );
    expect(reasonOf('Rebels seized the town of Kafr Nabudah, north of Homs.', 'Kafr Nabudah')).toEqual({
      pass: 'places/unknown-by-context',
      rule: 'the town of X',
    });
    expect(reasonOf('In Syria, jets struck al-Marj, east of Damascus.', 'al-Marj')?.pass).toBe(
      'places/stray-namesakes',
    );
  });

  it('make a name the context made a place that place wherever the article repeats it', () => {
    const text = 'Rebels seized the village of Wolosso. Fighting in Wolosso went on; wolosso is no name.';
    const doc = buildDoc({ text, publishedAt: null });
    const places = findPlaces(doc, fixtureGazetteer()).map((m) => [m.text, m.by?.pass]);
    expect(places).toEqual([
      ['Wolosso', 'places/unknown-by-context'],
      ['Wolosso', 'places/repeated-names'],
    ]);
  });
});

describe('places/focus-countries', () => {
  it('writes the ranked countries of the article to the Doc', () => {
    const doc = buildDoc({ text: 'Syrian shelling hit Homs and Damascus near Lebanon.', publishedAt: null });
    findPlaces(doc, fixtureGazetteer());
    expect(doc.focusCountries[0]).toBe('SY');
    expect(doc.focusCountries).toContain('LB');
  });

  it('puts the caller’s focus country first', () => {
    const doc = buildDoc({ text: 'Syrian shelling hit Homs and Damascus.', publishedAt: null });
    findPlaces(doc, fixtureGazetteer(), { focusCountry: 'LB' });
    expect(doc.focusCountries.slice(0, 2)).toEqual(['LB', 'SY']);
  });
});

describe('sentence starts', () => {
  it('are the first tokens of the Doc’s sentences and the words after an opening quote or bracket', () => {
    const text = "Troops of Gen. Salim Idris entered Homs. Residents said: Homs 'Free' (Syria) held.";
    const doc = buildDoc({ text, publishedAt: null });
    const work = placeWork(doc, fixtureGazetteer(), {});
    const starts = doc.tokens
      .filter((t, i) => t.isWord && work.sentenceStart[i])
      .map((t) => text.slice(t.start, t.end));
    // No sentence ends at an abbreviation, and a colon starts none.
    expect(starts).toEqual(['Troops', 'Residents', 'Free', 'Syria']);
  });
});

describe('the places lexicon', () => {
  it('is valid as shipped, and refuses a word in capitals', () => {
    expect(PlaceLexiconSchema.safeParse(placesJson).success).toBe(true);
    const bad = { ...placesJson, locatives: [...placesJson.locatives, 'Near'] };
    expect(PlaceLexiconSchema.safeParse(bad).success).toBe(false);
  });

  it('takes the names that are no places from the actor dictionary and the lexicon', () => {
    const { notPlaceNames } = placeWords(lexiconFor(DEFAULT_LANGUAGE).places);
    // "al-Qaeda", "al-Shabaab": an article and one word in the actor dictionary.
    for (const word of ['qaeda', 'shabaab', 'nusra']) expect(notPlaceNames.has(word)).toBe(true);
    // General words of the lexicon.
    for (const word of ['quds', 'islam']) expect(notPlaceNames.has(word)).toBe(true);
    // "US military": capitals are no article.
    expect(notPlaceNames.has('military')).toBe(false);
  });
});
