/**
 * What the actors passes ask of the words around a position: hyphens, case, whether a word is used
 * as a noun, and the dictionary's names and generic pieces at a token.
 */
import type { PhraseIndex } from '../matcher/phrase-index';
import { hyphenJoins } from '../text/tokenize';
import type { CaseMode, GenericPiece, NamedValue } from './dictionary';
import { inEra } from './resolve';
import type { ActorEntry } from './schema';
import type { ActorWork, Tok } from './work';

export interface Lookup<T> {
  value: T;
  start: number;
  end: number;
}

/** Tokens i and i+1 are joined by a hyphen ("Iran-backed", "army-controlled"). */
export function hyphenAfter(work: ActorWork, i: number): boolean {
  return hyphenJoins(work.text, work.toks[i], work.toks[i + 1]);
}

/** Tokens [s, e) are written the way the phrase must be ("IS" exactly, "Hamas" capitalised). */
function caseOk(work: ActorWork, mode: CaseMode, s: number, e: number): boolean {
  if (mode.kind === 'any') return true;
  if (mode.kind === 'capital') return work.toks[s + mode.word]?.capitalised ?? false;
  const first = work.toks[s] as Tok;
  const last = work.toks[e - 1] as Tok;
  const surface = work.text.slice(first.start, last.nameEnd);
  return surface.replace(/[^\p{L}\p{N}]/gu, '') === mode.letters;
}

/** The longest phrase at i whose values pass `pick`, trying shorter phrases when the longest fails. */
function lookup<T>(
  work: ActorWork,
  index: PhraseIndex<T>,
  i: number,
  pick: (work: ActorWork, values: readonly T[], s: number, e: number) => T | null,
): Lookup<T> | null {
  const m = index.longestAt(work.toks, i);
  if (!m) return null;
  for (let e = m.endToken; e > i; e--) {
    const values = e === m.endToken ? m.values : index.get(work.toks.slice(i, e).map((t) => t.norm));
    if (!values) continue;
    const value = pick(work, values, i, e);
    if (value !== null) return { value, start: i, end: e };
  }
  return null;
}

/** A dictionary name (actor, person or source) at i, as written and valid at the date and place. */
export function namedAt(work: ActorWork, i: number): Lookup<NamedValue> | null {
  return lookup(work, work.dict.named, i, pickNamed);
}

/** A generic piece (head noun, modifier, country or ethnic word) at i. */
export function genericAt(work: ActorWork, i: number): Lookup<GenericPiece> | null {
  return lookup(work, work.dict.generic, i, pickGeneric);
}

function focusIn(work: ActorWork, countries: readonly string[]): boolean {
  return work.focus !== null && countries.includes(work.focus);
}

/** Of the entries sharing a name: a source at once, else the one of the focus country and era. */
function pickNamed(work: ActorWork, values: readonly NamedValue[], s: number, e: number): NamedValue | null {
  let best: NamedValue | null = null;
  let bestRank = -1;
  for (const v of values) {
    if (!caseOk(work, v.caseMode, s, e)) continue;
    if (v.kind === 'source') return v;
    const entry = v.entry as ActorEntry;
    if (v.local && !focusIn(work, entry.countries)) continue;
    let rank = 1;
    if (!inEra(entry, work.day)) {
      if (work.day !== null) continue;
      rank = 0;
    }
    if (focusIn(work, entry.countries)) rank += 2;
    if (rank > bestRank) {
      best = v;
      bestRank = rank;
    }
  }
  return best;
}

function pickGeneric(
  work: ActorWork,
  values: readonly GenericPiece[],
  s: number,
  e: number,
): GenericPiece | null {
  const p = values[0];
  return p && caseOk(work, p.caseMode, s, e) ? p : null;
}

/** The phrase ending before e is followed by a possessive ("the regime’s", "refugees' camp"). */
export function possessiveAfter(work: ActorWork, e: number): boolean {
  const last = work.toks[e - 1] as Tok;
  if (last.possessive) return true;
  const next = work.toks[e];
  return next !== undefined && next.start === last.end && /['’ʼ]/.test(next.norm);
}

/**
 * An adjective-like head ("military", "regime") ending before e is used as a noun: followed by a
 * possessive, punctuation, the end of the sentence, a function word or a verb ("the military said").
 */
export function followsAsNoun(work: ActorWork, e: number): boolean {
  const last = work.toks[e - 1] as Tok;
  if (last.possessive) return true;
  const next = work.toks[e];
  if (!next) return true;
  if (!next.isWord) return !hyphenAfter(work, e - 1);
  if (next.sentence !== last.sentence) return true;
  if (next.capitalised) return false;
  const { follow, verbEnding } = work.words;
  return (
    follow.has(next.norm) ||
    (next.norm.length > verbEnding.longerThan && next.norm.endsWith(verbEnding.ending))
  );
}

/** The text of tokens [s, e) on one line, without a leading article: a group's own name. */
export function spanText(work: ActorWork, s: number, e: number): string {
  const span = work.text
    .slice((work.toks[s] as Tok).start, (work.toks[e - 1] as Tok).nameEnd)
    .replace(/\s+/g, ' ');
  const article = /^(\S+) /.exec(span);
  return article && work.words.definiteArticles.has((article[1] as string).toLowerCase())
    ? span.slice(article[0].length)
    : span;
}
