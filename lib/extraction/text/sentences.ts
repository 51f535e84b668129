import { DEFAULT_LANGUAGE, indexedBy, lexiconFor, type TextLexicon } from '../lexicon/lexicon';

import type { Span } from '../doc/spans';

export type { Span };

/**
 * A sentence ends at . ! ? or … (closing quotes and brackets included) followed by white space,
 * whatever comes next ("… gathered. [size=200]", "… left. then"), unless the full stop ends an
 * abbreviation or an initial. One regex scan: Intl.Segmenter gave the same boundaries on news
 * text at several times the cost.
 */
const BOUNDARY = /[.!?…]+["”’')\]]*(?=\s)|\n\s*\n/gu;

/** Words whose full stop does not end a sentence ("Gen. Burhan", "U.S. officials"). */
const abbreviationsOf = indexedBy((text: TextLexicon): ReadonlySet<string> => new Set(text.abbreviations));

/**
 * Sentence spans (trimmed) over the whole text. Paragraph breaks always end a sentence, because
 * headlines and captions often have no full stop.
 */
export function splitSentences(text: string, words: TextLexicon = lexiconFor(DEFAULT_LANGUAGE).text): Span[] {
  const abbreviations = abbreviationsOf(words);
  const spans: Span[] = [];
  let start = 0;
  BOUNDARY.lastIndex = 0;
  for (let match = BOUNDARY.exec(text); match; match = BOUNDARY.exec(text)) {
    const isParagraphBreak = match[0].startsWith('\n');
    if (!isParagraphBreak && isAbbreviation(text, match.index, abbreviations)) continue;
    pushTrimmed(text, start, isParagraphBreak ? match.index : match.index + match[0].length, spans);
    start = match.index + match[0].length;
  }
  pushTrimmed(text, start, text.length, spans);
  return spans;
}

/** The word before a full stop is an abbreviation or an initial ("J. Smith"). */
function isAbbreviation(text: string, dot: number, abbreviations: ReadonlySet<string>): boolean {
  if (text.charAt(dot) !== '.') return false;
  let from = dot;
  while (from > 0 && /[\p{L}.]/u.test(text.charAt(from - 1))) from--;
  const word = text.slice(from, dot).toLowerCase();
  return abbreviations.has(word) || /^\p{L}$/u.test(word);
}

function pushTrimmed(text: string, from: number, to: number, out: Span[]): void {
  while (from < to && /\s/.test(text.charAt(from))) from++;
  while (to > from && /\s/.test(text.charAt(to - 1))) to--;
  if (to > from) out.push({ start: from, end: to });
}
