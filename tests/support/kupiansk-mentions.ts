import type { Mention } from '@/lib/schema';

/** The mentions of any text that starts "Drones struck Kupiansk on Tuesday". */
export const KUPIANSK_MENTIONS: Mention[] = [
  {
    kind: 'place',
    start: 14,
    end: 22,
    text: 'Kupiansk',
    place: { name: 'Kupiansk', country: 'UA', admin1: null, lat: 49.7, lon: 37.6, level: 'city' },
  },
  { kind: 'date', start: 26, end: 33, text: 'Tuesday', date: { iso: '2024-05-07', precision: 1 } },
];
