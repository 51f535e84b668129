import { indexedBy, type TextLexicon } from '../lexicon/lexicon';
import type { Pass } from '../pipeline';
import type { NumberWork } from './work';

const STOPS = new Set(['.', '!', '?']);
/** After a full stop, a space, the end of the text or a closing quote ends the clause. */
const AFTER_STOP = /^$|^[\s"”’]/;
/** Tokens of a single capital letter: initials and "U.S." do not end a clause. */
const INITIAL = /^\p{Lu}$/u;

const abbreviationsOf = indexedBy((text: TextLexicon): ReadonlySet<string> => new Set(text.abbreviations));

/**
 * The stretches of text the grammar reads: the Doc's sentences, cut after each full stop, "!" or
 * "?" followed by a space. The Doc ends a sentence only before a capital letter or a digit, while
 * a count never reaches past a full stop: "… measures. [size=around 200]" counts nothing before it.
 */
export const fullStops: Pass<NumberWork> = {
  name: 'numbers/full-stops',
  run(work) {
    const { doc, words } = work;
    const abbreviations = abbreviationsOf(doc.lexicon.text);
    for (const sentence of doc.sentences) {
      let first = sentence.firstToken;
      for (let k = first; k < sentence.endToken; k++) {
        if (k + 1 < sentence.endToken && endsClause(work, k, abbreviations)) {
          work.scopes.push({ doc, words, first, end: k + 1 });
          first = k + 1;
        }
      }
      if (first < sentence.endToken) work.scopes.push({ doc, words, first, end: sentence.endToken });
    }
  },
};

function endsClause(work: NumberWork, k: number, abbreviations: ReadonlySet<string>): boolean {
  const { tokens, text } = work.doc;
  const token = tokens[k];
  if (!token || !STOPS.has(token.norm)) return false;
  if (token.norm !== '.') return true;
  const previous = tokens[k - 1];
  if (previous && previous.end === token.start && previous.isWord) {
    const word = text.slice(previous.start, previous.end);
    if (abbreviations.has(previous.norm) || INITIAL.test(word)) return false;
  }
  // "terrorists.13950907" and "1.2" glued to the stop are no clause end.
  return AFTER_STOP.test(text.slice(token.end, token.end + 1));
}
