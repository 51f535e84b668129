import { distanceKm } from '../../geo/distance';
import { foldWord } from '../text/fold';
import { within } from '../doc/spans';
import type { Pass } from '../pipeline';
import { COARSE_LEVELS } from './event-location';
import { withinParagraphs, type EventWork, type PlaceMention } from './event-work';
import type { EventWords } from './event-words';

/**
 * Where each clause's event happened: the most specific places it names, else the last place
 * its paragraph named (the event is then located near it).
 */
export const eventPlaces: Pass<EventWork> = {
  name: 'events/places',
  run(work) {
    const { doc, words, mentions } = work;
    withinParagraphs<PlaceMention>(work.clauses, (clause, previous) => {
      // Agreements and other strategic developments happen where talks are held.
      const atGatherings = clause.cue?.cue.eventType === 'Strategic developments';
      const places = specificPlaces(within(mentions.place, clause), doc.text, words, atGatherings);
      clause.namedPlaces = places.length;
      clause.locations = places.length
        ? places.map((place) => ({ place, inherited: false }))
        : previous
          ? [{ place: previous, inherited: true }]
          : [];
      return places[places.length - 1] ?? previous;
    });
  },
};

/** Place levels that contain their districts: a district near a named city is inside it. */
const CONTAINER_LEVELS = new Set(['city']);
/** A finer place this close to a named city is inside it (its district, camp or suburb). */
const CONTAINER_RADIUS_KM = 15;

/**
 * The most specific places named. Countries and provinces count only when nothing finer is
 * named; a city gives way to a place within it or beside it ("29 died in Aleppo, 11 in
 * Haydariya"); places named only as landmarks ("between the towns of X and Y", "near X", "5 km
 * from X") give way to the place they locate.
 */
function specificPlaces(
  named: PlaceMention[],
  text: string,
  words: EventWords,
  atGatherings: boolean,
): PlaceMention[] {
  let places = named.filter((p) => !isMereMention(p, text, words, atGatherings));
  // "X in Y": Y only says where X is. "near X and Y": both are landmarks.
  const parent = new Set<PlaceMention>();
  const landmarks = new Set<PlaceMention>();
  places.forEach((p, i) => {
    const previous = places[i - 1];
    const between = previous ? text.slice(previous.end, p.start) : '';
    if (previous && (words.parentAfter.test(between) || namesRegionOf(p, previous, between))) parent.add(p);
    if (words.landmarkBefore.test(text.slice(Math.max(0, p.start - 40), p.start))) landmarks.add(p);
    else if (previous && landmarks.has(previous) && words.listJoin.test(between)) landmarks.add(p);
  });
  const withoutParents = places.filter((p) => !parent.has(p));
  places = withoutParents.length ? withoutParents : places;
  // Landmarks give way only to a place at least as specific: "near Djibo in Burkina Faso" is at Djibo.
  const located = places.filter((p) => !landmarks.has(p) && !COARSE_LEVELS.has(p.place.level));
  let chosen = located.length ? located : places;
  const fine = chosen.filter((p) => !COARSE_LEVELS.has(p.place.level));
  chosen = fine.length ? fine : finestOf(chosen);
  chosen = chosen.filter(
    (p) => !CONTAINER_LEVELS.has(p.place.level) || !chosen.some((q) => q !== p && isWithin(q.place, p.place)),
  );
  const seen = new Set<string>();
  return chosen.filter((p) => {
    const key = `${p.place.name}|${p.place.country}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * A place named as no event's location: a gathering's venue ("a summit in Addis Ababa", "the
 * Munich Security Conference"), an owning country ("Russia's defence ministry", "drones launched
 * by Russia"), a route's ends ("the highway that links X and Y").
 */
function isMereMention(p: PlaceMention, text: string, words: EventWords, atGatherings: boolean): boolean {
  const before = text.slice(Math.max(0, p.start - 40), p.start);
  const after = text.slice(p.end, p.end + 40);
  if (words.routeBefore.test(before)) return true;
  if (!atGatherings && (words.gatheringBefore.test(before) || words.gatheringAfter.test(after))) return true;
  // A country is an owner ("Russia's defence ministry"); a city's possessive names what lies
  // in it ("Mogadishu's military academy").
  return p.place.level === 'country' && (words.ownerAfter.test(after) || words.agentJustBefore.test(before));
}

/** "Rafael Delgado, Veracruz", "Massa (Mayo-Kebbi Est)": the name of the region the place before lies in. */
function namesRegionOf(p: PlaceMention, previous: PlaceMention, between: string): boolean {
  const region = previous.place.admin1;
  return (
    region !== null &&
    /^\s*[,(]\s*$/.test(between) &&
    [p.text, p.place.name].some((name) => isNameOf(foldWord(name), foldWord(region)))
  );
}

/**
 * "veracruz" names "veracruz-llave" and "veracruz de ignacio de la llave"; "kherson" names
 * "khersonska" (an adjectival ending of a few letters).
 */
function isNameOf(name: string, region: string): boolean {
  if (!region.startsWith(name)) return false;
  const rest = region.slice(name.length);
  return rest === '' || rest.startsWith(' ') || rest.startsWith('-') || /^\p{L}{1,4}$/u.test(rest);
}

/** Coarse levels from the finest: "in Nigeria's Borno State" happened in Borno State. */
const COARSE_ORDER: readonly PlaceMention['place']['level'][] = ['admin2', 'admin1', 'region', 'country'];

/** The first place of the finest coarse level named. */
function finestOf(places: PlaceMention[]): PlaceMention[] {
  for (const level of COARSE_ORDER) {
    const place = places.find((p) => p.place.level === level);
    if (place) return [place];
  }
  return places.slice(0, 1);
}

/** A district or neighbourhood near a named city is part of it: the event is coded there. */
function isWithin(inner: PlaceMention['place'], outer: PlaceMention['place']): boolean {
  if (inner.level !== 'district' || inner.country !== outer.country) return false;
  if (inner.lat === null || inner.lon === null || outer.lat === null || outer.lon === null) return false;
  return (
    distanceKm({ lat: inner.lat, lon: inner.lon }, { lat: outer.lat, lon: outer.lon }) <= CONTAINER_RADIUS_KM
  );
}
