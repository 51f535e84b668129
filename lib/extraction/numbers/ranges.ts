import type { Core } from './core';
import { isNonQuantityDigits } from './exclusions';
import { acceptedCore, parseCore } from './number-core';
import type { ParsedPhrase } from './phrase';
import { afterDash, digitGroupAt, wordAt, type Scope } from './reading';
import { readUnit } from './units';

/** "between 10 and 15": a range with both ends. */
export function betweenRange(
  s: Scope,
  index: number,
  core: Core,
  phoneDigits: ReadonlySet<number>,
): ParsedPhrase | null {
  const joiner = wordAt(s, core.end);
  if (core.value === null || core.suffix !== null || joiner.key !== s.words.betweenJoiner) return null;
  const second = acceptedCore(s, joiner.end, true, phoneDigits);
  if (!second || second.value === null || second.value <= core.value) return null;
  const unit = readUnit(s, second.end, second.suffix, false, second);
  const end = unit?.end ?? second.end;
  return {
    first: index,
    end,
    endOffset: unit ? (s.doc.tokens[end - 1]?.end ?? second.surfaceEnd) : second.surfaceEnd,
    value: null,
    low: core.value,
    high: second.value,
    vague: false,
    unitCategory: unit?.category ?? null,
    unitRule: unit?.category ? unit.rule : null,
  };
}

/** "10-15", "two or three", "20 to 30": the upper end of a range, if one follows. */
export function rangeEnd(s: Scope, core: Core, phoneDigits: ReadonlySet<number>): Core | null {
  if (core.value === null || core.suffix !== null) return null;
  const dashed = afterDash(s, core.end - 1);
  const joiner = wordAt(s, core.end);
  const dash = dashed >= 0;
  if (!dash && !s.words.sets.misc.rangeJoiners.has(joiner.key)) return null;
  const next = dash ? dashed : joiner.end;
  // Check the second digit group as if it stood alone, ignoring its glue to the dash.
  const group = digitGroupAt(s, next);
  const excluded =
    group !== null &&
    (dash
      ? isNonQuantityAfterDash(s, group.text, group.digitsEnd)
      : isNonQuantityDigits(s, group, false, phoneDigits));
  const second = excluded ? null : parseCore(s, next);
  if (!second || second.value === null || second.value <= core.value || second.digits !== core.digits)
    return null;
  return second;
}

/** After a dash: "07" is a code, and "10-15-20", "10-15/16", "10-15:30" are no ranges. */
function isNonQuantityAfterDash(s: Scope, digits: string, digitsEnd: number): boolean {
  if (/^0\d/.test(digits)) return true;
  const after = s.doc.text.charAt(digitsEnd);
  return after === '-' || after === '/' || after === ':';
}
