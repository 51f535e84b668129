import { describe, expect, it } from 'vitest';
import { KIND_STYLE } from '@/lib/highlights/paint-highlights';
import { KIND_OF_LETTER, KINDS_PATTERN } from '@/lib/messaging/paint-format';
import { CORRECTABLE_KINDS, MENTION_KIND_NAMES, MENTION_KINDS, perKind } from '@/lib/schema/mention-kind';
import { LessonSchema, MentionKindSchema } from '@/lib/schema';

describe('the table of mention kinds', () => {
  it('lists the kinds in the legend’s order', () => {
    expect(MENTION_KIND_NAMES).toEqual(['place', 'actor', 'number', 'date']);
    expect(MentionKindSchema.options).toEqual(MENTION_KIND_NAMES);
    expect(Object.keys(perKind(() => 0))).toEqual(MENTION_KIND_NAMES);
  });

  it('gives each kind its own letter, and the paint format reads them back', () => {
    const letters = MENTION_KIND_NAMES.map((kind) => MENTION_KINDS[kind].letter);
    expect(new Set(letters).size).toBe(letters.length);
    for (const kind of MENTION_KIND_NAMES) expect(KIND_OF_LETTER[MENTION_KINDS[kind].letter]).toBe(kind);
    expect(KINDS_PATTERN.test('pand')).toBe(true);
    expect(KINDS_PATTERN.test('px')).toBe(false);
  });

  it('styles each kind with its colour and its own underline', () => {
    expect(KIND_STYLE).toEqual({
      place: 'background-color: rgb(86 180 233 / 0.35); text-decoration: underline solid rgb(0 114 178);',
      actor: 'background-color: rgb(230 159 0 / 0.35); text-decoration: underline dashed rgb(213 94 0);',
      number: 'background-color: rgb(0 158 115 / 0.3); text-decoration: underline double rgb(0 120 90);',
      date: 'background-color: rgb(204 121 167 / 0.3); text-decoration: underline dotted rgb(160 70 120);',
    });
    expect(new Set(MENTION_KIND_NAMES.map((kind) => MENTION_KINDS[kind].underline)).size).toBe(4);
  });

  it('ranks actors over places, places over dates, dates over numbers', () => {
    const byRank = [...MENTION_KIND_NAMES].sort((a, b) => MENTION_KINDS[a].rank - MENTION_KINDS[b].rank);
    expect(byRank).toEqual(['actor', 'place', 'date', 'number']);
  });

  it('lets the user say words are not a place, an actor or a number', () => {
    expect(CORRECTABLE_KINDS).toEqual(['place', 'actor', 'number']);
    expect(LessonSchema.safeParse({ action: 'not-entity', entityKind: 'number' }).success).toBe(true);
    expect(LessonSchema.safeParse({ action: 'not-entity', entityKind: 'date' }).success).toBe(false);
  });
});
