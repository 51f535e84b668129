import {
  digitGroupAt,
  hyphenJoined,
  isCapitalised,
  isLetterWord,
  keyAt,
  normAt,
  startsWithDigit,
  wordAt,
  wordBefore,
  wordsEnd,
  type DigitGroup,
  type Scope,
  type Word,
} from './reading';

/**
 * Digit groups that are not quantities: parts of codes and names ("F-16", "MH17", "Brigade 47",
 * "Day 672"), ordinals ("19th"), clock times ("10:30", "3pm"), dates ("7 May", "May 7", "24/7"),
 * years ("since 2011") and phone numbers. Checked on the first digit group of a candidate.
 */
export function isNonQuantityDigits(
  s: Scope,
  group: DigitGroup,
  qualified: boolean,
  phoneDigits: ReadonlySet<number>,
): boolean {
  if (phoneDigits.has(group.first)) return true;
  if (/^0\d/.test(group.text)) return true; // "0600", "07": codes and clock times
  return (
    isGluedToCode(s, group) ||
    hasNonQuantitySuffix(s, group) ||
    isClockOrDatePart(s, group) ||
    followsLabel(s, group) ||
    isTimeOfDay(s, group) ||
    isDayOfMonth(s, group) ||
    isYear(s, group, qualified)
  );
}

/** "F-16", "COVID-19", "x.5": a digit group glued to letters or code punctuation before it. */
function isGluedToCode(s: Scope, group: DigitGroup): boolean {
  const text = s.doc.text;
  const start = s.doc.tokens[group.first]?.start ?? 0;
  const before = text.charAt(start - 1);
  if (/[A-Za-z_\d]/.test(before)) return true;
  if (before === '+' || before === '#') return true;
  if (before === '-' || before === '/' || before === '.' || before === ':') {
    return /[A-Za-z\d]/.test(text.charAt(start - 2));
  }
  return false;
}

/**
 * The word glued after the digits: the letters of their token and the hyphen compound they
 * start ("km-long" of "5km-long"); null when nothing is glued.
 */
function gluedWord(s: Scope, group: DigitGroup): string | null {
  if (group.suffix === null) return null;
  const last = group.end - 1;
  if (!hyphenJoined(s, last) || !isLetterWord(s, group.end)) return group.suffix;
  return `${group.suffix}-${keyAt(s, group.end)}`;
}

/** "19th", "1990s", "3pm", "13950907_photo": letters glued after the digits that are not a unit. */
function hasNonQuantitySuffix(s: Scope, group: DigitGroup): boolean {
  if (s.doc.text.charAt(group.digitsEnd) === '_') return true;
  const suffix = gluedWord(s, group);
  if (suffix === null) return false;
  const { sets, gluedScales, units, metresOrMillions } = s.words;
  if (sets.notQuantities.suffixes.has(suffix)) return true;
  const isUnit = gluedScales.has(suffix) || units.has(suffix) || suffix === metresOrMillions;
  return !isUnit && !sets.square.words.has(suffix);
}

/** "10:30", "24/7", "7/5/2023": digits joined to other digits by a colon or slash. */
function isClockOrDatePart(s: Scope, group: DigitGroup): boolean {
  const after = s.doc.text.charAt(group.digitsEnd);
  return (after === ':' || after === '/') && /\d/.test(s.doc.text.charAt(group.digitsEnd + 1));
}

/** "Brigade 47", "Resolution 2254", "Day 672", "day 3", "No. 5", "#5": a number that names or orders. */
function followsLabel(s: Scope, group: DigitGroup): boolean {
  const previous = wordBefore(s, group.first);
  if (!previous) return false;
  const { sets, notQuantities } = s.words;
  if (previous.key === '#') return true;
  if (previous.key === '.' && wordBefore(s, previous.start)?.key === notQuantities.numberSign) return true;
  if (!isLetterWord(s, previous.start)) return false;
  if (sets.notQuantities.lowercaseLabels.has(previous.key)) return true;
  return isCapitalised(s, previous.start) && sets.notQuantities.labels.has(previous.key);
}

/** "3 pm", "3 p.m.", "1800 GMT", "0600 local time", "5 o'clock". */
function isTimeOfDay(s: Scope, group: DigitGroup): boolean {
  if (group.suffix !== null) return false;
  return s.words.timeAfter.some((words) => wordsEnd(s, group.end, words) >= 0);
}

/** "7 May", "May 7", "Sept. 11", "7-9 May": a day number next to a capitalised month name. */
function isDayOfMonth(s: Scope, group: DigitGroup): boolean {
  let previous = wordBefore(s, group.first);
  if (previous?.key === '.') previous = wordBefore(s, previous.start);
  if (previous && isMonthName(s, previous)) return true;
  if (group.suffix !== null) return false;
  let k = group.end;
  // Skip a range end ("7-9 May", "7 and 8 May") before looking for the month.
  if (hyphenJoined(s, k - 1) && startsWithDigit(s, k)) {
    k = digitGroupAt(s, k)?.end ?? k;
  } else if (isDayRangeJoiner(s, k) && startsWithDigit(s, k + 1)) {
    k = digitGroupAt(s, k + 1)?.end ?? k;
  }
  const of = wordAt(s, k);
  if (of.key === s.words.of) k = of.end;
  return k < s.end && isMonthName(s, wordAt(s, k));
}

function isDayRangeJoiner(s: Scope, k: number): boolean {
  const norm = normAt(s, k);
  return norm === '-' || norm === '–' || s.words.sets.notQuantities.dayRangeJoiners.has(keyAt(s, k));
}

function isMonthName(s: Scope, word: Word): boolean {
  return isCapitalised(s, word.start) && s.words.months.has(word.key);
}

/** A year in the news: a bare four-digit number in this range. */
const FIRST_YEAR = 1800;
const LAST_YEAR = 2099;

/**
 * A bare 1800–2099 integer is a year unless it is qualified ("some 2000") or, without a year
 * preposition before it ("in 2015 rebels…"), counts people or things ("and 2000 people were killed").
 */
function isYear(s: Scope, group: DigitGroup, qualified: boolean): boolean {
  if (!/^\d{4}$/.test(group.text)) return false;
  const n = Number(group.text);
  if (n < FIRST_YEAR || n > LAST_YEAR || qualified) return false;
  const { sets, months } = s.words;
  const previous = wordBefore(s, group.first)?.key ?? '';
  if (sets.notQuantities.yearLeads.has(previous) || months.has(previous)) return true;
  const next = gluedWord(s, group) ?? (isLetterWord(s, group.end) ? keyAt(s, group.end) : null);
  return !(next !== null && (sets.heads.persons.has(next) || sets.heads.things.has(next)));
}
