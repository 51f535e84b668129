import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportBackupJson, planImport } from '@/lib/exchange';
import { EXPORT_FORMAT } from '@/lib/schema';
import { article, correction, event, uniqueById } from './arbitraries';
import { utf8 } from './fixtures';

const NOW = new Date('2025-05-20T12:00:00.000Z');

describe('JSON backup', () => {
  it('round-trips events, articles and corrections losslessly (property)', () => {
    fc.assert(
      fc.property(
        uniqueById(event),
        uniqueById(article, 4),
        uniqueById(correction, 4),
        (events, articles, corrections) => {
          const json = exportBackupJson({ events, articles, corrections }, NOW);
          const plan = planImport(utf8(json), 'backup.json');
          expect(plan.fileError).toBeNull();
          expect(plan.rejected).toEqual([]);
          expect(plan.format).toBe('backup-json');
          expect(plan.events).toEqual(events);
          expect(plan.articles).toEqual(articles);
          expect(plan.corrections).toEqual(corrections);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('writes the versioned envelope with the export time', () => {
    const file = JSON.parse(exportBackupJson({ events: [], articles: [], corrections: [] }, NOW)) as unknown;
    expect(file).toEqual({
      format: EXPORT_FORMAT,
      version: 1,
      exportedAt: '2025-05-20T12:00:00.000Z',
      articles: [],
      events: [],
      corrections: [],
    });
  });

  it('refuses a truncated backup as a whole, saying it may be cut short', () => {
    fc.assert(
      fc.property(uniqueById(event, 3), fc.nat(), (events, cut) => {
        const json = exportBackupJson({ events, articles: [], corrections: [] }, NOW);
        const truncated = json.slice(0, cut % (json.length - 1)) || '{';
        const plan = planImport(utf8(truncated), 'backup.json');
        expect(plan.fileError).toMatch(/not valid JSON; it may be cut short/);
        expect(plan.events).toEqual([]);
      }),
      { numRuns: 50 },
    );
  });

  it('refuses another format and another version with a clear reason', () => {
    const envelope = JSON.parse(
      exportBackupJson({ events: [], articles: [], corrections: [] }, NOW),
    ) as object;
    const variants: [object, RegExp][] = [
      [{ ...envelope, format: 'something-else' }, /not a Conflict Reader backup .*"something-else"/],
      [{ ...envelope, format: undefined }, /not a Conflict Reader backup .*missing/],
      [{ ...envelope, version: 2 }, /version 2, made by a newer Conflict Reader/],
      [{ ...envelope, version: '1' }, /version \("1"\) is not one this Conflict Reader reads/],
      [[1, 2, 3], /JSON but not a Conflict Reader backup/],
      [{ ...envelope, events: 'none' }, /damaged: events missing or malformed/],
    ];
    for (const [file, reason] of variants) {
      const plan = planImport(utf8(JSON.stringify(file)), 'backup.json');
      expect(plan.fileError).toMatch(reason);
    }
  });

  it('keeps the valid records of a backup and reports each bad one by index and field', () => {
    const [good, bad, twin] =
      fc.sample(
        uniqueById(event, 3).filter((a) => a.length === 3),
        1,
      )[0] ?? [];
    if (!good || !bad || !twin) throw new Error('expected three events');
    const file = JSON.parse(exportBackupJson({ events: [good], articles: [], corrections: [] }, NOW)) as {
      events: unknown[];
    };
    file.events.push(
      { ...bad, fatalities: 'many' },
      { ...twin, date: '2024-13-45' },
      { ...bad, eventType: 'Skirmish' },
      { ...good, notes: 'same id again' },
    );
    const plan = planImport(utf8(JSON.stringify(file)), 'backup.json');
    expect(plan.events).toEqual([good]);
    expect(plan.rejected).toEqual([
      { kind: 'event', where: `events[1] (id “${bad.id}”)`, reason: expect.stringMatching(/^fatalities: /) },
      {
        kind: 'event',
        where: `events[2] (id “${twin.id}”)`,
        reason: 'date: “2024-13-45” is not a real date',
      },
      { kind: 'event', where: `events[3] (id “${bad.id}”)`, reason: expect.stringMatching(/eventType: /) },
      {
        kind: 'event',
        where: 'events[4]',
        reason: `same id (“${good.id}”) as events[0]; the first one is kept`,
      },
    ]);
  });
});
