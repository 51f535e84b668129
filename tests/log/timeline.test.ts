import { describe, expect, it } from 'vitest';
import { brushedDates, dateSpan, pickGranularity, timelineBins } from '@/lib/log/timeline';

const on = (date: string, fatalities: number | null = null) => ({ date, fatalities });
const summary = (bins: ReturnType<typeof timelineBins>) =>
  bins.map((b) => `${b.label} ${b.from}..${b.to} ${b.count}/${b.fatalities}`);

describe('timeline bins by day', () => {
  it('counts events and sums deaths per day, with empty days in between', () => {
    const bins = timelineBins([on('2024-05-09', 3), on('2024-05-07', 2), on('2024-05-07', null)], 'day');
    expect(summary(bins)).toEqual([
      '7 May 2024 2024-05-07..2024-05-07 2/2',
      '8 May 2024 2024-05-08..2024-05-08 0/0',
      '9 May 2024 2024-05-09..2024-05-09 1/3',
    ]);
  });

  it('has a 29 February in leap years only', () => {
    expect(timelineBins([on('2024-02-28'), on('2024-03-01')], 'day').map((b) => b.from)).toEqual([
      '2024-02-28',
      '2024-02-29',
      '2024-03-01',
    ]);
    expect(timelineBins([on('2023-02-28'), on('2023-03-01')], 'day').map((b) => b.from)).toEqual([
      '2023-02-28',
      '2023-03-01',
    ]);
  });

  it('crosses the turn of a year and skips dates that are not real days', () => {
    const bins = timelineBins([on('2023-12-31'), on('2024-02-30'), on('2024-01-01')], 'day');
    expect(summary(bins)).toEqual([
      '31 Dec 2023 2023-12-31..2023-12-31 1/0',
      '1 Jan 2024 2024-01-01..2024-01-01 1/0',
    ]);
  });

  it('returns no bins for no events, or only unreadable dates', () => {
    expect(timelineBins([], 'day')).toEqual([]);
    expect(timelineBins([on('2024-13-01')], 'month')).toEqual([]);
  });
});

describe('timeline bins by week', () => {
  it('starts weeks on Monday: a Sunday and the next Monday fall in different weeks', () => {
    // 2024-01-01 is a Monday; 2023-12-31 a Sunday.
    const bins = timelineBins([on('2023-12-31', 1), on('2024-01-01', 2), on('2024-01-07', 4)], 'week');
    expect(summary(bins)).toEqual([
      '25–31 Dec 2023 2023-12-25..2023-12-31 1/1',
      '1–7 Jan 2024 2024-01-01..2024-01-07 2/6',
    ]);
  });

  it('names a week by its days, never by an ISO week code, across a month’s or a year’s turn', () => {
    expect(timelineBins([on('2024-12-31')], 'week').map((b) => [b.label, b.from, b.to])).toEqual([
      ['30 Dec 2024 – 5 Jan 2025', '2024-12-30', '2025-01-05'],
    ]);
    expect(timelineBins([on('2025-04-03')], 'week').map((b) => [b.label, b.from, b.to])).toEqual([
      ['31 Mar – 6 Apr 2025', '2025-03-31', '2025-04-06'],
    ]);
    const year = timelineBins([on('2025-01-01'), on('2025-12-31')], 'week');
    expect(year.filter((b) => /W\d/.test(b.label))).toEqual([]);
  });

  it('keeps the empty weeks between the first and last event', () => {
    const bins = timelineBins([on('2024-05-06'), on('2024-05-27')], 'week');
    expect(bins.map((b) => `${b.label}:${b.count}`)).toEqual([
      '6–12 May 2024:1',
      '13–19 May 2024:0',
      '20–26 May 2024:0',
      '27 May – 2 Jun 2024:1',
    ]);
  });
});

describe('timeline bins by month', () => {
  it('ends each month on its last day, February by the leap-year rule', () => {
    const bins = timelineBins([on('2023-11-15'), on('2024-04-02')], 'month');
    expect(bins.map((b) => [b.label, b.from, b.to, b.count])).toEqual([
      ['Nov 2023', '2023-11-01', '2023-11-30', 1],
      ['Dec 2023', '2023-12-01', '2023-12-31', 0],
      ['Jan 2024', '2024-01-01', '2024-01-31', 0],
      ['Feb 2024', '2024-02-01', '2024-02-29', 0],
      ['Mar 2024', '2024-03-01', '2024-03-31', 0],
      ['Apr 2024', '2024-04-01', '2024-04-30', 1],
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
      'Feb 2024:0/0',
      'Mar 2024:1/1',
      'Apr 2024:0/0',
      'May 2024:0/0',
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
