/**
 * How names are written: where one may start and go on, token by token. Every pass that reads
 * capitalised names (dictionary names, skeleton variants, unknown places) reads them this way.
 */
import { isHyphen, type Token } from '../text/tokenize';
import type { PlaceWork } from './work';

/** The longest place name looked up, in words. */
export const MAX_NAME_WORDS = 6;

const CASELESS_LETTER =
  /^[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Han}\p{Script=Thai}\p{Script=Myanmar}]/u;
/** No letter of those scripts comes before Hebrew's first (U+0591): most words need no regex. */
const FIRST_CASELESS = 0x591;

/** Whether a word starts with a letter of a script without case. */
export function startsCaseless(word: string): boolean {
  return word.charCodeAt(0) >= FIRST_CASELESS && CASELESS_LETTER.test(word);
}

/** Whether a token may begin a name: capitalised, in a script without case, or "al-" before a name. */
export function startsName(work: PlaceWork, i: number): boolean {
  const tok = work.doc.tokens[i] as Token;
  if (tok.capitalised) return true;
  if (startsCaseless(tok.norm)) return true;
  return isArticleBeforeName(work, i);
}

/** "al-Sukri", "ash-Shaddadi": a lowercase article hyphenated to the next word. */
function isArticleBeforeName(work: PlaceWork, i: number): boolean {
  const { text, tokens } = work.doc;
  const tok = tokens[i] as Token;
  const next = tokens[i + 1];
  if (!next || !next.isWord || !work.words.arabicArticles.has(tok.norm)) return false;
  const between = text.slice(tok.end, next.start);
  return isHyphen(between) || (between === ' ' && next.capitalised && tok.capitalised);
}

/** Whether token i may continue a name started earlier. */
export function continuesName(work: PlaceWork, i: number): boolean {
  const { text, tokens } = work.doc;
  const tok = tokens[i] as Token;
  const prev = tokens[i - 1] as Token;
  if (!tok.isWord) return false;
  const gap = text.slice(prev.end, tok.start);
  if (gap !== ' ' && !isHyphen(gap) && gap !== '\u00a0') return false;
  if (tok.capitalised || startsCaseless(tok.norm)) return true;
  if (isArticleBeforeName(work, i)) return true;
  // "Moadamiyat al-sham": a word hyphenated to an article.
  if (isHyphen(gap) && work.words.arabicArticles.has(prev.norm)) return true;
  // Lowercase connectors inside names: "Bandar-e Abbas", "Rio de Janeiro". English ones join only
  // with hyphens ("Rostov-on-Don"): "Kupiansk on Tuesday" and "Gaza of all places" are not names.
  if (!work.words.connectors.has(tok.norm)) return false;
  // A capitalised word must follow, maybe after a second connector ("Santa Cruz de la Sierra").
  const after = tokens[i + 1];
  const joinsName = (t: Token | undefined) => t?.capitalised === true && !work.calendar.has(t.norm);
  if (!joinsName(after) && !(after && work.words.connectors.has(after.norm) && joinsName(tokens[i + 2])))
    return false;
  return !work.words.hyphenOnlyConnectors.has(tok.norm) || isHyphen(gap);
}

/**
 * The last token of the name starting at token i: at most `maxWords` words, none of them taken,
 * and none that `stopsAt` refuses.
 */
export function lastNameToken(
  work: PlaceWork,
  i: number,
  maxWords: number,
  stopsAt: (token: Token) => boolean = () => false,
  continues: (work: PlaceWork, i: number) => boolean = continuesName,
): number {
  const { tokens } = work.doc;
  let last = i;
  while (
    last + 1 < tokens.length &&
    last + 1 - i < maxWords &&
    !work.taken[last + 1] &&
    continues(work, last + 1) &&
    !stopsAt(tokens[last + 1] as Token)
  )
    last++;
  return last;
}

/** The norm of a token without a possessive 's ("Daraya’s" → "daraya"), with the character end. */
export function possessive(work: PlaceWork, tok: Token): { norm: string; end: number } | null {
  const raw = work.doc.text.slice(tok.start, tok.end);
  if (/['’]s$/.test(raw) && tok.norm.length > 3) return { norm: tok.norm.slice(0, -1), end: tok.end - 2 };
  return null;
}

/** The folded words of tokens [start, end). */
export function wordsOf(work: PlaceWork, start: number, end: number): string[] {
  const words: string[] = [];
  for (let k = start; k < end; k++) words.push((work.doc.tokens[k] as Token).norm);
  return words;
}

/** A single word that names no place on its own: a stop word, a word that is never a place, a demonym. */
export function isNoPlaceWord(work: PlaceWork, word: string): boolean {
  const { words } = work;
  return words.stopwords.has(word) || words.notPlaceWords.has(word) || work.gazetteer.demonyms.has(word);
}
