import { describe, expect, it } from 'vitest';
import enActors from '@/lib/data/lexicon/en/actors.json';
import enDates from '@/lib/data/lexicon/en/dates.json';
import enEvents from '@/lib/data/lexicon/en/events.json';
import enNumbers from '@/lib/data/lexicon/en/numbers.json';
import enPlaces from '@/lib/data/lexicon/en/places.json';
import { createExtractor } from '@/lib/extraction/extract';
import { lexiconFor, SHIPPED_LEXICONS } from '@/lib/extraction/lexicon/lexicon';
import { realGazetteer } from '../support/extractor';

/**
 * A second language is a second lexicon folder: here a tiny made-up French one, which borrows the
 * English lists it does not need and replaces the ones this report reads: calendar names, the
 * place-type words before a name ("le village de X"), the sentence stops' abbreviations and the
 * event cues. No finder changes.
 */
const tinyFrench = {
  text: {
    months: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
    weekdays: ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'],
    abbreviations: ['m', 'mme', 'gal'],
  },
  places: { ...enPlaces, typeBeforeOf: { village: 'village', ville: 'town' }, typeOfLinks: ['de', 'du'] },
  actors: enActors,
  numbers: enNumbers,
  dates: enDates,
  events: {
    ...enEvents,
    cues: [
      {
        eventType: 'Explosions/Remote violence',
        subEventType: 'Air/drone strike',
        priority: 70,
        phrases: ['bombardé', 'frappe aérienne', 'frappes aériennes'],
      },
    ],
    hypothetical: ['va', 'pourrait'],
    background: ['depuis {year}'],
  },
}; // prettier-ignore

const text = 'À Idlib, des avions ont bombardé le village de Qashbarit.';

describe('a second language', () => {
  const extractor = createExtractor({
    gazetteer: realGazetteer(),
    lexicons: { ...SHIPPED_LEXICONS, fr: tinyFrench },
  });

  it('is read with its own lexicon folder: its place words and event cues, with no change to a finder', () => {
    const { mentions, events } = extractor.extract({
      title: '',
      text,
      publishedAt: '2024-05-10',
      lang: 'fr-FR',
    });
    const village = mentions.find((m) => m.text === 'Qashbarit');
    expect(village).toMatchObject({
      kind: 'place',
      place: { name: 'Qashbarit', level: 'village', country: 'SY' },
      by: { pass: 'places/unknown-by-context' },
    });
    expect(events.map((e) => [e.subEventType, e.location?.name, e.location?.country])).toContainEqual([
      'Air/drone strike',
      'Qashbarit',
      'SY',
    ]);
  });

  it('is not read with the English lexicon, which knows neither the place words nor the cue', () => {
    const { mentions, events } = extractor.extract({
      title: '',
      text,
      publishedAt: '2024-05-10',
      lang: 'en',
    });
    expect(mentions.some((m) => m.text === 'Qashbarit')).toBe(false);
    expect(events).toEqual([]);
  });

  it('refuses a lexicon folder that misses a list, naming it', () => {
    const broken = { ...tinyFrench, events: { ...tinyFrench.events, hypothetical: undefined } };
    expect(() => lexiconFor('xx', { xx: broken })).toThrow(/xx lexicon is invalid[\s\S]*hypothetical/);
  });
});
