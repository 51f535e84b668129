export interface Span {
  start: number;
  end: number;
}

/**
 * A sentence ends at . ! ? or … (closing quotes and brackets included) followed by white space
 * and something that can start a sentence. One regex scan: Intl.Segmenter gave the same
 * boundaries on news text at several times the cost.
 */
const BOUNDARY = /[.!?…]+["”’')\]]*(?=\s+["“‘'([]?[\p{Lu}\p{N}])|\n\s*\n/gu;

/** Words whose full stop does not end a sentence ("Gen. Burhan", "U.S. officials"). */
const ABBREVIATIONS = new Set(
  'mr mrs ms dr gen lt col maj capt sgt cpl pvt brig adm cmdr st mt no nos vs etc jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k u.n e.g i.e approx est dept govt sen rep gov pres prof rev'.split(
    ' ',
  ),
);

/**
 * Sentence spans (trimmed) over the whole text. Paragraph breaks always end a sentence, because
 * headlines and captions often have no full stop.
 */
export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  BOUNDARY.lastIndex = 0;
  for (let match = BOUNDARY.exec(text); match; match = BOUNDARY.exec(text)) {
    const isParagraphBreak = match[0].startsWith('\n');
    if (!isParagraphBreak && isAbbreviation(text, match.index)) continue;
    pushTrimmed(text, start, isParagraphBreak ? match.index : match.index + match[0].length, spans);
    start = match.index + match[0].length;
  }
  pushTrimmed(text, start, text.length, spans);
  return spans;
}

/** The word before a full stop is an abbreviation or an initial ("J. Smith"). */
function isAbbreviation(text: string, dot: number): boolean {
  if (text.charAt(dot) !== '.') return false;
  let from = dot;
  while (from > 0 && /[\p{L}.]/u.test(text.charAt(from - 1))) from--;
  const word = text.slice(from, dot).toLowerCase();
  return ABBREVIATIONS.has(word) || /^\p{L}$/u.test(word);
}

function pushTrimmed(text: string, from: number, to: number, out: Span[]): void {
  while (from < to && /\s/.test(text.charAt(from))) from++;
  while (to > from && /\s/.test(text.charAt(to - 1))) to--;
  if (to > from) out.push({ start: from, end: to });
}
