import { describe, expect, it } from 'vitest';
import { proposeEvents } from '@/lib/extraction/events/propose-events';
import { buildDoc } from '@/lib/extraction/doc/doc';
import type { Actor, Mention, Place, Quantity } from '@/lib/schema';

const UKRAINE_ARMY: Actor = { canonical: 'Military Forces of Ukraine (2019-)', inter: 1 };
const RUSSIA: Actor = { canonical: 'Military Forces of Russia (2000-)', inter: 8 };
const RSF: Actor = { canonical: 'Rapid Support Forces', inter: 2 };
const SAF: Actor = { canonical: 'Military Forces of Sudan (2019-)', inter: 1 };
const CIVILIANS_UA: Actor = { canonical: 'Civilians (Ukraine)', inter: 7 };

const town = (name: string, country: string, lat: number, lon: number): Place => ({
  name,
  country,
  admin1: null,
  lat,
  lon,
  level: 'town',
});

/** Build mentions by locating each surface (its n-th occurrence) in the text. */
function build(
  text: string,
  specs: [surface: string, payload: Place | Actor | Quantity | { iso: string }][],
): Mention[] {
  const used = new Map<string, number>();
  return specs.map(([surface, payload]) => {
    const from = used.get(surface) ?? 0;
    const start = text.indexOf(surface, from);
    if (start < 0) throw new Error(`"${surface}" not in text`);
    used.set(surface, start + surface.length);
    const base = { start, end: start + surface.length, text: surface };
    if ('level' in payload) return { kind: 'place', ...base, place: payload };
    if ('inter' in payload) return { kind: 'actor', ...base, actor: payload };
    if ('category' in payload) return { kind: 'number', ...base, number: payload };
    return { kind: 'date', ...base, date: { iso: payload.iso, precision: 1 } };
  });
}

const killed = (value: number): Quantity => ({
  value,
  low: value,
  high: value,
  vague: false,
  category: 'killed',
  of: null,
});

function propose(text: string, specs: Parameters<typeof build>[1], publishedAt = '2024-05-10') {
  return proposeEvents(buildDoc({ text, publishedAt }), build(text, specs));
}

describe('proposeEvents', () => {
  it('proposes a typed, located, dated event with attributed fatalities', () => {
    const text = 'Russian forces launched an air strike on Kupiansk on Wednesday, killing four civilians.';
    const [event, ...rest] = propose(text, [
      ['Russian forces', RUSSIA],
      ['Kupiansk', town('Kupiansk', 'UA', 49.71, 37.61)],
      ['Wednesday', { iso: '2024-05-08' }],
      ['four', killed(4)],
      ['civilians', CIVILIANS_UA],
    ]);
    expect(rest).toEqual([]);
    expect(event).toMatchObject({
      eventType: 'Explosions/Remote violence',
      subEventType: 'Air/drone strike',
      date: '2024-05-08',
      timePrecision: 1,
      actor1: RUSSIA,
      actor2: CIVILIANS_UA,
      location: { name: 'Kupiansk', geoPrecision: 1 },
      fatalities: 4,
      evidence: { start: 0, end: text.length, text },
    });
  });

  it('tells who gains territory from who acts', () => {
    const gov = propose('The army recaptured Sinja after heavy fighting.', [
      ['army', SAF],
      ['Sinja', town('Sinja', 'SD', 13.15, 33.93)],
    ]);
    expect(gov[0]).toMatchObject({ subEventType: 'Government regains territory', actor1: SAF });
    const rebels = propose('RSF fighters seized control of Sinja on Saturday.', [
      ['RSF', RSF],
      ['Sinja', town('Sinja', 'SD', 13.15, 33.93)],
      ['Saturday', { iso: '2024-05-04' }],
    ]);
    expect(rebels[0]).toMatchObject({ subEventType: 'Non-state actor overtakes territory', actor1: RSF });
  });

  it('does not read seized weapons as seized territory', () => {
    const events = propose('Soldiers captured ammunition and two vehicles near Sinja.', [
      ['Soldiers', SAF],
      ['Sinja', town('Sinja', 'SD', 13.15, 33.93)],
    ]);
    expect(events.every((e) => e.subEventType !== 'Government regains territory')).toBe(true);
  });

  it('makes the attacker actor 1 when the subject repelled an attack', () => {
    const [event] = propose('The army repelled an attack by RSF fighters on El Obeid.', [
      ['army', SAF],
      ['RSF', RSF],
      ['El Obeid', town('El Obeid', 'SD', 13.18, 30.22)],
    ]);
    expect(event).toMatchObject({ subEventType: 'Armed clash', actor1: RSF, actor2: SAF });
  });

  it('never makes the actor that suffers the event its author', () => {
    const [event] = propose(
      'Twelve RSF fighters were killed in El Obeid as the army shelled their positions.',
      [
        ['RSF', RSF],
        ['El Obeid', town('El Obeid', 'SD', 13.18, 30.22)],
        ['army', SAF],
      ],
    );
    expect(event).toMatchObject({ actor1: SAF, actor2: RSF });
  });

  it('proposes one event per place named in the sentence, skipping the province that contains them', () => {
    const events = propose('Ukrainian artillery shelled Oleshky and Hola Prystan in Kherson Oblast.', [
      ['Ukrainian artillery', UKRAINE_ARMY],
      ['Oleshky', town('Oleshky', 'UA', 46.62, 32.72)],
      ['Hola Prystan', town('Hola Prystan', 'UA', 46.52, 32.52)],
      ['Kherson Oblast', { ...town('Kherson Oblast', 'UA', 46.6, 32.6), level: 'admin1' }],
    ]);
    expect(events.map((e) => e.location?.name)).toEqual(['Oleshky', 'Hola Prystan']);
    expect(events.every((e) => e.subEventType === 'Shelling/artillery/missile attack')).toBe(true);
    // Deaths can't be split between places, so none are attributed.
    expect(events.every((e) => e.fatalities === null)).toBe(true);
  });

  it('carries the last stated date forward and falls back to the publication date', () => {
    const text =
      'On Tuesday, drones struck a depot in Kupiansk.\n\nLater, artillery shelled the outskirts of Vovchansk.';
    const events = propose(text, [
      ['Tuesday', { iso: '2024-05-07' }],
      ['Kupiansk', town('Kupiansk', 'UA', 49.71, 37.61)],
      ['Vovchansk', town('Vovchansk', 'UA', 50.29, 36.94)],
    ]);
    expect(events.map((e) => e.date)).toEqual(['2024-05-07', '2024-05-07']);
    const undated = propose('Artillery shelled Vovchansk.', [
      ['Vovchansk', town('Vovchansk', 'UA', 50.29, 36.94)],
    ]);
    expect(undated[0]?.date).toBe('2024-05-10');
  });

  it('codes no background history', () => {
    const text =
      'The war has killed more than 15,000 people in Sudan since April 2023, and shelling of Omdurman continued.';
    expect(propose(text, [['Omdurman', town('Omdurman', 'SD', 15.64, 32.48)]])).toEqual([]);
  });

  it('ignores sentences that report no event', () => {
    expect(
      propose('Kupiansk lies on the Oskil river.', [['Kupiansk', town('Kupiansk', 'UA', 49.71, 37.61)]]),
    ).toEqual([]);
  });

  it('keeps a figure listed as "including" inside its total', () => {
    const text = 'Shelling killed 12 people in Vovchansk, including three children.';
    const [event] = propose(text, [
      ['12', killed(12)],
      ['Vovchansk', town('Vovchansk', 'UA', 50.29, 36.94)],
      ['three', killed(3)],
    ]);
    expect(event?.fatalities).toBe(12);
  });

  it('merges the same event reported twice', () => {
    const text =
      'Drones struck Kupiansk on Monday.\n\nOn Monday, a drone strike on Kupiansk killed two people.';
    const events = propose(text, [
      ['Kupiansk', town('Kupiansk', 'UA', 49.71, 37.61)],
      ['Monday', { iso: '2024-05-06' }],
      ['Monday', { iso: '2024-05-06' }],
      ['Kupiansk', town('Kupiansk', 'UA', 49.71, 37.61)],
      ['two', killed(2)],
    ]);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      fatalities: 2,
      evidence: { text: 'Drones struck Kupiansk on Monday.' },
    });
  });
});
