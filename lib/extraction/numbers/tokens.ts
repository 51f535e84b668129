/** A word, a digit group, a line break or one punctuation character, with offsets into the text. */
export interface Token {
  readonly kind: 'num' | 'word' | 'newline' | 'punct';
  readonly text: string;
  readonly lower: string;
  readonly start: number;
  readonly end: number;
}

/**
 * One pass, no backtracking between alternatives: digit groups keep their separators
 * ("75,259", "1.2"); words keep inner apostrophes and hyphens ("twenty-five", "al-Sha’er").
 */
const TOKEN = /(\d+(?:[.,]\d+)*)|([A-Za-z\u00C0-\u024F]+(?:['’`-][A-Za-z\u00C0-\u024F]+)*)|(\n)|(\S)/g;

/** Abbreviations whose full stop does not end a sentence. */
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'gen',
  'lt',
  'col',
  'maj',
  'capt',
  'sgt',
  'cpl',
  'pvt',
  'rev',
  'st',
  'no',
  'vs',
  'approx',
  'est',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'inc',
  'ltd',
  'co',
  'corp',
  'govt',
  'sen',
  'rep',
  'gov',
  'prof',
  'mt',
  'sq',
]);

/** Sentences beyond this many tokens are cut, so memory stays bounded on text without full stops. */
const MAX_SENTENCE_TOKENS = 4000;

/**
 * Streams the text sentence by sentence (line breaks always end one, since headlines have no full
 * stop), so a 5 MB text never holds more than one sentence's tokens at a time.
 */
export function forEachSentence(text: string, visit: (tokens: readonly Token[]) => void): void {
  const re = new RegExp(TOKEN.source, TOKEN.flags);
  let sentence: Token[] = [];
  let match: RegExpExecArray | null;
  const flush = (): void => {
    if (sentence.length > 0) visit(sentence);
    sentence = [];
  };
  while ((match = re.exec(text)) !== null) {
    const raw = match[0];
    const kind =
      match[1] !== undefined ? 'num' : match[2] !== undefined ? 'word' : match[3] ? 'newline' : 'punct';
    const token: Token = {
      kind,
      text: raw,
      lower: kind === 'word' ? raw.toLowerCase() : raw,
      start: match.index,
      end: match.index + raw.length,
    };
    if (kind === 'newline') {
      flush();
      continue;
    }
    sentence.push(token);
    if (endsSentence(token, sentence, text) || sentence.length >= MAX_SENTENCE_TOKENS) flush();
  }
  flush();
}

function endsSentence(token: Token, sentence: readonly Token[], text: string): boolean {
  if (token.kind !== 'punct') return false;
  if (token.text === '!' || token.text === '?') return true;
  if (token.text !== '.') return false;
  const previous = sentence[sentence.length - 2];
  if (previous && previous.end === token.start && previous.kind === 'word') {
    if (ABBREVIATIONS.has(previous.lower)) return false;
    // Initials and "U.S."-style abbreviations.
    if (previous.text.length === 1 && /[A-Z]/.test(previous.text)) return false;
  }
  // "terrorists.13950907" and "1.2" glued to the stop are not a sentence end followed by text.
  const next = text.charAt(token.end);
  return next === '' || /\s/.test(next) || next === '"' || next === '”' || next === '’';
}
