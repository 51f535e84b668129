import { describe, expect, it } from 'vitest';
import { isCalendarDate, isoDateOfCell } from '@/lib/exchange/calendar-date';

describe('calendar dates', () => {
  it('accepts days that exist and refuses those that do not', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('0050-06-01')).toBe(true);
    expect(isCalendarDate('2023-02-29')).toBe(false);
    expect(isCalendarDate('2024-13-45')).toBe(false);
    expect(isCalendarDate('2024-04-31')).toBe(false);
    expect(isCalendarDate('2024-00-10')).toBe(false);
    expect(isCalendarDate('2024-5-1')).toBe(false);
  });

  it('reads ACLED’s two date forms as YYYY-MM-DD', () => {
    expect(isoDateOfCell('2025-05-16')).toBe('2025-05-16');
    expect(isoDateOfCell('16 May 2025')).toBe('2025-05-16');
    expect(isoDateOfCell(' 3 january 2024 ')).toBe('2024-01-03');
    expect(isoDateOfCell('31 February 2024')).toBeUndefined();
    expect(isoDateOfCell('16 Mai 2025')).toBeUndefined();
    expect(isoDateOfCell('2024-13-45')).toBeUndefined();
    expect(isoDateOfCell('05/16/2025')).toBeUndefined();
    expect(isoDateOfCell('')).toBeUndefined();
  });
});
