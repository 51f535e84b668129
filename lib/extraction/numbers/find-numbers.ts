import { readPhrases } from './category';
import {
  CURRENCY_PREFIX_WORDS,
  CURRENCY_SYMBOLS,
  QUALIFIERS,
  SCALE_WORDS,
  TENS_WORDS,
  UNIT_WORDS,
  VAGUE_PLURALS,
} from './lexicon';
import { parsePhrase, type Phrase } from './phrase';
import { forEachSentence, type Token } from './tokens';
import type { NumberMention } from './types';

/** Words that can begin a quantity phrase; anything else is skipped without parsing. */
const START_WORDS: ReadonlySet<string> = new Set([
  ...QUALIFIERS.map(([words]) => words[0] ?? ''),
  ...UNIT_WORDS.keys(),
  ...TENS_WORDS.keys(),
  ...SCALE_WORDS.keys(),
  ...VAGUE_PLURALS.keys(),
  ...CURRENCY_PREFIX_WORDS,
  'a',
  'an',
  'half',
  'several',
  'few',
  'dozen',
  'us',
]);

/**
 * Every quantity in `text` as a number mention, in text order, with offsets into `text`.
 * One left-to-right token walk per sentence, so the cost is linear in the text length.
 */
export function findNumbers(text: string): NumberMention[] {
  const mentions: NumberMention[] = [];
  forEachSentence(text, (tokens) => {
    const phrases = findPhrases(tokens, text);
    if (phrases.length === 0) return;
    const readings = readPhrases(tokens, phrases, text);
    phrases.forEach((phrase, i) => {
      const reading = readings[i];
      const first = tokens[phrase.first];
      const last = tokens[phrase.end - 1];
      if (!reading || !first || !last) return;
      mentions.push({
        kind: 'number',
        start: first.start,
        end: last.end,
        text: text.slice(first.start, last.end),
        number: {
          value: phrase.value,
          low: phrase.low,
          high: phrase.high,
          vague: phrase.vague,
          category: reading.category,
          of: reading.of,
        },
      });
    });
  });
  return mentions;
}

function findPhrases(tokens: readonly Token[], text: string): Phrase[] {
  const phrases: Phrase[] = [];
  const phoneRun = markPhoneRuns(tokens);
  for (let i = 0; i < tokens.length;) {
    const token = tokens[i];
    if (token && mayStart(token)) {
      const phrase = parsePhrase(tokens, i, text, phoneRun);
      if (phrase) {
        phrases.push(phrase);
        i = phrase.end;
        continue;
      }
    }
    i += 1;
  }
  return phrases;
}

function mayStart(token: Token): boolean {
  if (token.kind === 'num') return true;
  if (token.kind !== 'word') return CURRENCY_SYMBOLS.has(token.text);
  if (START_WORDS.has(token.lower)) return true;
  // "twenty-five", "two-day": a hyphen compound that starts with a number word.
  const hyphen = token.lower.indexOf('-');
  return hyphen > 0 && START_WORDS.has(token.lower.slice(0, hyphen));
}

const PHONE_JOINERS = new Set(['-', '.', '(', ')']);

/**
 * Digit groups of a phone number: three or more groups (seven or more digits) joined only by
 * spaces, dashes, dots or brackets, or any group right after a "+".
 */
function markPhoneRuns(tokens: readonly Token[]): Set<number> {
  const marked = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]?.kind !== 'num') continue;
    const run = [i];
    let digits = tokens[i]?.text.replace(/\D/g, '').length ?? 0;
    let k = i + 1;
    let joiners = 0;
    while (k < tokens.length) {
      const token = tokens[k];
      if (!token) break;
      if (token.kind === 'num') {
        run.push(k);
        digits += token.text.replace(/\D/g, '').length;
        joiners = 0;
      } else if (token.kind === 'punct' && PHONE_JOINERS.has(token.text) && joiners < 2) {
        joiners += 1;
      } else break;
      k += 1;
    }
    const plus = tokens[i - 1]?.text === '+';
    if (plus || (run.length >= 3 && digits >= 7)) for (const index of run) marked.add(index);
    i = run[run.length - 1] ?? i;
  }
  return marked;
}
