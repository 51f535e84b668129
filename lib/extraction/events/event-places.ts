import { distanceKm } from '../../geo/distance';
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
      const places = specificPlaces(within(mentions.place, clause), doc.text, words);
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
function specificPlaces(places: PlaceMention[], text: string, words: EventWords): PlaceMention[] {
  // "X in Y": Y only says where X is. "near X and Y": both are landmarks.
  const parent = new Set<PlaceMention>();
  const landmarks = new Set<PlaceMention>();
  places.forEach((p, i) => {
    const previous = places[i - 1];
    const between = previous ? text.slice(previous.end, p.start) : '';
    if (previous && words.parentAfter.test(between)) parent.add(p);
    if (words.landmarkBefore.test(text.slice(Math.max(0, p.start - 40), p.start))) landmarks.add(p);
    else if (previous && landmarks.has(previous) && words.listJoin.test(between)) landmarks.add(p);
  });
  const withoutParents = places.filter((p) => !parent.has(p));
  places = withoutParents.length ? withoutParents : places;
  // Landmarks give way only to a place at least as specific: "near Djibo in Burkina Faso" is at Djibo.
  const located = places.filter((p) => !landmarks.has(p) && !COARSE_LEVELS.has(p.place.level));
  let chosen = located.length ? located : places;
  const fine = chosen.filter((p) => !COARSE_LEVELS.has(p.place.level));
  chosen = fine.length ? fine : chosen.slice(0, 1);
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

/** A district or neighbourhood near a named city is part of it: the event is coded there. */
function isWithin(inner: PlaceMention['place'], outer: PlaceMention['place']): boolean {
  if (inner.level !== 'district' || inner.country !== outer.country) return false;
  if (inner.lat === null || inner.lon === null || outer.lat === null || outer.lon === null) return false;
  return (
    distanceKm({ lat: inner.lat, lon: inner.lon }, { lat: outer.lat, lon: outer.lon }) <= CONTAINER_RADIUS_KM
  );
}
