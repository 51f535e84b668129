import { describe, expect, it } from 'vitest';
import { brushedDates, dateSpan, pickGranularity, timelineBins } from '@/lib/log/timeline';

const on = (date: string, fatalities: number | null = null) => ({ date, fatalities });
const summary = (bins: ReturnType<typeof timelineBins>) =>
  bins.map((b) => `${b.label} ${b.from}..${b.to} ${b.count}/${b.fatalities}`);

describe('timeline bins by day', () => {
  it('counts events and sums deaths per day, with empty days in between', () => {
    const bins = timelineBins([on('2024-05-09', 3), on('2024-05-07', 2), on('2024-05-07', null)], 'day');
    expect(summary(bins)).toEqual([
      '2024-05-07 2024-05-07..2024-05-07 2/2',
      '2024-05-08 2024-05-08..2024-05-08 0/0',
      '2024-05-09 2024-05-09..2024-05-09 1/3',
    ]);
  });

  it('has a 29 February in leap years only', () => {
    expect(timelineBins([on('2024-02-28'), on('2024-03-01')], 'day').map((b) => b.label)).toEqual([
      '2024-02-28',
      '2024-02-29',
      '2024-03-01',
    ]);
    expect(timelineBins([on('2023-02-28'), on('2023-03-01')], 'day').map((b) => b.label)).toEqual([
      '2023-02-28',
      '2023-03-01',
    ]);
  });

  it('crosses the turn of a year and skips dates that are not real days', () => {
    const bins = timelineBins([on('2023-12-31'), on('2024-02-30'), on('2024-01-01')], 'day');
    expect(summary(bins)).toEqual([
      '2023-12-31 2023-12-31..2023-12-31 1/0',
      '2024-01-01 2024-01-01..2024-01-01 1/0',
    ]);
  });

  it('returns no bins for no events, or only unreadable dates', () => {
    expect(timelineBins([], 'day')).toEqual([]);
    expect(timelineBins([on('2024-13-01')], 'month')).toEqual([]);
  });
});

describe('timeline bins by ISO week', () => {
  it('starts weeks on Monday: a Sunday and the next Monday fall in different weeks', () => {
    // 2024-01-01 is a Monday; 2023-12-31 a Sunday.
    const bins = timelineBins([on('2023-12-31', 1), on('2024-01-01', 2), on('2024-01-07', 4)], 'week');
    expect(summary(bins)).toEqual([
      '2023-W52 2023-12-25..2023-12-31 1/1',
      '2024-W01 2024-01-01..2024-01-07 2/6',
    ]);
  });

  it('names a week after the year of its Thursday', () => {
    // Monday 2024-12-30 starts 2025's first week; Sunday 2021-01-03 ends 2020's 53rd.
    expect(timelineBins([on('2024-12-31')], 'week').map((b) => [b.label, b.from])).toEqual([
      ['2025-W01', '2024-12-30'],
    ]);
    expect(timelineBins([on('2021-01-03')], 'week').map((b) => [b.label, b.from, b.to])).toEqual([
      ['2020-W53', '2020-12-28', '2021-01-03'],
    ]);
  });

  it('keeps the empty weeks between the first and last event', () => {
    const bins = timelineBins([on('2024-05-06'), on('2024-05-27')], 'week');
    expect(bins.map((b) => `${b.label}:${b.count}`)).toEqual([
      '2024-W19:1',
      '2024-W20:0',
      '2024-W21:0',
      '2024-W22:1',
    ]);
  });
});

describe('timeline bins by month', () => {
  it('ends each month on its last day, February by the leap-year rule', () => {
    const bins = timelineBins([on('2023-11-15'), on('2024-04-02')], 'month');
    expect(bins.map((b) => [b.label, b.from, b.to, b.count])).toEqual([
      ['2023-11', '2023-11-01', '2023-11-30', 1],
      ['2023-12', '2023-12-01', '2023-12-31', 0],
      ['2024-01', '2024-01-01', '2024-01-31', 0],
      ['2024-02', '2024-02-01', '2024-02-29', 0],
      ['2024-03', '2024-03-01', '2024-03-31', 0],
      ['2024-04', '2024-04-01', '2024-04-30', 1],
    ]);
    expect(timelineBins([on('2023-02-10')], 'month')[0]?.to).toBe('2023-02-28');
    expect(timelineBins([on('1900-02-10')], 'month')[0]?.to).toBe('1900-02-28');
    expect(timelineBins([on('2000-02-10')], 'month')[0]?.to).toBe('2000-02-29');
  });

  it('spans a given range when asked, leaving out events outside it', () => {
    const bins = timelineBins([on('2024-01-20', 5), on('2024-03-03', 1)], 'month', {
      from: '2024-02-01',
      to: '2024-05-31',
    });
    expect(bins.map((b) => `${b.label}:${b.count}/${b.fatalities}`)).toEqual([
      '2024-02:0/0',
      '2024-03:1/1',
      '2024-04:0/0',
      '2024-05:0/0',
    ]);
  });
});

describe('choosing a granularity', () => {
  it('uses days for a few months, weeks for up to about two years, months beyond', () => {
    expect(pickGranularity('2024-01-01', '2024-01-01')).toBe('day');
    expect(pickGranularity('2024-01-01', '2024-04-29')).toBe('day'); // 120 days
    expect(pickGranularity('2024-01-01', '2024-04-30')).toBe('week');
    expect(pickGranularity('2024-01-01', '2026-04-19')).toBe('week'); // 120 weeks
    expect(pickGranularity('2024-01-01', '2026-04-20')).toBe('month');
    expect(pickGranularity('2024-01-01', '2024-03-31', 30)).toBe('week');
  });
});

describe('from brushed bins back to dates', () => {
  const bins = timelineBins([on('2024-01-10'), on('2024-04-10')], 'month');

  it('covers the first bin’s first day to the last bin’s last day, in either direction', () => {
    expect(brushedDates(bins, 1, 2)).toEqual({ from: '2024-02-01', to: '2024-03-31' });
    expect(brushedDates(bins, 2, 1)).toEqual({ from: '2024-02-01', to: '2024-03-31' });
    expect(brushedDates(bins, 3, 3)).toEqual({ from: '2024-04-01', to: '2024-04-30' });
  });

  it('clamps positions outside the bins, and has nothing to say without bins', () => {
    expect(brushedDates(bins, -4, 99)).toEqual({ from: '2024-01-01', to: '2024-04-30' });
    expect(brushedDates([], 0, 1)).toBeNull();
  });

  it('finds the span of a list of events', () => {
    expect(dateSpan([on('2024-05-07'), on('2023-12-31'), on('2024-01-02')])).toEqual({
      from: '2023-12-31',
      to: '2024-05-07',
    });
    expect(dateSpan([])).toBeNull();
  });
});
