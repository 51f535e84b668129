import { describe, expect, it } from 'vitest';
import { CorrectionSchema, LessonSchema, type Quantity } from '@/lib/schema';

const T = '2024-06-01T00:00:00.000Z';
const exact: Quantity = { value: 40, low: 40, high: 40, vague: false, category: 'killed', of: null };
const numberCorrection = (number: Partial<Quantity>) => ({
  action: 'add-number-alias',
  id: 'c-1',
  surface: 'two score',
  number: { ...exact, ...number },
  createdAt: T,
  updatedAt: T,
});
const messagesOf = (number: Partial<Quantity>) =>
  CorrectionSchema.safeParse(numberCorrection(number)).error?.issues.map((i) => [i.path, i.message]) ?? [];

describe('a number the user taught', () => {
  it('is stored with a value, or with a range and no value', () => {
    expect(CorrectionSchema.parse(numberCorrection({}))).toEqual(numberCorrection({}));
    const range = { value: null, low: 3, high: 5, vague: true };
    expect(CorrectionSchema.safeParse(numberCorrection(range)).success).toBe(true);
    const around = { value: 12, low: null, high: null, vague: true };
    expect(CorrectionSchema.safeParse(numberCorrection(around)).success).toBe(true);
  });

  it('needs a value or both ends of a range', () => {
    const missing = [['number'], 'Give the number a value, or both a low and a high.'];
    expect(messagesOf({ value: null, low: null, high: null })).toEqual([missing]);
    expect(messagesOf({ value: null, low: 3, high: null })).toEqual([missing]);
    expect(messagesOf({ value: null, low: null, high: 5 })).toEqual([missing]);
  });

  it('refuses a range whose low end is above its high end, a value outside it, and negatives', () => {
    expect(messagesOf({ value: null, low: 5, high: 3 })).toEqual([
      [['number'], 'The low end cannot be above the high end.'],
    ]);
    expect(messagesOf({ value: 7, low: 3, high: 5 })).toEqual([
      [['number'], 'The value must lie between the low and the high end.'],
    ]);
    expect(messagesOf({ value: -1, low: null, high: null })).toEqual([
      [['number'], 'A number cannot be negative.'],
    ]);
  });

  it('refuses a count larger than any count can be, but not a large sum of money', () => {
    const tooMany = [
      ['number'],
      'A count cannot be above 10,000,000,000 (more than there are people on Earth).',
    ];
    const huge = 12_000_000_000;
    expect(messagesOf({ value: huge, low: huge, high: huge })).toEqual([tooMany]);
    expect(messagesOf({ value: null, low: 5, high: huge, vague: true })).toEqual([tooMany]);
    const money = { value: huge, low: huge, high: huge, category: 'money' as const };
    expect(messagesOf(money)).toEqual([]);
    const unsafe = 2 ** 60;
    expect(messagesOf({ ...money, value: unsafe, low: unsafe, high: unsafe })).toEqual([
      [['number'], 'The number is too large to be a figure.'],
    ]);
  });

  it('is checked the same way when the side panel sends it as a lesson', () => {
    expect(LessonSchema.safeParse({ action: 'add-number-alias', number: exact }).success).toBe(true);
    const backwards = { ...exact, value: null, low: 5, high: 3 };
    expect(LessonSchema.safeParse({ action: 'add-number-alias', number: backwards }).success).toBe(false);
    expect(
      LessonSchema.safeParse({ action: 'add-number-alias', number: { ...exact, category: 'x' } }).success,
    ).toBe(false);
  });
});
