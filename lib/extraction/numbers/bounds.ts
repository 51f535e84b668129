import { MAX_COUNT } from '../../schema/mention';
import type { ParsedPhrase } from './phrase';

/**
 * Whether a parsed quantity is a figure at all. A count (a quantity without a unit: of people,
 * mostly) is at most MAX_COUNT; a measure with a unit (money, distance...) may be larger ("$50
 * billion") but must stay a safe integer's size, so sums and the event log's integers stay exact.
 * Infinity and NaN (from "9e999"-like scaling) are never figures.
 */
export function isReadableQuantity(
  phrase: Pick<ParsedPhrase, 'value' | 'low' | 'high' | 'unitCategory'>,
): boolean {
  const limit = phrase.unitCategory === null ? MAX_COUNT : Number.MAX_SAFE_INTEGER;
  return [phrase.value, phrase.low, phrase.high].every(
    (n) => n === null || (Number.isFinite(n) && Math.abs(n) <= limit),
  );
}
