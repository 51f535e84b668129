import { describe, expect, it } from 'vitest';
import { describeMention } from '@/lib/highlights/describe-mention';

const base = { start: 0, end: 5, text: 'x' };

describe('describeMention', () => {
  it('gives a place’s name, where it sits and its coordinates', () => {
    expect(
      describeMention({
        kind: 'place',
        ...base,
        place: {
          name: 'Kupiansk',
          country: 'UA',
          admin1: 'Kharkiv',
          lat: 49.7106,
          lon: 37.6156,
          level: 'town',
        },
      }),
    ).toEqual({ title: 'Kupiansk', lines: ['town · Kharkiv · UA', '49.7106, 37.6156'] });
  });

  it('says when a place has no coordinates', () => {
    const { lines } = describeMention({
      kind: 'place',
      ...base,
      place: { name: 'Jordanian border', country: 'SY', admin1: null, lat: null, lon: null, level: 'region' },
    });
    expect(lines).toContain('coordinates unknown');
  });

  it('gives an actor’s canonical name and ACLED type', () => {
    expect(
      describeMention({ kind: 'actor', ...base, actor: { canonical: 'Rapid Support Forces', inter: 2 } }),
    ).toEqual({ title: 'Rapid Support Forces', lines: ['Rebel group (inter 2)'] });
  });

  it('gives a number’s value, range and category, and marks vague ones', () => {
    expect(
      describeMention({
        kind: 'number',
        ...base,
        number: { value: 1200, low: 1200, high: null, vague: false, category: 'displaced', of: 'families' },
      }),
    ).toEqual({ title: '1,200', lines: ['displaced: families', 'at least 1,200'] });
    expect(
      describeMention({
        kind: 'number',
        ...base,
        number: { value: null, low: 24, high: null, vague: true, category: 'killed', of: null },
      }),
    ).toEqual({ title: 'vague amount', lines: ['killed', 'at least 24, vague'] });
  });

  it('gives an exact number as its value alone, never as a range', () => {
    expect(
      describeMention({
        kind: 'number',
        ...base,
        number: { value: 200, low: 200, high: 200, vague: false, category: 'displaced', of: 'families' },
      }),
    ).toEqual({ title: '200', lines: ['displaced: families'] });
  });

  it('gives a range whose ends meet as that one value', () => {
    expect(
      describeMention({
        kind: 'number',
        ...base,
        number: { value: null, low: 40, high: 40, vague: false, category: 'killed', of: null },
      }),
    ).toEqual({ title: '40', lines: ['killed'] });
  });

  it('gives a range as low–high and a one-sided bound in words', () => {
    const lines = (low: number | null, high: number | null) =>
      describeMention({
        kind: 'number',
        ...base,
        number: { value: null, low, high, vague: false, category: 'killed', of: null },
      }).lines;
    expect(lines(1500, 2000)).toEqual(['killed', 'range 1,500–2,000']);
    expect(lines(30, null)).toEqual(['killed', 'at least 30']);
    expect(lines(null, 12)).toEqual(['killed', 'at most 12']);
  });

  it('gives a date and its precision', () => {
    expect(describeMention({ kind: 'date', ...base, date: { iso: '2024-05-06', precision: 2 } })).toEqual({
      title: '2024-05-06',
      lines: ['week'],
    });
  });
});
