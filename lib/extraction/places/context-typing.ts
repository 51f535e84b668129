import type { Pass } from '../pipeline';
import { reason } from '../pipeline';
import type { Token } from '../text/tokenize';
import type { EntryId, Gazetteer } from './gazetteer';
import { typeAfter } from './type-after';
import type { Found, PlaceWork } from './work';

/** Type words after a known town that make the mention the site itself ("Kharkiv airport"). */
const SITE_LEVELS = new Set(['site', 'border-crossing', 'camp']);
/** Level suffixes of gazetteer names, dropped when a direction word makes a region of one. */
const LEVEL_SUFFIX = / (Governorate|Province|Oblast|State|Region)$/;

/**
 * The words around a chosen place that change what it is: "Aleppo Province" is the region,
 * "Aleppo city" the city, "Kharkiv airport" a site at the city, "Eastern Aleppo" a region of it,
 * and a bare region name that is also its capital's is the capital.
 */
export const contextTyping: Pass<PlaceWork> = {
  name: 'places/context-typing',
  run(work) {
    for (const f of work.found) {
      if (f.chosen === undefined) continue;
      const rule = applyContext(work, f);
      if (rule) f.by = reason(contextTyping, rule);
    }
  },
};

/** Apply the context rules to a chosen place; the last rule that changed it, if any. */
export function applyContext(work: PlaceWork, f: Found): string | null {
  const { gazetteer, words } = work;
  const { text, tokens } = work.doc;
  const e = f.chosen as EntryId;
  let rule: string | null = null;
  const next = tokens[f.span.end];
  const adjacent =
    next &&
    next.isWord &&
    f.span.charEnd === undefined &&
    /^[ \u00a0]$/.test(text.slice((tokens[f.span.end - 1] as Token).end, next.start));
  const site =
    f.span.charEnd === undefined && gazetteer.level(e) !== 'country' ? typeAfter(work, f.span.end) : null;
  if (adjacent && words.admin1Words.has(next.norm)) {
    const admin1 =
      f.candidates.find(
        (c) => gazetteer.level(c) === 'admin1' && gazetteer.country(c) === gazetteer.country(e),
      ) ?? gazetteer.admin1Entry(e);
    if (
      admin1 !== null &&
      admin1 !== undefined &&
      (gazetteer.level(e) === 'admin1' || isAdmin1Seat(gazetteer, e, admin1))
    ) {
      f.chosen = admin1;
      f.level = 'admin1';
      f.span = { start: f.span.start, end: f.span.end + 1 };
      rule = 'province word after';
    }
  } else if (adjacent && words.cityWords.has(next.norm)) {
    const city = f.candidates.find(
      (c) =>
        gazetteer.level(c) !== 'admin1' &&
        gazetteer.level(c) !== 'country' &&
        gazetteer.country(c) === gazetteer.country(e),
    );
    if (city !== undefined) f.chosen = city;
    // "Aleppo city" is a name of its own where the province shares it.
    const admin1 = gazetteer.admin1Entry(f.chosen as EntryId);
    if (admin1 !== null && isAdmin1Seat(gazetteer, f.chosen as EntryId, admin1)) {
      f.span = { start: f.span.start, end: f.span.end + 1 };
      f.level = 'city';
      rule = 'city word after';
    }
  } else if (site && site.keep && SITE_LEVELS.has(site.level)) {
    // "Deir ez-Zor Airport", "Rafah crossing", "Jabalia camp": the site, at its town.
    const startChar = (tokens[f.span.start] as Token).start;
    const endChar = (tokens[site.end - 1] as Token).end;
    f.span = { start: f.span.start, end: site.end };
    f.level = site.level;
    f.regionName = text.slice(startChar, endChar).replace(/\s+/g, ' ');
    return 'site word after';
  } else if (gazetteer.level(e) === 'admin1') {
    // A bare admin1 name that is also its capital's name: the city, unless context says otherwise.
    const city = f.candidates.find(
      (c) => gazetteer.country(c) === gazetteer.country(e) && gazetteer.level(c) === 'city',
    );
    if (city !== undefined && isAdmin1Seat(gazetteer, city, e)) {
      f.chosen = city;
      rule = 'region name is its capital';
    }
  }
  return directionBefore(work, f) ?? rule;
}

/** "Eastern Aleppo", "southern Ukraine": a direction word before makes the place a region of it. */
function directionBefore(work: PlaceWork, f: Found): string | null {
  const { text, tokens } = work.doc;
  const { gazetteer } = work;
  const prev = tokens[f.span.start - 1];
  if (
    !prev ||
    !prev.isWord ||
    !work.words.directions.has(prev.norm) ||
    !/^[ \u00a0]$/.test(text.slice(prev.end, (tokens[f.span.start] as Token).start))
  )
    return null;
  const chosen = f.chosen as EntryId;
  const level = gazetteer.level(chosen);
  if (level === 'district' || level === 'site') return null;
  f.span = { start: f.span.start - 1, end: f.span.end, charEnd: f.span.charEnd };
  const word = text.slice(prev.start, prev.end);
  const name = gazetteer.name(chosen).replace(LEVEL_SUFFIX, '');
  f.regionName = `${word.charAt(0).toUpperCase()}${word.slice(1).toLowerCase()} ${name}`;
  f.level = 'region';
  return 'direction word before';
}

/** Whether a city is the seat of a first-level region: gazetteers put a region's point on its capital. */
function isAdmin1Seat(gazetteer: Gazetteer, city: EntryId, admin1: EntryId): boolean {
  const a = gazetteer.coordinates(admin1);
  const c = gazetteer.coordinates(city);
  return Math.abs(a.lat - c.lat) < 0.05 && Math.abs(a.lon - c.lon) < 0.05;
}
