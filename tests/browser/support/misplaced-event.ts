import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import Papa from 'papaparse';
import { expect } from 'vitest';
import { ACLED_COLUMNS, exportBackupJson } from '@/lib/exchange';
import { logEvent, place } from '../../log/log-fixtures';

/**
 * The event the editor tests fix, in Chromium and Firefox alike: a village tract a page geocoded
 * to its namesake in Switzerland (made up for these tests).
 */
export const MISPLACED = logEvent('misplaced', {
  location: place('Nyaung Pin', 46.2, 6.15, { country: 'CH', admin1: 'Geneva' }),
  actor1: { canonical: 'Military Forces of Myanmar (2021-)', inter: 1 },
  actor2: { canonical: 'Civilians (Myanmar)', inter: 7 },
  fatalities: null,
  notes: '',
});

/** Write a backup holding only the misplaced event into `folder`, for the log's import; its path. */
export async function writeMisplacedBackup(folder: string): Promise<string> {
  const file = path.join(folder, 'backup.json');
  await writeFile(file, exportBackupJson({ events: [MISPLACED], articles: [], corrections: [] }));
  return file;
}

/** Myanmar lies between 9.5° and 28.6° N, 92.2° and 101.2° E. */
export function expectInMyanmar([lat, lon]: readonly [number, number]): void {
  expect(lat).toBeGreaterThan(9.5);
  expect(lat).toBeLessThan(28.6);
  expect(lon).toBeGreaterThan(92.2);
  expect(lon).toBeLessThan(101.2);
}

/**
 * The log's "ACLED's columns only" CSV export of the fixed event: one row that stacks under an
 * ACLED export, in Myanmar, at the point picked on the map.
 */
export function expectMovedToMyanmar(text: string, picked: readonly [number, number]): void {
  const csv = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
  expect(csv.meta.fields).toEqual([...ACLED_COLUMNS]);
  expect(csv.data).toHaveLength(1);
  expect(csv.data[0]).toMatchObject({
    event_id_cnty: expect.stringMatching(/^CR-MMR\d+$/) as unknown as string,
    iso: '104',
    region: 'Southeast Asia',
    country: 'Myanmar',
    admin1: 'Sagaing',
    location: 'Nyaung Pin',
    latitude: String(picked[0]),
    longitude: String(picked[1]),
    geo_precision: '2',
    fatalities: '0',
    inter1: 'State forces',
    civilian_targeting: 'Civilian targeting',
  });
  expect(csv.data[0]?.notes).toMatch(
    /^On 7 May 2024, Military Forces of Myanmar .+ in Nyaung Pin \(Sagaing\)\./,
  );
}
