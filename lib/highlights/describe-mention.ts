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
      const range = low === null && high === null ? null : `range ${low ?? '?'}–${high ?? '?'}`;
      return {
        title: value === null ? (vague ? 'vague amount' : 'amount') : value.toLocaleString('en'),
        lines: [
          [category, of].filter(Boolean).join(': '),
          [range, vague ? 'vague' : null].filter(Boolean).join(', '),
        ].filter(Boolean),
      };
    }
    case 'date':
      return { title: mention.date.iso, lines: [PRECISION[mention.date.precision]] };
  }
}
