import { describe, expect, it } from 'vitest';
import { anyOf, wordPattern } from '@/lib/extraction/lexicon/phrase-pattern';

describe('phrases of a lexicon as patterns', () => {
  it('reads slots and keeps the words literal, longest first', () => {
    const source = anyOf(['since {year}', 'since the war (began)'], {});
    expect(new RegExp(source).test('since 2011')).toBe(true);
    expect(new RegExp(source).test('since the war (began)')).toBe(true);
    expect(new RegExp(source).test('since the war began')).toBe(false);
  });

  it('knows word boundaries in every script, not only ASCII', () => {
    const summer = wordPattern(String.raw`\b${anyOf(['été'])}\b`, 'i');
    expect(summer.test('un été chaud')).toBe(true);
    expect(summer.test('un étéé')).toBe(false);
    const attack = wordPattern(String.raw`\b${anyOf(['обстрел'])}\b`);
    expect(attack.test('ночной обстрел города')).toBe(true);
    expect(attack.test('обстрелы')).toBe(false);
  });

  it('keeps the native boundaries for ASCII words, which read them the same', () => {
    const will = wordPattern(String.raw`\b${anyOf(['will'])}\b`, 'i');
    expect(will.flags).toBe('i');
    expect(will.test('They will leave.')).toBe(true);
    expect(will.test('goodwill')).toBe(false);
  });
});
