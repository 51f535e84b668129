import { describe, expect, it } from 'vitest';
import { exportAcledCsv, exportBackupJson, planImport } from '@/lib/exchange';
import {
  IMPORT_BOUNDS_SUMMARY,
  MAX_LONG_TEXT_CHARS,
  MAX_NAME_CHARS,
  MAX_SURFACE_CHARS,
  MAX_URL_CHARS,
  type Correction,
} from '@/lib/schema';
import { kupianskArticle, kupianskEvent, utf8 } from './fixtures';

const NOW = new Date('2025-05-20T12:00:00.000Z');

const notTooLong: Correction = {
  id: 'c-1',
  action: 'not-entity',
  entityKind: 'place',
  surface: 'Lowtown',
  createdAt: '2024-05-10T10:00:00.000Z',
  updatedAt: '2024-05-10T10:00:00.000Z',
};

function planOf(log: Parameters<typeof exportBackupJson>[0]) {
  return planImport(utf8(exportBackupJson(log, NOW)), 'shared.json');
}

describe('import bounds', () => {
  it('refuses an event whose notes are over the bound, naming the field and the bound, and keeps the rest', () => {
    const long = { ...kupianskEvent, id: 'e-long', notes: 'x'.repeat(MAX_LONG_TEXT_CHARS + 1) };
    const plan = planOf({ articles: [], events: [kupianskEvent, long], corrections: [] });
    expect(plan.events.map((e) => e.id)).toEqual([kupianskEvent.id]);
    expect(plan.rejected).toEqual([
      {
        kind: 'event',
        where: 'events[1] (id “e-long”)',
        reason: 'notes: is 20,001 characters long; at most 20,000 are accepted',
      },
    ]);
  });

  it('accepts text exactly at the bound', () => {
    const full = { ...kupianskEvent, notes: 'x'.repeat(MAX_LONG_TEXT_CHARS) };
    expect(planOf({ articles: [], events: [full], corrections: [] }).events).toEqual([full]);
  });

  it('bounds names inside events and corrections, and the words of a correction', () => {
    const longName = 'N'.repeat(MAX_NAME_CHARS + 1);
    const { location } = kupianskEvent;
    if (!location) throw new Error('the fixture has a location');
    const event = { ...kupianskEvent, location: { ...location, name: longName } };
    const correction = { ...notTooLong, surface: 'w'.repeat(MAX_SURFACE_CHARS + 1) };
    const plan = planOf({ articles: [], events: [event], corrections: [correction] });
    expect(plan.events).toEqual([]);
    expect(plan.corrections).toEqual([]);
    expect(plan.rejected.map((r) => r.reason)).toEqual([
      'location.name: is 301 characters long; at most 300 are accepted',
      'surface: is 81 characters long; at most 80 are accepted',
    ]);
  });

  it('accepts only http(s) addresses for an event source and an article', () => {
    const dataLink = { ...kupianskEvent, sourceUrl: 'data:text/html,<b>hi</b>' };
    const scriptLink = { ...kupianskArticle, url: 'javascript:alert(1)' };
    const noLink = { ...kupianskEvent, id: 'e-nolink', sourceUrl: '' };
    const plan = planOf({ articles: [scriptLink], events: [dataLink, noLink], corrections: [] });
    expect(plan.events.map((e) => e.id)).toEqual(['e-nolink']);
    expect(plan.articles).toEqual([]);
    expect(plan.rejected.map((r) => r.reason)).toEqual([
      'url: is not a web address starting with http:// or https:// (other kinds of link are not imported)',
      'sourceUrl: is not a web address starting with http:// or https:// (other kinds of link are not imported)',
    ]);
  });

  it('bounds a web address too', () => {
    const longUrl = { ...kupianskEvent, sourceUrl: `https://news.example/${'a'.repeat(MAX_URL_CHARS)}` };
    const plan = planOf({ articles: [], events: [longUrl], corrections: [] });
    expect(plan.rejected[0]?.reason).toMatch(
      /^sourceUrl: is 2,069 characters long; at most 2,048 are accepted$/,
    );
  });

  it('applies the same bounds to a row of our CSV, naming the column', () => {
    const long = { ...kupianskEvent, id: 'e-long', notes: 'x'.repeat(MAX_LONG_TEXT_CHARS + 1) };
    const csv = exportAcledCsv([kupianskEvent, long], [kupianskArticle]);
    const plan = planImport(utf8(csv), 'shared.csv', { now: NOW });
    expect(plan.events.map((e) => e.id)).toEqual([kupianskEvent.id]);
    expect(plan.rejected).toEqual([
      {
        kind: 'event',
        where: 'row 3',
        reason: 'user_notes: is 20,001 characters long; at most 20,000 are accepted',
      },
    ]);
  });

  it('states every bound in plain words', () => {
    expect(IMPORT_BOUNDS_SUMMARY).toMatch(/notes and evidence quotes 20,000 characters/);
    expect(IMPORT_BOUNDS_SUMMARY).toMatch(/web addresses 2,048 and only http:\/\/ or https:\/\//);
  });
});
