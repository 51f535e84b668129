import { digitCore, type Core } from './core';
import { isNonQuantityDigits } from './exclusions';
import { wordCore } from './number-words';
import { digitGroupAt, isLetterWord, type Scope } from './reading';
import { vagueCore } from './vague';

/** The number at token `index`, whichever its form: digits, a vague amount or number words. */
export function parseCore(s: Scope, index: number): Core | null {
  if (digitGroupAt(s, index)) return digitCore(s, index);
  if (!isLetterWord(s, index)) return null;
  return vagueCore(s, index) ?? wordCore(s, index);
}

/** The number at token `index`, unless its digits are a date, a code, a phone number... */
export function acceptedCore(
  s: Scope,
  index: number,
  qualified: boolean,
  phoneDigits: ReadonlySet<number>,
): Core | null {
  const group = digitGroupAt(s, index);
  if (group && isNonQuantityDigits(s, group, qualified, phoneDigits)) return null;
  return parseCore(s, index);
}
