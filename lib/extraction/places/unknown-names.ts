/**
 * Names the gazetteer does not know, read for the passes that make places of them by context:
 * where such a name starts and ends, lists of them ("A, B and C"), and recording one as an
 * unknown place.
 */
import type { MentionReason, PlaceLevel } from '../../schema/mention';
import type { Token } from '../text/tokenize';
import { isNoPlaceWord, lastNameToken, MAX_NAME_WORDS, possessive, startsName, wordsOf } from './names';
import { markTaken, type PlaceWork, type TokenSpan } from './work';

/** Found names by their first token: a list of unknown places may go on through known ones. */
export type KnownAt = ReadonlyMap<number, TokenSpan>;

export function knownNamesByStart(work: PlaceWork): KnownAt {
  const knownAt = new Map<number, TokenSpan>();
  for (const f of work.found) if (f.chosen !== undefined) knownAt.set(f.span.start, f.span);
  return knownAt;
}

/**
 * The name at token i: a known one, or a capitalised name no dictionary knows that may be a place
 * (not taken, not a stop word, a demonym, an acronym or an organisation's name); else null.
 */
function nameAt(work: PlaceWork, knownAt: KnownAt, i: number): TokenSpan | null {
  const { text, tokens } = work.doc;
  const { words } = work;
  if (i >= tokens.length) return null;
  const known = knownAt.get(i);
  if (known) return { ...known };
  if (work.taken[i]) return null;
  const tok = tokens[i] as Token;
  if (!tok.isWord || !startsName(work, i)) return null;
  // A type word ends the name ("Bani Zaid district"), as does an organisation word.
  const last = lastNameToken(
    work,
    i,
    MAX_NAME_WORDS,
    (t) => words.typeAfter.has(t.norm) || words.admin1Words.has(t.norm) || words.orgWords.has(t.norm),
  );
  const names = wordsOf(work, i, last + 1);
  if (names.length === 1 && isNoPlaceWord(work, names[0] as string)) return null;
  if (names.some((w) => words.notPlaceNames.has(w) || words.notPlaceWords.has(w))) return null;
  if (
    names.every(
      (w) => words.arabicArticles.has(w) || words.stopwords.has(w) || work.gazetteer.demonyms.has(w),
    )
  )
    return null;
  const raw = text.slice(tok.start, (tokens[last] as Token).end);
  if (raw.length <= 5 && raw === raw.toUpperCase()) return null; // acronyms
  const pos = possessive(work, tokens[last] as Token);
  return { start: i, end: last + 1, charEnd: pos?.end };
}

/** The names of a list "A, B and C" starting at token i. */
export function listFrom(work: PlaceWork, knownAt: KnownAt, i: number): TokenSpan[] {
  const { tokens } = work.doc;
  const conjunctions = work.words.listConjunctions;
  const items: TokenSpan[] = [];
  let k = i;
  for (;;) {
    const span = nameAt(work, knownAt, k);
    if (!span) break;
    items.push(span);
    k = span.end;
    const sep = tokens[k];
    const joiner = tokens[k + 1];
    if (sep && sep.norm === ',' && joiner && conjunctions.has(joiner.norm)) k += 2;
    else if (sep && (sep.norm === ',' || sep.norm === '&' || conjunctions.has(sep.norm))) k += 1;
    else break;
  }
  return items;
}

/**
 * Record an unknown place at a span unless its first token is taken; `keepTypeEnd`, when past the
 * span, extends the mention over a type word it keeps ("Yarmouk camp").
 */
export function addUnknown(
  work: PlaceWork,
  span: TokenSpan,
  level: PlaceLevel,
  by: MentionReason,
  keepTypeEnd = 0,
): void {
  if (work.taken[span.start]) return;
  const extended = keepTypeEnd > span.end;
  const placed = {
    start: span.start,
    end: extended ? keepTypeEnd : span.end,
    charEnd: extended ? undefined : span.charEnd,
  };
  markTaken(work, placed);
  work.unknowns.push({ span: placed, level, by });
}
