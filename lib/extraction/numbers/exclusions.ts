import {
  GLUED_SCALES,
  LABEL_WORDS,
  LOWERCASE_LABEL_WORDS,
  MONTHS,
  NON_QUANTITY_SUFFIXES,
  PERSON_NOUNS,
  THING_NOUNS,
  TIME_WORDS,
  UNIT_CATEGORY,
} from './lexicon';
import type { Token } from './tokens';

/**
 * Digit groups that are not quantities: parts of codes and names ("F-16", "MH17", "Brigade 47",
 * "Day 672"), ordinals ("19th"), clock times ("10:30", "3pm"), dates ("7 May", "May 7", "24/7"),
 * years ("since 2011") and phone numbers. Checked on the first digit group of a candidate.
 */
export function isNonQuantityDigits(
  tokens: readonly Token[],
  index: number,
  text: string,
  qualified: boolean,
  phoneRun: ReadonlySet<number>,
): boolean {
  const token = tokens[index];
  if (!token || token.kind !== 'num') return true;
  if (phoneRun.has(index)) return true;
  if (/^0\d/.test(token.text)) return true; // "0600", "07": codes and clock times
  return (
    isGluedToCode(token, text) ||
    hasNonQuantitySuffix(tokens, index, text) ||
    isClockOrDatePart(token, text) ||
    followsLabel(tokens, index) ||
    isTimeOfDay(tokens, index) ||
    isDayOfMonth(tokens, index) ||
    isYear(tokens, index, qualified)
  );
}

/** "MH17", "F-16", "COVID-19", "x.5": a digit group glued to letters or code punctuation before it. */
function isGluedToCode(token: Token, text: string): boolean {
  const before = text.charAt(token.start - 1);
  if (/[A-Za-z_\d]/.test(before)) return true;
  if (before === '+' || before === '#') return true;
  if (before === '-' || before === '/' || before === '.' || before === ':') {
    return /[A-Za-z\d]/.test(text.charAt(token.start - 2));
  }
  return false;
}

/** "19th", "1990s", "3pm", "13950907_photo": letters glued after the digits that are not a unit. */
function hasNonQuantitySuffix(tokens: readonly Token[], index: number, text: string): boolean {
  const token = tokens[index];
  const next = tokens[index + 1];
  if (!token) return false;
  const after = text.charAt(token.end);
  if (after === '_') return true;
  if (!next || next.start !== token.end || next.kind !== 'word') return false;
  const suffix = next.lower;
  if (NON_QUANTITY_SUFFIXES.has(suffix)) return true;
  if (GLUED_SCALES.has(suffix) || UNIT_CATEGORY.has(suffix) || suffix === 'sq' || suffix === 'm')
    return false;
  return true;
}

/** "10:30", "24/7", "7/5/2023": digits joined to other digits by a colon or slash. */
function isClockOrDatePart(token: Token, text: string): boolean {
  const after = text.charAt(token.end);
  if ((after === ':' || after === '/') && /\d/.test(text.charAt(token.end + 1))) return true;
  return false;
}

/** "Brigade 47", "Resolution 2254", "Day 672", "day 3", "No. 5", "#5": a number that names or orders. */
function followsLabel(tokens: readonly Token[], index: number): boolean {
  const previous = tokens[index - 1];
  if (!previous) return false;
  if (previous.text === '#') return true;
  if (previous.text === '.' && tokens[index - 2]?.lower === 'no') return true;
  if (previous.kind !== 'word') return false;
  if (LOWERCASE_LABEL_WORDS.has(previous.lower)) return true;
  return /^[A-Z]/.test(previous.text) && LABEL_WORDS.has(previous.lower);
}

/** "3 pm", "3 p.m.", "1800 GMT", "0600 local time", "5 o'clock". */
function isTimeOfDay(tokens: readonly Token[], index: number): boolean {
  const next = tokens[index + 1];
  if (!next) return false;
  if (TIME_WORDS.has(next.lower)) return true;
  if (
    (next.lower === 'a' || next.lower === 'p') &&
    tokens[index + 2]?.text === '.' &&
    tokens[index + 3]?.lower === 'm'
  )
    return true;
  return next.lower === 'local' && tokens[index + 2]?.lower === 'time';
}

/** "7 May", "May 7", "Sept. 11", "7-9 May": a day number next to a capitalised month name. */
function isDayOfMonth(tokens: readonly Token[], index: number): boolean {
  let previous = tokens[index - 1];
  if (previous?.text === '.') previous = tokens[index - 2];
  if (previous && isMonthName(previous)) return true;
  let k = index + 1;
  // Skip a range end ("7-9 May", "7 and 8 May") before looking for the month.
  if (
    tokens[k]?.text === '-' ||
    tokens[k]?.text === '–' ||
    tokens[k]?.lower === 'and' ||
    tokens[k]?.lower === 'to'
  ) {
    if (tokens[k + 1]?.kind === 'num') k += 2;
  }
  if (tokens[k]?.lower === 'of') k += 1;
  const next = tokens[k];
  return next !== undefined && isMonthName(next);
}

export function isMonthName(token: Token): boolean {
  return /^[A-Z]/.test(token.text) && MONTHS.has(token.lower);
}

/** Words before a bare four-digit number that make it a year: "in 2019", "since 2011", "March 2011". */
const YEAR_PREPOSITIONS = new Set([
  'in',
  'since',
  'from',
  'until',
  'till',
  'by',
  'before',
  'after',
  'during',
  'early',
  'late',
  'mid',
  'spring',
  'summer',
  'autumn',
  'fall',
  'winter',
  'year',
  'fiscal',
  'between',
  'through',
  'throughout',
  'circa',
]);

/**
 * A bare 1800–2099 integer is a year unless it is qualified ("some 2000") or, without a year
 * preposition before it ("in 2015 rebels…"), counts people or things ("and 2000 people were killed").
 */
function isYear(tokens: readonly Token[], index: number, qualified: boolean): boolean {
  const token = tokens[index];
  if (!token || !/^\d{4}$/.test(token.text)) return false;
  const n = Number(token.text);
  if (n < 1800 || n > 2099) return false;
  if (qualified) return false;
  const previous = tokens[index - 1];
  if (previous && (YEAR_PREPOSITIONS.has(previous.lower) || MONTHS.has(previous.lower))) return true;
  const next = tokens[index + 1];
  return !(next?.kind === 'word' && (PERSON_NOUNS.has(next.lower) || THING_NOUNS.has(next.lower)));
}
