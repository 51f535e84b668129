import Papa from 'papaparse';
import { describe, expect, it, vi } from 'vitest';
import { exportAcledCsv, exportBackupJson, MAX_IMPORT_BYTES, planImport } from '@/lib/exchange';
import type { ConflictEvent } from '@/lib/schema';
import { kupianskEvent, utf8 } from './fixtures';

const MB = 1024 * 1024;

/** Pseudo-random bytes (xorshift), fast enough for 50 MB and the same on every run. */
function noise(size: number): Uint8Array {
  const bytes = new Uint8Array(size);
  const words = new Uint32Array(bytes.buffer, 0, Math.floor(size / 4));
  let x = 2463534242;
  for (let i = 0; i < words.length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    words[i] = x >>> 0;
  }
  return bytes;
}

/** `size` bytes of one ASCII line repeated: text, but no file of ours. */
function asciiJunk(size: number, line: string): Uint8Array {
  const bytes = new Uint8Array(size);
  const unit = utf8(line);
  for (let i = 0; i < size; i += unit.length) bytes.set(unit.subarray(0, Math.min(unit.length, size - i)), i);
  return bytes;
}

/** A realistic event: a 200-character evidence sentence with its quote selector, notes, actors. */
function realisticEvent(i: number): ConflictEvent {
  const sentence = `Event ${i}: `.padEnd(200, 'Russian forces shelled the outskirts of the town overnight. ');
  const selector = {
    type: 'TextQuoteSelector' as const,
    exact: sentence,
    prefix: 'the sentence before ends here.',
    suffix: ' The next one starts here',
  };
  return {
    ...kupianskEvent,
    id: `e-${i.toString(16).padStart(24, '0')}`,
    articleId: `a-${Math.floor(i / 4)}`,
    fatalities: i % 5,
    evidence: { start: 1200, end: 1400, text: sentence, selector },
    sourceUrl: `https://news.example/articles/${Math.floor(i / 4)}`,
  };
}

describe('import files', () => {
  it('refuses bytes that are not UTF-8, naming the fix', () => {
    const latin1 = new Uint8Array([...utf8('event_id_cnty,notes\nX1,Caf'), 0xe9, 0x0a]);
    const plan = planImport(latin1, 'acled.csv');
    expect(plan.fileError).toMatch(/not UTF-8 text .*Save it as “CSV UTF-8”/);
    expect(plan.events).toEqual([]);
    expect(planImport(new Uint8Array([0xc3, 0x28]), 'backup.json').fileError).toMatch(/not UTF-8 text/);
  });

  it('strips a byte-order mark before reading', () => {
    const json = exportBackupJson({ events: [], articles: [], corrections: [] });
    const plan = planImport(utf8(`\uFEFF${json}`), 'backup.json');
    expect(plan.fileError).toBeNull();
    expect(plan.format).toBe('backup-json');
  });

  it('refuses an empty or blank file', () => {
    expect(planImport(new Uint8Array(), 'x.csv').fileError).toBe('The file is empty.');
    expect(planImport(utf8(' \n\t\n'), 'x.json').fileError).toBe('The file holds only blank space.');
  });

  it('refuses a file over the size limit before reading it', () => {
    const plan = planImport(new ArrayBuffer(2048), 'big.json', { maxBytes: 1024 });
    expect(plan.fileError).toBe('The file is 2048 bytes; the import reads files of up to 1024 bytes.');
    const big = planImport(new Uint8Array(3 * MB), 'big.csv', { maxBytes: 2 * MB });
    expect(big.fileError).toBe('The file is 3.0 MiB; the import reads files of up to 2.0 MiB.');
    expect(MAX_IMPORT_BYTES).toBe(384 * MB);
  });

  it('reads a file by its name, else by its first character', () => {
    const json = exportBackupJson({ events: [], articles: [], corrections: [] });
    const csv = exportAcledCsv([], []);
    expect(planImport(utf8(json), 'backup').format).toBe('backup-json');
    expect(planImport(utf8(csv), 'export').format).toBe('conflict-reader-csv');
    expect(planImport(utf8(csv), 'export.JSON').fileError).toMatch(/not valid JSON/);
  });

  it('refuses 50 MB of garbage, whatever it looks like, reading no more of it than it must', () => {
    const cases: [Uint8Array, string, RegExp][] = [
      [noise(50 * MB), 'garbage.csv', /not UTF-8 text/],
      [noise(50 * MB), 'garbage.json', /not UTF-8 text/],
      [
        asciiJunk(50 * MB, 'lorem ipsum dolor sit amet, consectetur\n'),
        'garbage.csv',
        /neither a Conflict Reader export nor an ACLED export/,
      ],
      [
        asciiJunk(50 * MB, 'lorem ipsum dolor sit amet '),
        'garbage',
        /neither a Conflict Reader export nor an ACLED export/,
      ],
      [
        asciiJunk(50 * MB, '{"format": "conflict-reader-export", "junk": [1, 2, '),
        'garbage.json',
        /not valid JSON/,
      ],
    ];
    // The work is bounded by what is parsed, not timed: a CSV whose header is neither ours nor
    // ACLED's is refused on its header line (the one parse), without parsing the rows after it.
    const parse = vi.spyOn(Papa, 'parse');
    try {
      for (const [bytes, name, reason] of cases) {
        parse.mockClear();
        const plan = planImport(bytes, name);
        expect(plan.fileError).toMatch(reason);
        expect(plan.events).toEqual([]);
        expect(parse.mock.calls.length).toBeLessThanOrEqual(1);
      }
    } finally {
      parse.mockRestore();
    }
  });

  it('reads a backup of 100,000 events, and such a backup is well under the size limit', () => {
    const events = Array.from({ length: 100_000 }, (_, i) => realisticEvent(i));
    const bytes = utf8(exportBackupJson({ events, articles: [], corrections: [] }));
    // With their articles (about 5 KB of text for every 4 events: 125 MB) it stays well under the
    // limit, with room for longer sentences and notes.
    expect(bytes.byteLength + 25_000 * 5_000).toBeLessThan(0.7 * MAX_IMPORT_BYTES);
    const plan = planImport(bytes, 'backup.json');
    expect(plan.fileError).toBeNull();
    expect(plan.rejected).toEqual([]);
    expect(plan.events).toHaveLength(100_000);
    expect(plan.events[99_999]).toEqual(events[99_999]);
  });
});
