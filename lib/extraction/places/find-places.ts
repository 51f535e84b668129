import type { Mention, Place, PlaceLevel } from '../../schema/mention';
import { distanceKm } from '../../geo/distance';
import { calendarWords } from '../text/calendar-words';
import type { Doc } from '../doc/doc';
import { DEFAULT_LANGUAGE, lexiconFor } from '../lexicon/lexicon';
import type { Token } from '../text/tokenize';
import type { EntryId, Gazetteer } from './gazetteer';
import { PERSON_TITLES, PLACE_STOPWORDS, SPEECH_VERBS } from './stoplist';
import { ARABIC_ARTICLES, keyOfWords, skeleton } from './variants';

export type PlaceMention = Extract<Mention, { kind: 'place' }> & {
  /** 0–1: dictionary names in the focus country score high, context-rule guesses low. */
  confidence: number;
};

export interface FindPlacesOptions {
  /** ISO2 of the article's country when the caller knows it; otherwise inferred from the text. */
  focusCountry?: string;
}

const MAX_WORDS = 6;
const DIRECTIONS = new Set(
  'north south east west northern southern eastern western northeast northwest southeast southwest northeastern northwestern southeastern southwestern central upper lower'.split(
    ' ',
  ),
);
/** Words after a name that make it the first-level region ("Aleppo Province", "Donetsk region"). */
const ADMIN1_WORDS = new Set([
  'province',
  'provinces',
  'governorate',
  'governorates',
  'oblast',
  'oblasts',
  'state',
  'states',
  'region',
  'regions',
  'wilayah',
  'prefecture',
]);
const CITY_WORDS = new Set(['city']);
/** Place-type words after a name and the level they give; `keep` puts the word in the mention. */
const TYPE_AFTER: Record<string, { level: PlaceLevel; keep: boolean }> = {
  district: { level: 'district', keep: false },
  districts: { level: 'district', keep: false },
  neighbourhood: { level: 'district', keep: false },
  neighbourhoods: { level: 'district', keep: false },
  neighborhood: { level: 'district', keep: false },
  neighborhoods: { level: 'district', keep: false },
  quarter: { level: 'district', keep: false },
  suburb: { level: 'town', keep: false },
  town: { level: 'town', keep: false },
  towns: { level: 'town', keep: false },
  village: { level: 'village', keep: false },
  villages: { level: 'village', keep: false },
  city: { level: 'city', keep: false },
  area: { level: 'region', keep: false },
  region: { level: 'region', keep: false },
  camp: { level: 'camp', keep: true },
  airport: { level: 'site', keep: true },
  airbase: { level: 'site', keep: true },
  airfield: { level: 'site', keep: true },
  base: { level: 'site', keep: true },
  field: { level: 'site', keep: true },
  fields: { level: 'site', keep: false },
  plant: { level: 'site', keep: true },
  hospital: { level: 'site', keep: true },
  dam: { level: 'site', keep: true },
  bridge: { level: 'site', keep: true },
  prison: { level: 'site', keep: true },
  road: { level: 'road', keep: true },
  roads: { level: 'road', keep: false },
  highway: { level: 'road', keep: true },
  crossing: { level: 'border-crossing', keep: true },
  mountain: { level: 'region', keep: true },
  mountains: { level: 'region', keep: true },
  valley: { level: 'region', keep: true },
};
/** "the town of X", "the districts of X, Y and Z", "the Damascus suburb of X". */
const TYPE_BEFORE_OF: Record<string, PlaceLevel> = {
  town: 'town', towns: 'town', village: 'village', villages: 'village', city: 'city', cities: 'city',
  district: 'district', districts: 'district', neighbourhood: 'district', neighbourhoods: 'district',
  neighborhood: 'district', neighborhoods: 'district', suburb: 'town', suburbs: 'town', quarter: 'district',
  camp: 'camp', area: 'region', areas: 'region', region: 'region', regions: 'region', province: 'admin1',
  outskirts: 'town', localities: 'village', locality: 'village', hamlet: 'village', settlement: 'village',
  settlements: 'village', municipality: 'town', county: 'admin2', hills: 'site', hill: 'site',
}; // prettier-ignore
/** Locative words before an unknown name that make it a likely place. */
const LOCATIVES = new Set([
  'in',
  'near',
  'at',
  'around',
  'outside',
  'towards',
  'toward',
  'into',
  'from',
  'across',
  'throughout',
  'inside',
  'between',
  'besieged',
  'reached',
  'entered',
  'captured',
  'shelled',
  'bombed',
  'stormed',
  'took',
]);
/** First words of Arabic toponyms ("Tal al-X" hill, "Kafr X" village, "Jabal X" mountain). */
const TOPONYM_HEADS: Record<string, PlaceLevel> = {
  tal: 'site', tall: 'site', tel: 'site', tell: 'site', jabal: 'region', jebel: 'region', jabel: 'region',
  kafr: 'village', kfar: 'village', kfr: 'village', ain: 'village', ein: 'village', bab: 'district',
  beit: 'village', bayt: 'village', bir: 'village', khan: 'town', wadi: 'region', ras: 'town', harat: 'district',
  hay: 'district', khirbet: 'village', kherba: 'village', khirbat: 'village', deir: 'town', marj: 'region',
  jisr: 'town', qasr: 'site', tell_: 'site', mazraat: 'village', mazraa: 'village', qaryat: 'village', souq: 'district',
}; // prettier-ignore
/** Capitalised words that follow organisations and people, not places ("Damascus Brigade"). */
const ORG_WORDS = new Set(
  'brigade brigades battalion battalions regiment division front army forces force party movement council committee university club group militia coalition corps organization organisation agency news times post network institute company revolution government media ministry tv radio'.split(
    ' ',
  ),
);
/** Unknown Arabic-article names that are organisations or people, not places. */
const NOT_PLACES = new Set(
  'qaeda qaida nusra nujaba quds shabaab shabab assad baghdadi jazeera arabiya ahram hayat thawra watan manar mayadeen hashd sharq islam islamiyya zawahiri zarqawi sadr maliki hariri bashir burhan'.split(
    ' ',
  ),
);
const NOT_PLACE_WORDS = new Set(
  'english arabic kurdish french spanish hebrew persian farsi turkish urdu islamic muslim muslims christian christians sunni shia shiite alawite druze jihadist god allah monday tuesday wednesday thursday friday saturday sunday'.split(
    ' ',
  ),
);

interface Span {
  start: number; // token index
  end: number; // token index, exclusive
  /** Character end when a possessive 's is cut off. */
  charEnd?: number;
}

interface Found {
  span: Span;
  candidates: readonly EntryId[];
  /** Forced level from context ("Aleppo Province" → admin1, "Aleppo city" → city). */
  level?: PlaceLevel;
  /** Region name when a direction word leads ("Eastern Aleppo"). */
  regionName?: string;
  chosen?: EntryId;
  confidence: number;
}

interface Unknown {
  span: Span;
  level: PlaceLevel;
  /** Token index of an explicit parent mention ("X, south of Y", "X district in Y"). */
  confidence: number;
}

/**
 * Place mentions in a text: gazetteer names (with spelling variants), countries but not their
 * demonyms, admin1 regions by context, and places no dictionary knows that context words mark
 * ("the town of X", "X district"), geocoded at their nearest known parent. `tokens` must be
 * tokenize(text).
 */
export function findPlaces(doc: Doc, gazetteer: Gazetteer, options: FindPlacesOptions = {}): PlaceMention[] {
  const { text, tokens } = doc;
  const n = tokens.length;
  const sentenceStart = new Uint8Array(n);
  for (let i = 0; i < n; i++) sentenceStart[i] = isSentenceStart(text, tokens, i) ? 1 : 0;

  // Pass 1: dictionary names.
  const found: Found[] = [];
  const demonymCountries: string[] = [];
  const covered = new Int32Array(n).fill(-1);
  for (let i = 0; i < n;) {
    const tok = tokens[i] as Token;
    if (!tok.isWord || !startsName(text, tokens, i)) {
      i++;
      continue;
    }
    const demonym = gazetteer.demonyms.get(tok.norm);
    if (demonym) demonymCountries.push(demonym);
    const hit = longestName(text, tokens, i, gazetteer);
    if (!hit) {
      i++;
      continue;
    }
    found.push(hit);
    for (let k = hit.span.start; k < hit.span.end; k++) covered[k] = found.length - 1;
    i = hit.span.end;
  }

  // Filter what is not a place: stop words, people, organisations.
  const kept = found.filter((f) => plausible(text, tokens, f, gazetteer, sentenceStart));

  // Focus country: named countries, demonyms and unambiguous places.
  const focus = focusCountries(kept, demonymCountries, gazetteer, options.focusCountry);
  const anchors = kept.filter(
    (f) => f.candidates.length === 1 && gazetteer.level(f.candidates[0] as EntryId) !== 'country',
  );

  // A name written with the Arabic article is a place where Arabic is spoken.
  for (const f of kept) {
    if (f.span.end - f.span.start > 1 && ARABIC_ARTICLES.has((tokens[f.span.start] as Token).norm)) {
      const arabic = f.candidates.filter((e) => ARABIC_COUNTRIES.has(gazetteer.country(e)));
      if (arabic.length > 0) f.candidates = arabic;
    }
  }
  const allowed = allowedCountries(kept, demonymCountries, gazetteer, focus);
  // Choose among same-named places; apply context (Province, city, directions).
  const demoted: Found[] = [];
  for (const f of kept) {
    f.chosen = choose(f, gazetteer, focus, anchorsNear(anchors, f.span.start));
    if (isStrayNamesake(f, gazetteer, allowed, focus)) {
      demoted.push(f);
      f.chosen = undefined;
      continue;
    }
    applyContext(text, tokens, f, gazetteer);
  }

  // Skeleton variants in the focus countries for capitalised names left over.
  const mentions: PlaceMention[] = [];
  const spanTaken = new Uint8Array(n);
  for (const f of kept) for (let k = f.span.start; k < f.span.end; k++) spanTaken[k] = 1;
  const variantHits = skeletonPass(text, tokens, gazetteer, focus, spanTaken, sentenceStart);
  kept.push(...variantHits);

  // Pass 2: unknown names in place contexts; namesakes far from the article's countries are local
  // places the dictionary does not know, placed at their parent.
  for (const f of demoted) for (let k = f.span.start; k < f.span.end; k++) spanTaken[k] = 0;
  const unknowns = contextPass(text, tokens, spanTaken, sentenceStart, gazetteer, kept);
  for (const f of demoted) {
    if (spanTaken[f.span.start]) continue;
    let end = f.span.end;
    const type = typeAfter(text, tokens, end);
    if (type?.keep) end = type.end;
    for (let k = f.span.start; k < end; k++) spanTaken[k] = 1;
    unknowns.push({
      span: { start: f.span.start, end, charEnd: end === f.span.end ? f.span.charEnd : undefined },
      level: type?.level ?? 'town',
      confidence: 0.4,
    });
  }

  kept.sort((a, b) => a.span.start - b.span.start);
  for (const f of kept) {
    if (f.chosen === undefined) continue;
    mentions.push(toMention(text, tokens, f, gazetteer));
  }
  // Dictionary places, in text order, are the parents unknown places are located by.
  const known = [...mentions];
  for (const u of unknowns) {
    const parent = parentFor(u, known, tokens, text);
    const startChar = (tokens[u.span.start] as Token).start;
    const endChar = u.span.charEnd ?? (tokens[u.span.end - 1] as Token).end;
    const surface = text.slice(startChar, endChar);
    const fallback = focus[0] ? gazetteer.countryEntryOf(focus[0]) : null;
    const base: Place | null = parent ?? (fallback !== null ? gazetteer.place(fallback) : null);
    mentions.push({
      kind: 'place',
      start: startChar,
      end: endChar,
      text: surface,
      place: {
        name: cleanName(surface),
        country: base?.country ?? focus[0] ?? null,
        admin1: base?.admin1 ?? null,
        lat: base?.lat ?? null,
        lon: base?.lon ?? null,
        level: u.level,
      },
      confidence: parent ? u.confidence : u.confidence / 2,
    });
  }
  mentions.sort((a, b) => a.start - b.start);
  return mentions;
}

function cleanName(surface: string): string {
  return surface.replace(/[’‘`]/g, "'").replace(/\s+/g, ' ').trim();
}

const CASELESS_LETTER =
  /^[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Han}\p{Script=Thai}\p{Script=Myanmar}]/u;

/** Whether a token may begin a name: capitalised, in a script without case, or "al-" before a name. */
function startsName(text: string, tokens: readonly Token[], i: number): boolean {
  const tok = tokens[i] as Token;
  if (tok.capitalised) return true;
  if (CASELESS_LETTER.test(tok.norm)) return true;
  return isArticleBeforeName(text, tokens, i);
}

/** "al-Sukri", "ash-Shaddadi": a lowercase article hyphenated to the next word. */
function isArticleBeforeName(text: string, tokens: readonly Token[], i: number): boolean {
  const tok = tokens[i] as Token;
  const next = tokens[i + 1];
  if (!next || !next.isWord || !ARABIC_ARTICLES.has(tok.norm)) return false;
  const between = text.slice(tok.end, next.start);
  return /^[-‐‑]$/.test(between) || (between === ' ' && next.capitalised && tok.capitalised);
}

/** Whether token i may continue a name started earlier. */
function continuesName(text: string, tokens: readonly Token[], i: number): boolean {
  const tok = tokens[i] as Token;
  const prev = tokens[i - 1] as Token;
  if (!tok.isWord) return false;
  const gap = text.slice(prev.end, tok.start);
  if (gap !== ' ' && !/^[-‐‑]$/.test(gap) && gap !== '\u00a0') return false;
  if (tok.capitalised || CASELESS_LETTER.test(tok.norm)) return true;
  if (isArticleBeforeName(text, tokens, i)) return true;
  // "Moadamiyat al-sham": a word hyphenated to an article.
  if (/^[-‐‑]$/.test(gap) && ARABIC_ARTICLES.has(prev.norm)) return true;
  // Lowercase connectors inside names: "Bandar-e Abbas", "Rio de Janeiro". English ones join only
  // with hyphens ("Rostov-on-Don"): "Kupiansk on Tuesday" and "Gaza of all places" are not names.
  const after = tokens[i + 1];
  if (
    !CONNECTORS.has(tok.norm) ||
    !after?.capitalised ||
    calendarWords(lexiconFor(DEFAULT_LANGUAGE).text).has(after.norm)
  )
    return false;
  return !SPACED_ENGLISH.has(tok.norm) || /^[-‐‑]$/.test(gap);
}

const SPACED_ENGLISH = new Set(['of', 'on', 'upon']);

const CONNECTORS = new Set([
  'de',
  'del',
  'da',
  'do',
  'dos',
  'das',
  'la',
  'le',
  'les',
  'du',
  'des',
  'of',
  'on',
  'upon',
  'am',
  'an',
  'bin',
  'ibn',
  'abu',
  'bani',
  'beni',
  'e',
  'i',
  'y',
]);

/** The norm of a token without a possessive 's ("Daraya’s" → "daraya"), with the character end. */
function possessive(text: string, tok: Token): { norm: string; end: number } | null {
  const raw = text.slice(tok.start, tok.end);
  if (/['’]s$/.test(raw) && tok.norm.length > 3) return { norm: tok.norm.slice(0, -1), end: tok.end - 2 };
  return null;
}

function longestName(text: string, tokens: readonly Token[], i: number, gazetteer: Gazetteer): Found | null {
  let last = i;
  while (last + 1 < tokens.length && last + 1 - i < MAX_WORDS && continuesName(text, tokens, last + 1))
    last++;
  const words: string[] = [];
  for (let k = i; k <= last; k++) words.push((tokens[k] as Token).norm);
  for (let end = last + 1; end > i; end--) {
    const slice = words.slice(0, end - i);
    let candidates = lookupWords(slice, gazetteer);
    let charEnd: number | undefined;
    if (candidates.length === 0) {
      const pos = possessive(text, tokens[end - 1] as Token);
      if (pos) {
        candidates = lookupWords([...slice.slice(0, -1), pos.norm], gazetteer);
        charEnd = pos.end;
      }
    }
    if (candidates.length > 0) {
      // A bare article is never a name.
      if (end - i === 1 && ARABIC_ARTICLES.has(slice[0] as string)) continue;
      return { span: { start: i, end, charEnd }, candidates, confidence: 0.8 };
    }
  }
  return null;
}

function lookupWords(words: readonly string[], gazetteer: Gazetteer): readonly EntryId[] {
  const key = keyOfWords(words);
  const found = gazetteer.lookup(key);
  if (found.length > 0 || !key.startsWith('al ') || key.length < 7) return found;
  // "al-Rastan" for GeoNames' "Rastan": only in countries where the article is Arabic.
  return gazetteer.lookup(key.slice(3)).filter((e) => ARABIC_COUNTRIES.has(gazetteer.country(e)));
}

/** Countries whose place names carry the Arabic article. */
const ARABIC_COUNTRIES = new Set(
  'AE BH DJ DZ EG EH IQ JO KM KW LB LY MA MR OM PS QA SA SD SO SY TD TN YE IL'.split(' '),
);

function isSentenceStart(text: string, tokens: readonly Token[], i: number): boolean {
  if (i === 0) return true;
  const prev = tokens[i - 1] as Token;
  const tok = tokens[i] as Token;
  if (text.slice(prev.end, tok.start).includes('\n')) return true;
  if (prev.isWord) return false;
  return /^[.!?:;"“”‘'([–—|•]$/.test(prev.norm);
}

/** Whether a dictionary match is a place here, not a common word, a person or an organisation. */
function plausible(
  text: string,
  tokens: readonly Token[],
  f: Found,
  gazetteer: Gazetteer,
  sentenceStart: Uint8Array,
): boolean {
  const { start, end } = f.span;
  const first = tokens[start] as Token;
  const single = end - start === 1;
  const bestPop = Math.max(...f.candidates.map((e) => gazetteer.population(e)));
  const hasCountryOrAdmin = f.candidates.some((e) => {
    const l = gazetteer.level(e);
    return l === 'country' || l === 'admin1';
  });
  const curated = f.candidates.some((e) => gazetteer.isCurated(e));
  if (
    single &&
    (PLACE_STOPWORDS.has(first.norm) || NOT_PLACE_WORDS.has(first.norm) || NOT_PLACES.has(first.norm))
  )
    return false;
  // All-caps words of a few letters are acronyms (IS, ISIL, SDF), not places.
  const raw = text.slice(first.start, first.end);
  if (single && raw.length <= 5 && raw === raw.toUpperCase() && /\p{Lu}{2}/u.test(raw) && !hasCountryOrAdmin)
    return false;
  const next = tokens[end];
  const prev = tokens[start - 1];
  // Followed by an organisation word: "Al Miqdad Brigade", "Damascus University".
  const hasCountry = f.candidates.some((e) => gazetteer.level(e) === 'country');
  if (next && next.capitalised && ORG_WORDS.has(next.norm) && !hasCountry) return false;
  // People: "President Idris", "Salim Idris", "Idris said".
  if (prev && prev.isWord && PERSON_TITLES.has(prev.norm) && prev.capitalised && !curated) return false;
  const minor = bestPop < 200_000 && !hasCountryOrAdmin && !curated;
  if (
    minor &&
    prev &&
    prev.isWord &&
    prev.capitalised &&
    !sentenceStart[start - 1] &&
    text.slice(prev.end, first.start) === ' ' &&
    !DIRECTIONS.has(prev.norm)
  )
    return false;
  if (minor && next && next.isWord && SPEECH_VERBS.has(next.norm)) return false;
  // Part of a longer name the dictionary does not know: "Hawsh al-Shalaq", "Liwa al-Quds", "Bab al-Qam".
  const major = hasCountryOrAdmin || bestPop >= 1e6;
  if (
    !major &&
    next &&
    f.span.charEnd === undefined &&
    continuesName(text, tokens, end) &&
    !ADMIN1_WORDS.has(next.norm) &&
    !TYPE_AFTER[next.norm]
  )
    return false;
  if (!major && !curated && prev && !sentenceStart[start] && partOfNameBefore(text, tokens, start))
    return false;
  if (single && DIRECTIONS.has(first.norm)) return false;
  // Tiny places need more than a capital letter at the start of a sentence.
  if (single && sentenceStart[start] && bestPop < 1000 && !curated) return false;
  return true;
}

/** Whether the word before token i belongs to the same name ("Liwa al-Quds", "Tal al-X", "Hawsh al-Shalaq"). */
function partOfNameBefore(text: string, tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1] as Token;
  if (!prev.isWord || !continuesName(text, tokens, i)) return false;
  if (/^[-‐‑]$/.test(text.slice(prev.end, (tokens[i] as Token).start))) return true;
  if (ARABIC_ARTICLES.has(prev.norm) || TOPONYM_HEADS[prev.norm]) return true;
  return prev.capitalised && !DIRECTIONS.has(prev.norm) && !PLACE_STOPWORDS.has(prev.norm);
}

function focusCountries(
  found: readonly Found[],
  demonyms: readonly string[],
  gazetteer: Gazetteer,
  given?: string,
): string[] {
  const score = new Map<string, number>();
  const add = (c: string, w: number) => score.set(c, (score.get(c) ?? 0) + w);
  for (const d of demonyms) add(d, 1);
  for (const f of found) {
    const countries = new Set(f.candidates.map((e) => gazetteer.country(e)));
    if (countries.size === 1) {
      const e = f.candidates[0] as EntryId;
      add([...countries][0] as string, gazetteer.level(e) === 'country' ? 2 : 1.5);
    } else {
      for (const c of countries) add(c, 0.3 / countries.size);
    }
  }
  const ranked = [...score.entries()].sort((a, b) => b[1] - a[1]).map(([c]) => c);
  if (given) return [given, ...ranked.filter((c) => c !== given)];
  return ranked;
}

/** Countries an article is about or names: the focus, named countries, demonyms, big unambiguous places. */
function allowedCountries(
  found: readonly Found[],
  demonyms: readonly string[],
  gazetteer: Gazetteer,
  focus: readonly string[],
): Set<string> {
  const allowed = new Set<string>(demonyms);
  if (focus[0]) allowed.add(focus[0]);
  for (const f of found) {
    for (const e of f.candidates) {
      const level = gazetteer.level(e);
      if (
        level === 'country' ||
        level === 'admin1' ||
        (f.candidates.length === 1 && gazetteer.population(e) >= 1e6)
      )
        allowed.add(gazetteer.country(e));
    }
  }
  return allowed;
}

/** A small place in a country the article never names: a local namesake ("al-Marj" in Syria, not Libya). */
function isStrayNamesake(
  f: Found,
  gazetteer: Gazetteer,
  allowed: ReadonlySet<string>,
  focus: readonly string[],
): boolean {
  const e = f.chosen;
  if (e === undefined || !focus[0]) return false;
  const level = gazetteer.level(e);
  if (level === 'country' || level === 'admin1' || gazetteer.isCurated(e)) return false;
  return !allowed.has(gazetteer.country(e)) && gazetteer.population(e) < 1e6;
}

const TYPE_MODIFIERS = new Set([
  'gas',
  'oil',
  'power',
  'air',
  'military',
  'refugee',
  'refugees',
  'border',
  'water',
  'police',
  'army',
  'international',
  'national',
  'main',
  'old',
  'new',
]);

/** A place-type word after token `end` ("district", "gas field", "International Airport"), with where it ends. */
function typeAfter(
  text: string,
  tokens: readonly Token[],
  end: number,
): { level: PlaceLevel; keep: boolean; end: number } | null {
  let k = end;
  const first = tokens[k];
  if (!first || !first.isWord) return null;
  if (TYPE_MODIFIERS.has(first.norm) && tokens[k + 1]?.isWord && TYPE_AFTER[(tokens[k + 1] as Token).norm])
    k++;
  const word = tokens[k] as Token;
  const type = TYPE_AFTER[word.norm];
  if (!type) return null;
  const gap = text.slice((tokens[end - 1] as Token).end, first.start);
  if (!/^[ \u00a0-]$/.test(gap)) return null;
  return { ...type, keep: type.keep || k > end, end: k + 1 };
}

/** Nearby places count as context; scanning only a window keeps a huge text linear. */
const ANCHOR_WINDOW_TOKENS = 600;

function anchorsNear(anchors: readonly Found[], token: number): readonly Found[] {
  const from = firstIndexAtOrAfter(anchors, (a) => a.span.start, token - ANCHOR_WINDOW_TOKENS);
  const to = firstIndexAtOrAfter(anchors, (a) => a.span.start, token + ANCHOR_WINDOW_TOKENS);
  return anchors.slice(from, to);
}

/** Binary search over items sorted by `key`: the first whose key is at least `value`. */
function firstIndexAtOrAfter<T>(items: readonly T[], key: (item: T) => number, value: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(items[mid] as T) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function choose(
  f: Found,
  gazetteer: Gazetteer,
  focus: readonly string[],
  anchors: readonly Found[],
): EntryId {
  if (f.candidates.length === 1) return f.candidates[0] as EntryId;
  const top = focus[0];
  const mentioned = new Set(focus.slice(0, 4));
  let best = f.candidates[0] as EntryId;
  let bestScore = -Infinity;
  for (const e of f.candidates) {
    const level = gazetteer.level(e);
    let s = level === 'country' ? 9 : level === 'admin1' ? 5.2 : Math.log10(gazetteer.population(e) + 1);
    if (gazetteer.isCurated(e)) s += 1.5;
    const c = gazetteer.country(e);
    if (c === top) s += 4;
    else if (mentioned.has(c)) s += 2;
    const here = gazetteer.coordinates(e);
    for (const a of anchors) {
      if (a === f || a.chosen === undefined) continue;
      const d = distanceKm(here, gazetteer.coordinates(a.chosen));
      if (d < 100) {
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

/** "Aleppo Province" → admin1, "Aleppo city" → city, "Eastern Aleppo" → region. */
function applyContext(text: string, tokens: readonly Token[], f: Found, gazetteer: Gazetteer): void {
  const e = f.chosen as EntryId;
  const next = tokens[f.span.end];
  const adjacent =
    next &&
    next.isWord &&
    f.span.charEnd === undefined &&
    /^[ \u00a0]$/.test(text.slice((tokens[f.span.end - 1] as Token).end, next.start));
  if (adjacent && ADMIN1_WORDS.has(next.norm)) {
    const admin1 =
      f.candidates.find(
        (c) => gazetteer.level(c) === 'admin1' && gazetteer.country(c) === gazetteer.country(e),
      ) ?? gazetteer.admin1Entry(e);
    if (
      admin1 !== null &&
      admin1 !== undefined &&
      (gazetteer.level(e) === 'admin1' || isAdmin1Seat(e, admin1, gazetteer))
    ) {
      f.chosen = admin1;
      f.level = 'admin1';
      f.span = { start: f.span.start, end: f.span.end + 1 };
    }
  } else if (adjacent && CITY_WORDS.has(next.norm)) {
    const city = f.candidates.find(
      (c) =>
        gazetteer.level(c) !== 'admin1' &&
        gazetteer.level(c) !== 'country' &&
        gazetteer.country(c) === gazetteer.country(e),
    );
    if (city !== undefined) f.chosen = city;
    // "Aleppo city" is a name of its own where the province shares it.
    if (
      gazetteer.admin1Entry(f.chosen as EntryId) !== null &&
      isAdmin1Seat(f.chosen as EntryId, gazetteer.admin1Entry(f.chosen as EntryId) as EntryId, gazetteer)
    ) {
      f.span = { start: f.span.start, end: f.span.end + 1 };
      f.level = 'city';
    }
  } else if (
    f.span.charEnd === undefined &&
    gazetteer.level(e) !== 'country' &&
    (() => {
      const type = typeAfter(text, tokens, f.span.end);
      return (
        type !== null &&
        type.keep &&
        (type.level === 'site' || type.level === 'border-crossing' || type.level === 'camp')
      );
    })()
  ) {
    // "Deir ez-Zor Airport", "Rafah crossing", "Jabalia camp": the site, at its town.
    const type = typeAfter(text, tokens, f.span.end) as { level: PlaceLevel; end: number };
    const startChar = (tokens[f.span.start] as Token).start;
    const endChar = (tokens[type.end - 1] as Token).end;
    f.span = { start: f.span.start, end: type.end };
    f.level = type.level;
    f.regionName = text.slice(startChar, endChar).replace(/\s+/g, ' ');
    return;
  } else if (gazetteer.level(e) === 'admin1') {
    // A bare admin1 name that is also its capital's name: the city, unless context says otherwise.
    const city = f.candidates.find(
      (c) => gazetteer.country(c) === gazetteer.country(e) && gazetteer.level(c) === 'city',
    );
    if (city !== undefined && isAdmin1Seat(city, e, gazetteer)) f.chosen = city;
  }
  // Direction word before: "Eastern Aleppo", "southern Ukraine".
  const prev = tokens[f.span.start - 1];
  if (
    prev &&
    prev.isWord &&
    DIRECTIONS.has(prev.norm) &&
    /^[ \u00a0]$/.test(text.slice(prev.end, (tokens[f.span.start] as Token).start))
  ) {
    const level = gazetteer.level(f.chosen as EntryId);
    if (level !== 'district' && level !== 'site') {
      f.span = { start: f.span.start - 1, end: f.span.end, charEnd: f.span.charEnd };
      const word = text.slice(prev.start, prev.end);
      f.regionName = `${word.charAt(0).toUpperCase()}${word.slice(1).toLowerCase()} ${gazetteer.name(f.chosen as EntryId).replace(/ (Governorate|Province|Oblast|State|Region)$/, '')}`;
      f.level = 'region';
    }
  }
}

function isAdmin1Seat(city: EntryId, admin1: EntryId, gazetteer: Gazetteer): boolean {
  const a = gazetteer.coordinates(admin1);
  const c = gazetteer.coordinates(city);
  return Math.abs(a.lat - c.lat) < 0.05 && Math.abs(a.lon - c.lon) < 0.05;
}

function toMention(text: string, tokens: readonly Token[], f: Found, gazetteer: Gazetteer): PlaceMention {
  const e = f.chosen as EntryId;
  const start = (tokens[f.span.start] as Token).start;
  const end = f.span.charEnd ?? (tokens[f.span.end - 1] as Token).end;
  const level = f.level ?? gazetteer.level(e);
  const place = gazetteer.place(e, level, f.regionName ?? gazetteer.name(e));
  return { kind: 'place', start, end, text: text.slice(start, end), place, confidence: f.confidence };
}

/** Capitalised names the exact keys missed, matched by consonant skeleton within the focus countries. */
function skeletonPass(
  text: string,
  tokens: readonly Token[],
  gazetteer: Gazetteer,
  focus: readonly string[],
  taken: Uint8Array,
  sentenceStart: Uint8Array,
): Found[] {
  const countries = focus.slice(0, 1);
  if (countries.length === 0) return [];
  const out: Found[] = [];
  for (let i = 0; i < tokens.length;) {
    if (taken[i] || !(tokens[i] as Token).isWord || !startsName(text, tokens, i)) {
      i++;
      continue;
    }
    let last = i;
    while (
      last + 1 < tokens.length &&
      last + 1 - i < 4 &&
      !taken[last + 1] &&
      continuesName(text, tokens, last + 1)
    )
      last++;
    let hit: Found | null = null;
    for (let end = last + 1; end > last && !hit; end--) {
      const words: string[] = [];
      for (let k = i; k < end; k++) words.push((tokens[k] as Token).norm);
      const pos = possessive(text, tokens[end - 1] as Token);
      if (pos) words[words.length - 1] = pos.norm;
      if (
        words.length === 1 &&
        (PLACE_STOPWORDS.has(words[0] as string) ||
          NOT_PLACE_WORDS.has(words[0] as string) ||
          gazetteer.demonyms.has(words[0] as string))
      )
        continue;
      if (words.some((w) => NOT_PLACES.has(w) || DIRECTIONS.has(w))) continue;
      const key = keyOfWords(words);
      const letters = key.replace(/[^a-z]/g, '').replace(/^al/, '');
      const skel = skeleton(key);
      if (letters.length < 5 || skel.length < 4) continue;
      for (const c of countries) {
        const candidates = gazetteer.lookupSkeleton(c, skel).filter((e) => gazetteer.level(e) !== 'country');
        if (candidates.length === 0) continue;
        if (words.length === 1 && sentenceStart[i]) break;
        const f: Found = { span: { start: i, end, charEnd: pos?.end }, candidates, confidence: 0.6 };
        f.chosen = choose(f, gazetteer, focus, []);
        applyContext(text, tokens, f, gazetteer);
        hit = f;
        break;
      }
    }
    if (hit) {
      out.push(hit);
      for (let k = hit.span.start; k < hit.span.end; k++) taken[k] = 1;
      i = hit.span.end;
    } else i = last + 1;
  }
  return out;
}

/** Names no dictionary knows, made places by the words around them. */
function contextPass(
  text: string,
  tokens: readonly Token[],
  taken: Uint8Array,
  sentenceStart: Uint8Array,
  gazetteer: Gazetteer,
  known: readonly Found[],
): Unknown[] {
  const out: Unknown[] = [];
  const n = tokens.length;
  const knownAt = new Map<number, Found>();
  for (const f of known) if (f.chosen !== undefined) knownAt.set(f.span.start, f);
  const nameAt = (i: number): Span | null => {
    if (i >= n) return null;
    const k = knownAt.get(i);
    if (k) return { ...k.span };
    if (taken[i]) return null;
    const tok = tokens[i] as Token;
    if (!tok.isWord || !startsName(text, tokens, i)) return null;
    let last = i;
    while (
      last + 1 < n &&
      last + 1 - i < MAX_WORDS &&
      !taken[last + 1] &&
      continuesName(text, tokens, last + 1)
    ) {
      const nx = tokens[last + 1] as Token;
      if (TYPE_AFTER[nx.norm] || ADMIN1_WORDS.has(nx.norm) || ORG_WORDS.has(nx.norm)) break;
      last++;
    }
    const words: string[] = [];
    for (let k = i; k <= last; k++) words.push((tokens[k] as Token).norm);
    if (
      words.length === 1 &&
      (PLACE_STOPWORDS.has(words[0] as string) ||
        NOT_PLACE_WORDS.has(words[0] as string) ||
        gazetteer.demonyms.has(words[0] as string))
    )
      return null;
    if (words.some((w) => NOT_PLACES.has(w) || NOT_PLACE_WORDS.has(w))) return null;
    if (words.every((w) => ARABIC_ARTICLES.has(w) || PLACE_STOPWORDS.has(w) || gazetteer.demonyms.has(w)))
      return null;
    const raw = text.slice(tok.start, (tokens[last] as Token).end);
    if (raw.length <= 5 && raw === raw.toUpperCase()) return null; // acronyms
    const pos = possessive(text, tokens[last] as Token);
    return { start: i, end: last + 1, charEnd: pos?.end };
  };
  const emit = (span: Span, level: PlaceLevel, confidence: number, keepType: number) => {
    if (taken[span.start]) return;
    const end = keepType > span.end ? keepType : span.end;
    for (let k = span.start; k < end; k++) taken[k] = 1;
    out.push({
      span: { start: span.start, end, charEnd: keepType > span.end ? undefined : span.charEnd },
      level,
      confidence,
    });
  };
  /** Items of a list "A, B and C" starting at token i; returns spans and the index after the list. */
  const listFrom = (i: number): { items: Span[]; next: number } => {
    const items: Span[] = [];
    let k = i;
    for (;;) {
      const span = nameAt(k);
      if (!span) break;
      items.push(span);
      k = span.end;
      const sep = tokens[k];
      if (sep && sep.norm === ',' && tokens[k + 1]?.norm === 'and') k += 2;
      else if (sep && (sep.norm === ',' || sep.norm === 'and' || sep.norm === '&')) k += 1;
      else break;
    }
    return { items, next: k };
  };

  for (let i = 0; i < n; i++) {
    const tok = tokens[i] as Token;
    if (!tok.isWord) continue;
    // "the Jordanian border": a border region, named by a demonym.
    if (
      tok.capitalised &&
      gazetteer.demonyms.has(tok.norm) &&
      /^(border|borders|frontier)$/.test(tokens[i + 1]?.norm ?? '') &&
      !taken[i]
    ) {
      out.push({ span: { start: i, end: i + 2 }, level: 'region', confidence: 0.5 });
      taken[i] = taken[i + 1] = 1;
      continue;
    }
    // "the town of X", "the districts of X, Y and Z".
    const beforeLevel = TYPE_BEFORE_OF[tok.norm];
    if (beforeLevel && tokens[i + 1]?.norm === 'of') {
      const { items } = listFrom(i + 2);
      for (const item of items) emit(item, beforeLevel === 'admin1' ? 'region' : beforeLevel, 0.6, 0);
      continue;
    }
    // "the Damascus suburb of X" is handled above; "X district", "A, B and C districts".
    if (!startsName(text, tokens, i) || taken[i]) continue;
    const { items } = listFrom(i);
    if (items.length === 0) continue;
    const after = items[items.length - 1] as Span;
    const type = typeAfter(text, tokens, after.end);
    const firstItem = items[0] as Span;
    const prevTok = tokens[firstItem.start - 1];
    const locative = prevTok && prevTok.isWord && LOCATIVES.has(prevTok.norm) && !prevTok.capitalised;
    if (type && after.charEnd === undefined) {
      items.forEach((item, idx) => {
        const isLast = idx === items.length - 1;
        const keepType = isLast && type.keep ? type.end : 0;
        emit(item, type.level, 0.6, keepType);
      });
      i = after.end - 1;
      continue;
    }
    // Arabic toponym heads ("Tal al-Alaqiya", "Jabal Antar") and "al-X" after a locative word.
    let emitted = false;
    for (const item of items) {
      const head = (tokens[item.start] as Token).norm;
      const headLevel = TOPONYM_HEADS[head];
      if (headLevel && item.end - item.start >= 2) {
        emit(item, headLevel, 0.5, 0);
        emitted = true;
      } else if (
        locative &&
        (ARABIC_ARTICLES.has(head) || items.length > 1 || items.some((it) => taken[it.start]))
      ) {
        if (item.end - item.start === 1 && sentenceStart[item.start]) continue;
        emit(item, 'town', 0.4, 0);
        emitted = true;
      }
    }
    if (emitted) i = (items[items.length - 1] as Span).end - 1;
  }
  return out;
}

/** The known place that an unknown one lies in or near. */
const SENTENCE_END = /[.\n]/g;

function parentFor(
  u: Unknown,
  mentions: readonly PlaceMention[],
  tokens: readonly Token[],
  text: string,
): Place | null {
  const start = (tokens[u.span.start] as Token).start;
  const end = (tokens[u.span.end - 1] as Token).end;
  const sentenceFrom = Math.max(text.lastIndexOf('.', start), text.lastIndexOf('\n', start));
  SENTENCE_END.lastIndex = end;
  const sentenceTo = SENTENCE_END.exec(text)?.index ?? text.length;
  let best: PlaceMention | null = null;
  let bestD = Infinity;
  // Mentions are in text order: look only at this sentence's, and back for the previous place.
  const first = firstIndexAtOrAfter(mentions, (m) => m.start, sentenceFrom);
  for (let i = first; i < mentions.length && (mentions[i] as PlaceMention).start <= sentenceTo; i++) {
    const m = mentions[i] as PlaceMention;
    if (m.place.level === 'country' || m.place.lat === null) continue;
    // Prefer places after ("X district in Y") over those before, at equal distance.
    let d = m.start >= end ? m.start - end : (start - m.end) * 1.5;
    if (m.place.level === 'admin1' || m.place.level === 'region') d = d * 3 + 40;
    if (d < bestD) {
      bestD = d;
      best = m;
    }
  }
  let previous: PlaceMention | null = null;
  for (let i = firstIndexAtOrAfter(mentions, (m) => m.start, start) - 1; i >= 0 && !previous; i--) {
    const m = mentions[i] as PlaceMention;
    if (m.end <= start && m.place.level !== 'country' && m.place.level !== 'admin1' && m.place.lat !== null)
      previous = m;
  }
  return (best ?? previous)?.place ?? null;
}
