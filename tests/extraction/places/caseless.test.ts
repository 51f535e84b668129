import { describe, expect, it } from 'vitest';
import { startsCaseless } from '@/lib/extraction/places/names';

describe('startsCaseless', () => {
  it('tells every character as the regex of the caseless scripts does, before Hebrew too', () => {
    const caseless = /^[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Han}\p{Script=Thai}\p{Script=Myanmar}]/u;
    const differing: string[] = [];
    for (let code = 0; code <= 0x10ffff; code += code < 0x30000 ? 1 : 97) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const word = `${String.fromCodePoint(code)}x`;
      if (startsCaseless(word) !== caseless.test(word)) differing.push(code.toString(16));
    }
    expect(differing).toEqual([]);
    expect(startsCaseless('حلب')).toBe(true);
    expect(startsCaseless('aleppo')).toBe(false);
    expect(startsCaseless('')).toBe(false);
  });
});
