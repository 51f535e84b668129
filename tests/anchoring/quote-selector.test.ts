import { describe, expect, it } from 'vitest';
import { quoteSelectorFor } from '../../lib/anchoring/quote-selector';
import { TextQuoteSelectorSchema } from '../../lib/schema/selector';

describe('quoteSelectorFor', () => {
  const text = 'Shelling hit Aleppo on Monday.\n\nIn Idlib, two people were killed.';

  it('takes the quote and up to `context` characters either side', () => {
    const start = text.indexOf('Idlib');
    const selector = quoteSelectorFor(text, start, start + 5, 10);
    expect(selector).toEqual({
      type: 'TextQuoteSelector',
      exact: 'Idlib',
      prefix: 'nday.\n\nIn ',
      suffix: ', two peop',
    });
    expect(TextQuoteSelectorSchema.parse(selector)).toEqual(selector);
  });

  it('defaults to 32 characters of context and stops at the ends of the text', () => {
    const selector = quoteSelectorFor(text, 0, 8);
    expect(selector.prefix).toBe('');
    expect(selector.suffix).toBe(text.slice(8, 40));
    const end = quoteSelectorFor(text, text.length - 7, text.length);
    expect(end.exact).toBe('killed.');
    expect(end.suffix).toBe('');
  });

  it('never cuts a surrogate pair in the context', () => {
    const emoji = 'a\u{1F525}bQUOTEc\u{1F525}d';
    const start = emoji.indexOf('QUOTE');
    const selector = quoteSelectorFor(emoji, start, start + 5, 2);
    expect(selector.prefix).toBe('b');
    expect(selector.suffix).toBe('c');
  });

  it('refuses empty or out-of-range spans', () => {
    expect(() => quoteSelectorFor(text, 3, 3)).toThrow(RangeError);
    expect(() => quoteSelectorFor(text, -1, 3)).toThrow(RangeError);
    expect(() => quoteSelectorFor(text, 0, text.length + 1)).toThrow(RangeError);
  });
});
