import { ACLED_INTER_LABELS } from '../schema/acled';
import type { Mention } from '../schema';

const PRECISION = { 1: 'exact day', 2: 'week', 3: 'month' } as const;

/** The normalised meaning of a mention, as lines for the hover card: what the extractor understood. */
export function describeMention(mention: Mention): { title: string; lines: string[] } {
  switch (mention.kind) {
    case 'place': {
      const { name, admin1, country, lat, lon, level } = mention.place;
      return {
        title: name,
        lines: [
          [level, admin1, country].filter(Boolean).join(' · '),
          lat === null || lon === null ? 'coordinates unknown' : `${lat.toFixed(4)}, ${lon.toFixed(4)}`,
        ],
      };
    }
    case 'actor':
      return {
        title: mention.actor.canonical,
        lines: [`${ACLED_INTER_LABELS[mention.actor.inter]} (inter ${mention.actor.inter})`],
      };
    case 'number': {
      const { value, low, high, vague, category, of } = mention.number;
      const single = value ?? (low !== null && low === high ? low : null);
      return {
        title: single === null ? (vague ? 'vague amount' : 'amount') : formatNumber(single),
        lines: [
          [category, of].filter(Boolean).join(': '),
          [single === null ? spanOf(low, high) : boundOf(single, low, high), vague ? 'vague' : null]
            .filter(Boolean)
            .join(', '),
        ].filter(Boolean),
      };
    }
    case 'date':
      return { title: mention.date.iso, lines: [PRECISION[mention.date.precision]] };
  }
}

const formatNumber = (n: number) => n.toLocaleString('en');

/** What an amount without one value spans: "range 20–30", "at least 24", "at most 12". */
function spanOf(low: number | null, high: number | null): string | null {
  if (low !== null && high !== null) return `range ${formatNumber(low)}–${formatNumber(high)}`;
  if (low !== null) return `at least ${formatNumber(low)}`;
  if (high !== null) return `at most ${formatNumber(high)}`;
  return null;
}

/**
 * What a known value's bounds add: nothing for an exact value (its bounds are the value itself), a
 * one-sided bound for "more than 1,200" (low = value, no high), and the span otherwise.
 */
function boundOf(value: number, low: number | null, high: number | null): string | null {
  if ((low === null || low === value) && (high === null || high === value)) {
    if (low === value && high === null) return `at least ${formatNumber(value)}`;
    if (high === value && low === null) return `at most ${formatNumber(value)}`;
    return null;
  }
  return spanOf(low, high);
}
