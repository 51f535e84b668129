import { describe, expect, it } from 'vitest';
import { findPlaces, type PlaceMention } from '@/lib/extraction/places/find-places';
import { buildDoc } from '@/lib/extraction/doc/doc';
import { MentionSchema } from '@/lib/schema/mention';
import { fixtureGazetteer } from './fixture';

function places(text: string, focusCountry?: string): PlaceMention[] {
  return findPlaces(
    buildDoc({ text, publishedAt: null }),
    fixtureGazetteer(),
    focusCountry ? { focusCountry } : {},
  );
}

function find(text: string, surface: string, focusCountry?: string): PlaceMention | undefined {
  return places(text, focusCountry).find((m) => m.text === surface);
}

describe('findPlaces: names and variants', () => {
  it('gives offsets that slice back to the surface and valid mentions', () => {
    const text = 'Shelling hit Homs and Aleppo in Syria overnight.';
    const found = places(text);
    expect(found.map((m) => m.text)).toEqual(['Homs', 'Aleppo', 'Syria']);
    for (const m of found) {
      expect(text.slice(m.start, m.end)).toBe(m.text);
      expect(MentionSchema.safeParse(m).success).toBe(true);
    }
    expect(find(text, 'Homs')?.place).toMatchObject({ country: 'SY', admin1: 'Homs', level: 'city' });
  });

  it('matches diacritics, apostrophes and transliterations', () => {
    const text = "Rebels advanced on Ḩalab while fighting continued in Dara’a, Deraa and Dara'a in Syria.";
    expect(find(text, 'Ḩalab')?.place.name).toBe('Aleppo');
    for (const s of ['Dara’a', 'Deraa', "Dara'a"])
      expect(find(text, s)?.place).toMatchObject({ name: 'Daraa', country: 'SY' });
  });

  it('matches Arabic article prefixes with or without the article', () => {
    const text = 'Government troops shelled al-Rastan and ar-Rastan, north of Homs, in Syria.';
    expect(find(text, 'al-Rastan')?.place.name).toBe('Ar Rastan');
    expect(find(text, 'ar-Rastan')?.place.name).toBe('Ar Rastan');
  });

  it('matches consonant-skeleton variants in the focus country', () => {
    const text = 'Warplanes struck Deir Ezzur and later Deir Azzour in eastern Syria.';
    expect(find(text, 'Deir Ezzur')?.place.name).toBe('Deir ez-Zor');
    expect(find(text, 'Deir Azzour')?.place.country).toBe('SY');
  });

  it('knows Palmyra and Tadmur as one place', () => {
    const text = 'Troops entered Tadmur (Palmyra) in Syria.';
    const [a, b] = [find(text, 'Tadmur'), find(text, 'Palmyra')];
    expect(a?.place.lat).toBe(b?.place.lat);
  });

  it('keeps a possessive off the place', () => {
    const text = 'Kharkiv’s mayor said the city was shelled from Russia.';
    expect(places(text)[0]).toMatchObject({ text: 'Kharkiv' });
  });
});

describe('findPlaces: names of several words', () => {
  it('reads abbreviations, English connectors and chains of connectors inside names it knows', () => {
    expect(find('A rally was held in St. Gallen.', 'St. Gallen')?.place.country).toBe('CH');
    expect(find('Dockers marched in Port of Spain.', 'Port of Spain')?.place.country).toBe('TT');
    expect(find('Traders struck in Santa Cruz de la Sierra.', 'Santa Cruz de la Sierra')?.place.country).toBe(
      'BO',
    );
  });

  it('does not join names it does not know across English words', () => {
    expect(places('Convoys left Kharkiv on Tuesday for Kupiansk of all places.').map((m) => m.text)).toEqual([
      'Kharkiv',
      'Kupiansk',
    ]);
  });

  it('reads an English word before a name as no Arabic article', () => {
    expect(find('Russian forces fired artillery at Kupiansk.', 'Kupiansk')?.place.country).toBe('UA');
  });

  it('reads an actor’s one-word name as the actor, not a village that has it as a name', () => {
    expect(places('Taliban fighters entered Kupiansk.').map((m) => m.text)).toEqual(['Kupiansk']);
  });

  it('drops a name that belongs to a treaty or an association', () => {
    expect(places('Both sides cited the Tripoli Agreement and the Kharkiv Association.')).toEqual([]);
  });
});

describe('findPlaces: admin1 versus city', () => {
  it('reads "X Province" as the region and "X city" as the city', () => {
    const text = 'Clashes spread across Aleppo Province while Aleppo city stayed calm, Syrian monitors said.';
    expect(find(text, 'Aleppo Province')?.place).toMatchObject({
      level: 'admin1',
      name: 'Aleppo Governorate',
      admin1: 'Aleppo',
    });
    expect(find(text, 'Aleppo city')?.place).toMatchObject({ level: 'city', name: 'Aleppo' });
  });

  it('defaults a bare provincial capital to the city', () => {
    expect(find('Protesters gathered in Homs in Syria.', 'Homs')?.place.level).toBe('city');
  });

  it('reads "X region" after a regional capital as its oblast', () => {
    const text = 'Russian forces shelled villages in the Kharkiv region of Ukraine.';
    expect(find(text, 'Kharkiv region')?.place).toMatchObject({ level: 'admin1', country: 'UA' });
  });

  it('turns a direction word into a region', () => {
    const text = 'The army advanced in Eastern Aleppo, Syria.';
    expect(find(text, 'Eastern Aleppo')?.place).toMatchObject({ level: 'region', name: 'Eastern Aleppo' });
  });
});

describe('findPlaces: not places', () => {
  it('does not take demonyms for places', () => {
    const text = 'Syrian army units and Russian jets struck rebel positions; Ukrainian drones hit a depot.';
    expect(places(text)).toEqual([]);
  });

  it('ignores stop-listed words that are places somewhere', () => {
    const text = 'Mobile phone networks were down. The Army said Police would patrol.';
    expect(places(text)).toEqual([]);
  });

  it('does not take a surname for a village', () => {
    const text =
      'General Salim Idris said the rebels would fight on in Syria. Idris added that talks had failed.';
    expect(places(text).map((m) => m.text)).toEqual(['Syria']);
  });

  it('ignores places inside organisation names', () => {
    const text = 'Fighters of Liwa al-Quds and the Homs Brigade deployed near Aleppo in Syria.';
    expect(places(text).map((m) => m.text)).toEqual(['Aleppo', 'Syria']);
  });
});

describe('findPlaces: disambiguation', () => {
  it('chooses Homs in Syria in a Syrian story and Al Khums in a Libyan one', () => {
    expect(find('Syrian shelling hit Homs and Damascus.', 'Homs')?.place.country).toBe('SY');
    expect(find('Libyan coastguards left Homs for Tripoli in Libya.', 'Homs')?.place.country).toBe('LY');
  });

  it('chooses Tripoli by focus country', () => {
    expect(
      find('Clashes erupted in Tripoli, Lebanon, near the Syrian border with Homs.', 'Tripoli')?.place
        .country,
    ).toBe('LB');
    expect(find('Militias fought in Tripoli, the Libyan capital.', 'Tripoli')?.place.country).toBe('LY');
  });

  it('prefers the namesake whose own name is written over one that has it as a foreign name', () => {
    expect(find('Students marched through Nis on Friday.', 'Nis')?.place.country).toBe('RS');
    expect(find('Students marched through Nice on Friday.', 'Nice')?.place.country).toBe('FR');
  });

  it('takes the namesake in the region named after it', () => {
    const text = 'About 40 people rallied in Woodstock (Vermont) and in Woodstock, Illinois.';
    const [vermont, illinois] = places(text).filter((m) => m.text === 'Woodstock');
    expect(vermont?.place.admin1).toBe('Vermont');
    expect(illinois?.place.admin1).toBe('Illinois');
  });

  it('never takes a city known abroad for a local namesake', () => {
    expect(find('Syrian refugees from Damascus protested in Nice.', 'Nice')?.place).toMatchObject({
      country: 'FR',
      level: 'city',
    });
  });

  it('sets no namesake aside when two countries tie for the article', () => {
    const text = 'Dockers marched in Port of Spain and in Kupiansk.';
    expect(find(text, 'Port of Spain')?.place.country).toBe('TT');
    expect(find(text, 'Kupiansk')?.place).toMatchObject({ country: 'UA', level: 'town' });
  });

  it('honours a focus country passed by the caller', () => {
    expect(find('Fighting in Tripoli continued.', 'Tripoli', 'LB')?.place.country).toBe('LB');
  });

  it('tells Sudan from South Sudan', () => {
    const text = 'Refugees crossed from Sudan into South Sudan.';
    expect(find(text, 'Sudan')?.place.country).toBe('SD');
    expect(find(text, 'South Sudan')?.place.country).toBe('SS');
  });

  it('places a foreign namesake the article never mentions at its local parent instead', () => {
    const text = 'In Syria, jets struck al-Marj, east of Damascus.';
    const marj = find(text, 'al-Marj');
    expect(marj?.place.country).toBe('SY');
    expect(marj?.place.lat).toBeCloseTo(33.51, 1);
  });
});

describe('findPlaces: context rules and the supplement', () => {
  it('makes "the town of X" a town at its parent', () => {
    const text = 'Rebels seized the town of Kafr Nabudah, north of Homs, in Syria.';
    const m = find(text, 'Kafr Nabudah');
    expect(m?.place).toMatchObject({ level: 'town', country: 'SY' });
    expect(m?.place.lat).toBeCloseTo(34.727, 2);
  });

  it('makes "X district" and listed districts districts of the city nearby', () => {
    const text = 'Aleppo residents fled the Bani Zaid and Ashrafiyeh districts as shelling resumed in Syria.';
    const found = places(text);
    expect(found.find((m) => m.text === 'Bani Zaid')?.place).toMatchObject({
      level: 'district',
      country: 'SY',
    });
    expect(found.find((m) => m.text === 'Ashrafiyeh')?.place.level).toBe('district');
  });

  it('makes "the villages of A, B and C" villages', () => {
    const text = 'Militias burned the villages of Um Kadada, Tabit and Kornoi near Omdurman in Sudan.';
    const names = places(text)
      .filter((m) => m.place.level === 'village')
      .map((m) => m.text);
    expect(names).toEqual(['Um Kadada', 'Tabit', 'Kornoi']);
  });

  it('knows curated camps, districts and crossings', () => {
    const text =
      'Shelling hit Zamzam camp outside El Fasher, Sudan, and aid waited at the Rafah crossing in Gaza.';
    expect(find(text, 'Zamzam camp')?.place).toMatchObject({ level: 'camp', country: 'SD' });
    expect(find(text, 'Rafah crossing')?.place).toMatchObject({ level: 'border-crossing', country: 'PS' });
  });

  it('makes Arabic toponym heads places ("Tal al-X", "Jabal X")', () => {
    const text = 'The army shelled Tal al-Hamra and Jabal Zawiya near Aleppo in Syria.';
    expect(find(text, 'Tal al-Hamra')?.place.country).toBe('SY');
    expect(find(text, 'Jabal Zawiya')?.place.level).toBe('region');
  });

  it('reads "the Jordanian border" as a border region', () => {
    expect(
      find('Rebels advanced towards the Jordanian border from Daraa in Syria.', 'Jordanian border')?.place
        .level,
    ).toBe('region');
  });

  it('extends a known town to its airport', () => {
    const text = 'Shells fell on Deir ez-Zor Airport and Kharkiv airport.';
    expect(find(text, 'Deir ez-Zor Airport')?.place.level).toBe('site');
    expect(find(text, 'Kharkiv airport')?.place).toMatchObject({ level: 'site', country: 'UA' });
  });
});
