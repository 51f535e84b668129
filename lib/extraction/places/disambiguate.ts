import { distanceKm } from '../../geo/distance';
import type { Pass } from '../pipeline';
import type { Token } from '../text/tokenize';
import type { EntryId } from './gazetteer';
import { firstAtOrAfter } from '../doc/spans';
import { isOwnName, OWN_NAME_WEIGHT, writtenKey } from './own-names';
import type { Found, PlaceWork } from './work';

/** Nearby places count as context; scanning only a window keeps a huge text linear. */
const ANCHOR_WINDOW_TOKENS = 600;
/** A namesake this close to a place of the article is likely the one meant. */
const NEAR_KM = 100;
/**
 * Degrees of latitude apart beyond which two places are surely over NEAR_KM apart, whatever their
 * longitudes: a great circle is at least R × Δlatitude long, and R is taken a little under the
 * Earth's (6,300 km) with a kilometre to spare, so that no rounding of distanceKm is in question.
 * Checked before distanceKm, which costs trigonometry per pair of places.
 */
const FAR_IN_LATITUDE = (NEAR_KM + 1) / ((6300 * Math.PI) / 180);
/** A city this big is known abroad (a capital such as Bissau): never a local namesake of another place. */
const BIG_CITY = 300_000;
/** The least vote a focus country needs to sway a choice (one demonym). */
const CLEAR_VOTE = 1;

/**
 * Choose the place each name means among its namesakes: by its level and size, the article's
 * focus countries, and unambiguous places nearby. A small namesake in a country the article never
 * names is set aside (`work.demoted`): the stray-namesakes pass places it locally instead.
 */
export const disambiguate: Pass<PlaceWork> = {
  name: 'places/disambiguate',
  run(work) {
    const { gazetteer, doc, words } = work;
    const anchors = work.found.filter(
      (f) => f.candidates.length === 1 && gazetteer.level(f.candidates[0] as EntryId) !== 'country',
    );
    // A name written with the Arabic article is a place where Arabic is spoken.
    for (const f of work.found) {
      if (
        f.span.end - f.span.start > 1 &&
        words.arabicArticles.has((doc.tokens[f.span.start] as Token).norm)
      ) {
        const arabic = f.candidates.filter((e) => words.arabicArticleCountries.has(gazetteer.country(e)));
        if (arabic.length > 0) f.candidates = arabic;
      }
    }
    const top = clearTop(work, clearFocus(work));
    const allowed = allowedCountries(work, top);
    work.found.forEach((f, i) => {
      // "Massa (Mayo-Kebbi Est)", "Lypove, Kharkiv Oblast": the region named right after says
      // which country the place is in; a place with no namesake there is one the gazetteer lacks.
      const next = work.found[i + 1];
      const region = next && namesParent(work, f, next) ? next : undefined;
      const inRegion = region ? namesakesIn(work, f, region) : [];
      const parent = region && inRegion.length === 0 ? parentCountry(work, region) : null;
      if (inRegion.length > 0) f.candidates = inRegion;
      else if (parent) {
        const inParent = f.candidates.filter((e) => gazetteer.country(e) === parent);
        if (inParent.length === 0) {
          work.demoted.push(f);
          f.chosen = undefined;
          return;
        }
        f.candidates = inParent;
      }
      const near = anchorsNear(anchors, f.span.start);
      f.chosen = choose(work, f, anchors, near.from, near.to);
      if (top !== undefined && isStrayNamesake(work, f, allowed)) {
        work.demoted.push(f);
        f.chosen = undefined;
      }
    });
  },
};

/** Region levels that name where the place before them lies. */
const PARENT_LEVELS = new Set(['admin1', 'admin2', 'country']);

/**
 * The country of the region named right after a place, in parentheses or after a comma, when all
 * its namesakes lie in one country; null otherwise.
 */
function parentCountry(work: PlaceWork, region: Found): string | null {
  const { gazetteer } = work;
  const countries = new Set(region.candidates.map((e) => gazetteer.country(e)));
  const [country] = countries;
  if (countries.size !== 1 || !region.candidates.every((e) => PARENT_LEVELS.has(gazetteer.level(e))))
    return null;
  return country ?? null;
}

/** Whether the name after a place, in parentheses or after a comma, may be the region it lies in. */
function namesParent(work: PlaceWork, f: Found, next: Found): boolean {
  const between = (work.doc.tokens[f.span.end] as Token).norm;
  return next.span.start === f.span.end + 1 && (between === '(' || between === ',');
}

/** "Saint Petersburg (Florida)": the namesakes that lie in a region the next name may be. */
function namesakesIn(work: PlaceWork, f: Found, region: Found): EntryId[] {
  const { gazetteer } = work;
  return f.candidates.filter((e) => {
    const admin1 = gazetteer.admin1Entry(e);
    return admin1 !== null && admin1 !== e && region.candidates.includes(admin1);
  });
}

/**
 * The namesake a name most likely means, given the focus countries and the places near it
 * (`anchors[from, to)`).
 */
export function choose(
  work: PlaceWork,
  f: Found,
  anchors: readonly Found[],
  from = 0,
  to = anchors.length,
): EntryId {
  if (f.candidates.length === 1) return f.candidates[0] as EntryId;
  const { gazetteer } = work;
  const { top, mentioned } = focusOf(work);
  const written = writtenKey(work, f);
  let best = f.candidates[0] as EntryId;
  let bestScore = -Infinity;
  const there = { lat: 0, lon: 0 };
  for (const e of f.candidates) {
    const level = gazetteer.level(e);
    let s = level === 'country' ? 9 : level === 'admin1' ? 5.2 : Math.log10(gazetteer.population(e) + 1);
    if (gazetteer.isCurated(e)) s += 1.5;
    // Regions go by their own names anyway: the bonus would put them before their capitals.
    if (level !== 'admin1' && level !== 'country' && isOwnName(work, e, written)) s += OWN_NAME_WEIGHT;
    const c = gazetteer.country(e);
    if (c === top) s += 4;
    else if (mentioned.has(c)) s += 2;
    const here = gazetteer.coordinates(e);
    for (let k = from; k < to; k++) {
      const a = anchors[k] as Found;
      if (a === f || a.chosen === undefined) continue;
      gazetteer.coordinatesInto(a.chosen, there);
      if (Math.abs(there.lat - here.lat) > FAR_IN_LATITUDE) continue;
      if (distanceKm(here, there) < NEAR_KM) {
        s += 1.5;
        break;
      }
    }
    if (s > bestScore) {
      bestScore = s;
      best = e;
    }
  }
  return best;
}

interface ChoiceFocus {
  focus: readonly string[];
  votes: ReadonlyMap<string, number>;
  top: string | undefined;
  /** The first four clear focus countries. */
  mentioned: ReadonlySet<string>;
}

/** What choose reads of the focus, per work, worked out again only when the focus changes. */
const choiceFocus = new WeakMap<PlaceWork, ChoiceFocus>();

function focusOf(work: PlaceWork): ChoiceFocus {
  let cached = choiceFocus.get(work);
  if (!cached || cached.focus !== work.focus || cached.votes !== work.focusVotes) {
    const clear = clearFocus(work);
    cached = {
      focus: work.focus,
      votes: work.focusVotes,
      top: clearTop(work, clear),
      mentioned: new Set(clear.slice(0, 4)),
    };
    choiceFocus.set(work, cached);
  }
  return cached;
}

/** The focus countries with a vote of their own: a share of an ambiguous name's votes is no clue. */
function clearFocus(work: PlaceWork): readonly string[] {
  return work.focus.filter((c) => c === work.givenFocus || (work.focusVotes.get(c) ?? 0) >= CLEAR_VOTE);
}

/** The first focus country when it leads the others: two countries with as many votes tie, and neither leads. */
function clearTop(work: PlaceWork, clear: readonly string[]): string | undefined {
  const [first, second] = clear;
  if (first === undefined || first === work.givenFocus || second === undefined) return first;
  const votes = (c: string) => work.focusVotes.get(c) ?? 0;
  return votes(first) > votes(second) ? first : undefined;
}

/** The anchors within the window around a token, as a range [from, to) of `anchors`. */
function anchorsNear(anchors: readonly Found[], token: number): { from: number; to: number } {
  const from = firstAtOrAfter(anchors, token - ANCHOR_WINDOW_TOKENS, (a) => a.span.start);
  const to = firstAtOrAfter(anchors, token + ANCHOR_WINDOW_TOKENS, (a) => a.span.start);
  return { from, to };
}

/** Countries an article is about or names: the focus, named countries, demonyms, big unambiguous places. */
function allowedCountries(work: PlaceWork, top: string | undefined): Set<string> {
  const { gazetteer } = work;
  const allowed = new Set<string>(work.demonymCountries);
  if (top) allowed.add(top);
  for (const f of work.found) {
    for (const e of f.candidates) {
      const level = gazetteer.level(e);
      if (
        level === 'country' ||
        level === 'admin1' ||
        (f.candidates.length === 1 && gazetteer.population(e) >= BIG_CITY)
      )
        allowed.add(gazetteer.country(e));
    }
  }
  return allowed;
}

/**
 * A small place in a country the article never names, in an article that leads with one country: a
 * local namesake ("al-Marj" in Syria, not Libya).
 */
function isStrayNamesake(work: PlaceWork, f: Found, allowed: ReadonlySet<string>): boolean {
  const { gazetteer } = work;
  const e = f.chosen;
  if (e === undefined) return false;
  const level = gazetteer.level(e);
  if (level === 'country' || level === 'admin1' || gazetteer.isCurated(e)) return false;
  return !allowed.has(gazetteer.country(e)) && gazetteer.population(e) < BIG_CITY;
}
