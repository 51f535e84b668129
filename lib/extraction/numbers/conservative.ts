import type { Quantity } from '../../schema/mention';

/**
 * ACLED's unspecified plural: when a report gives deaths as "several", "a few" or "many" with no
 * number, ACLED's fatality guidance records 10 (its documented rule for "several/many/plural"
 * fatalities; it does NOT use 3 for these).
 */
const UNSPECIFIED_PLURAL = 10;

/**
 * The single conservative value ACLED would code for a reported quantity, used to attribute
 * fatalities to events:
 * - exact, "at least N", "more than N", "some/around N", "up to N" → N (the only figure given);
 * - ranges ("10-15", "between 10 and 15") → the lower end;
 * - vague round numbers → one of the unit (ACLED: tens 10, dozens 12, hundreds 100, and so on:
 *   scores 20, thousands 1,000, tens of thousands 10,000; "a few hundred", "several hundred" 100);
 * - "several", "a few" → 10.
 */
export function conservativeValue(q: Quantity): number | null {
  if (!q.vague) return q.value ?? q.low ?? q.high;
  const low = q.low;
  if (low === null) return null;
  if (low < 10) return UNSPECIFIED_PLURAL;
  // Vague lows are 2× (plural, "a few") or 3× ("several") a round unit; one unit is the conservative value.
  for (const multiple of [2, 3]) {
    const unit = low / multiple;
    if (isRoundUnit(unit)) return unit;
  }
  return low;
}

/** 10, 100, 1000…, and dozens and scores of them (12, 20, 1200…). */
function isRoundUnit(n: number): boolean {
  if (!Number.isInteger(n) || n < 10) return false;
  let m = n;
  while (m % 10 === 0 && m > 20) m /= 10;
  return m === 10 || m === 12 || m === 20;
}
