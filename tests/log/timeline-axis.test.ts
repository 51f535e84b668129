import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoOfDay, dayNumber } from '@/lib/extraction/dates/calendar';
import { pickGranularity, timelineBins, type Granularity } from '@/lib/log/timeline';
import { axisTicks, type AxisTick } from '@/lib/log/timeline-axis';

/** The bins of a timeline from `from` to `to`, at the granularity the log picks (or the one given). */
function binsOver(from: string, to: string, granularity: Granularity = pickGranularity(from, to)) {
  return timelineBins([{ date: from, fatalities: null }], granularity, { from, to });
}
const labels = (ticks: readonly AxisTick[]) => ticks.map((t) => t.label);

describe('the timeline’s axis labels', () => {
  it('labels every month of a long log, as “Jan 2025”, when there is room', () => {
    const bins = binsOver('2023-01-10', '2025-06-20');
    expect(bins).toHaveLength(30);
    const ticks = axisTicks(bins, 'month', 40);
    expect(ticks).toHaveLength(30);
    expect(labels(ticks).slice(0, 3)).toEqual(['Jan 2023', 'Feb 2023', 'Mar 2023']);
    expect(ticks.at(-1)).toEqual({ index: 29, label: 'Jun 2025' });
  });

  it('thins out to every third or sixth month, then to years, on a narrower axis', () => {
    const bins = binsOver('2023-01-10', '2025-06-20');
    expect(labels(axisTicks(bins, 'month', 12))).toEqual([
      'Jan 2023',
      'Apr 2023',
      'Jul 2023',
      'Oct 2023',
      'Jan 2024',
      'Apr 2024',
      'Jul 2024',
      'Oct 2024',
      'Jan 2025',
      'Apr 2025',
    ]);
    expect(labels(axisTicks(bins, 'month', 5))).toEqual([
      'Jan 2023',
      'Jul 2023',
      'Jan 2024',
      'Jul 2024',
      'Jan 2025',
    ]);
    // 2025 starts too near the right end for its label.
    expect(labels(axisTicks(bins, 'month', 4))).toEqual(['2023', '2024']);
  });

  it('labels the months of a log of a year or two by weeks, never with ISO week codes', () => {
    const bins = binsOver('2024-01-03', '2025-04-20');
    expect(bins[0]?.from).toBe('2024-01-01');
    const ticks = axisTicks(bins, 'week', 16);
    expect(labels(ticks)).toEqual([
      'Jan 2024',
      'Apr 2024',
      'Jul 2024',
      'Oct 2024',
      'Jan 2025',
      // Apr 2025 falls in the last weeks, where its label would not fit.
    ]);
    // The week that holds the first of the month carries its label.
    expect(bins[(ticks[1] as AxisTick).index]).toMatchObject({ from: '2024-04-01' });
  });

  it('labels the Mondays of a brushed span of weeks as “31 Mar”', () => {
    const bins = binsOver('2025-03-31', '2025-06-08', 'week');
    expect(labels(axisTicks(bins, 'week', 12))).toEqual([
      '31 Mar',
      '7 Apr',
      '14 Apr',
      '21 Apr',
      '28 Apr',
      '5 May',
      '12 May',
      '19 May',
      '26 May',
      '2 Jun',
    ]);
    // Every other Monday; 2 Jun's label would run past the right end.
    expect(labels(axisTicks(bins, 'week', 6))).toEqual(['7 Apr', '21 Apr', '5 May', '19 May']);
  });

  it('labels days as “3 Apr” when zoomed in, then every other day, then Mondays', () => {
    const bins = binsOver('2025-04-01', '2025-04-10');
    expect(bins).toHaveLength(10);
    expect(labels(axisTicks(bins, 'day', 10))).toEqual([
      '1 Apr',
      '2 Apr',
      '3 Apr',
      '4 Apr',
      '5 Apr',
      '6 Apr',
      '7 Apr',
      '8 Apr',
      '9 Apr',
      '10 Apr',
    ]);
    // Every other day, counted from 1970 so the spacing stays even across months.
    expect(labels(axisTicks(bins, 'day', 5))).toEqual(['2 Apr', '4 Apr', '6 Apr', '8 Apr']);
    expect(labels(axisTicks(binsOver('2025-04-01', '2025-05-20'), 'day', 8))).toEqual([
      '7 Apr',
      '14 Apr',
      '21 Apr',
      '28 Apr',
      '5 May',
      '12 May',
    ]);
  });

  it('has nothing to label without bins or room', () => {
    expect(axisTicks([], 'day', 10)).toEqual([]);
    expect(axisTicks(binsOver('2025-04-01', '2025-04-10'), 'day', 0)).toEqual([]);
  });

  it('keeps labels a slot apart and inside the axis, whatever the span and width', () => {
    const day = (n: number) => isoOfDay((dayNumber('1990-01-01') as number) + n);
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 20_000 }),
        fc.integer({ min: 0, max: 12_000 }),
        fc.integer({ min: 1, max: 40 }),
        (start, length, slots) => {
          const from = day(start);
          const to = day(start + length);
          const granularity = pickGranularity(from, to);
          const bins = binsOver(from, to, granularity);
          const ticks = axisTicks(bins, granularity, slots);
          const slot = bins.length / slots;
          ticks.forEach((tick, i) => {
            expect(tick.index + slot).toBeLessThanOrEqual(bins.length + 1e-9);
            if (i > 0) expect(tick.index - (ticks[i - 1] as AxisTick).index).toBeGreaterThanOrEqual(slot);
            expect(tick.label).toMatch(/^(\d{1,2} [A-Z][a-z]{2}|[A-Z][a-z]{2} \d{4}|\d{4})$/);
          });
          // An axis with room for a few labels gets some, spread over it.
          if (slots >= 4 && bins.length >= 2) {
            expect(ticks.length).toBeGreaterThanOrEqual(1);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
