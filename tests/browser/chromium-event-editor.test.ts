import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACLED_COLUMNS, exportBackupJson } from '@/lib/exchange';
import { logEvent, place } from '../log/log-fixtures';
import { launchChromiumWithExtension, type ChromiumWithExtension } from './support/chromium';

/** A village tract a page geocoded to its namesake in Switzerland (made up for this test). */
const MISPLACED = logEvent('misplaced', {
  location: place('Nyaung Pin', 46.2, 6.15, { country: 'CH', admin1: 'Geneva' }),
  actor1: { canonical: 'Military Forces of Myanmar (2021-)', inter: 1 },
  actor2: { canonical: 'Civilians (Myanmar)', inter: 7 },
  fatalities: null,
  notes: '',
});

let browser: ChromiumWithExtension;
let folder: string;
let backup: string;

beforeAll(async () => {
  browser = await launchChromiumWithExtension();
  folder = await mkdtemp(path.join(os.tmpdir(), 'conflict-reader-editor-'));
  backup = path.join(folder, 'backup.json');
  await writeFile(backup, exportBackupJson({ events: [MISPLACED], articles: [], corrections: [] }));
});

afterAll(async () => {
  await browser?.close();
  if (folder) await rm(folder, { recursive: true, force: true });
});

describe('Chromium: the event editor', () => {
  it('moves a wrongly geocoded event to its country and its point on the map, and exports it so', async () => {
    const log = await browser.context.newPage();
    await log.setViewportSize({ width: 1280, height: 1100 });
    await log.goto(browser.extensionUrl('log.html#/events'));
    await log.getByText('No events in your log yet').waitFor();
    await log.locator('input[type=file]').setInputFiles(backup);
    await log.getByRole('button', { name: 'Import 1 records' }).click();
    const row = log.locator('.event-rows [data-event-id]');
    await expect.poll(() => row.count()).toBe(1);

    await row.getByRole('button', { name: 'Edit' }).click();
    const editor = log.getByRole('region', { name: 'Edit the event' });
    await editor.getByLabel('Country').selectOption('MM');
    await editor.getByLabel('Admin 1', { exact: true }).fill('Sagaing');
    // The map opens on the event's new country; a click there puts the pin and the coordinates.
    await editor.getByRole('button', { name: 'Pick on the map' }).click();
    const map = editor.locator('.map-picker');
    await expect.poll(() => map.locator('.leaflet-overlay-pane path').count()).toBeGreaterThan(100);
    await expect.poll(() => log.locator('.map-picker.leaflet-zoom-anim').count()).toBe(0);
    const box = await map.boundingBox();
    if (!box) throw new Error('the map is not shown');
    await log.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    const latitude = editor.getByLabel('Latitude');
    const longitude = editor.getByLabel('Longitude');
    await expect.poll(async () => Number(await latitude.inputValue())).toBeGreaterThan(9);
    const clicked = [Number(await latitude.inputValue()), Number(await longitude.inputValue())] as const;
    // Myanmar lies between 9.5° and 28.6° N, 92.2° and 101.2° E.
    expect(clicked[0]).toBeLessThan(28.6);
    expect(clicked[1]).toBeGreaterThan(92.2);
    expect(clicked[1]).toBeLessThan(101.2);
    // Dragging the pin moves the point.
    const pin = map.locator('.pick-marker');
    const pinBox = await pin.boundingBox();
    if (!pinBox) throw new Error('no pin on the map');
    await log.mouse.move(pinBox.x + pinBox.width / 2, pinBox.y + pinBox.height / 2);
    await log.mouse.down();
    await log.mouse.move(pinBox.x + pinBox.width / 2 + 12, pinBox.y + pinBox.height / 2 + 8, { steps: 8 });
    await log.mouse.up();
    await expect.poll(async () => Number(await longitude.inputValue())).toBeGreaterThan(clicked[1]);
    expect(Number(await latitude.inputValue())).toBeLessThan(clicked[0]);
    await editor.getByLabel('Geo precision').selectOption('2');
    await map.screenshot({ path: 'tests/artifacts/map-pick-chromium.png' });
    await editor.screenshot({ path: 'tests/artifacts/event-editor-chromium.png' });
    const picked = [Number(await latitude.inputValue()), Number(await longitude.inputValue())];
    await editor.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => editor.count()).toBe(0);

    // ACLED's columns only: the row stacks under an ACLED export, in Myanmar.
    await log.getByText('CSV options').click();
    await log.getByLabel(/ACLED’s columns only/).check();
    const [download] = await Promise.all([
      log.waitForEvent('download'),
      log.getByRole('button', { name: 'CSV', exact: true }).click(),
    ]);
    const text = await readFile((await download.path()) as string, 'utf8');
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
    await log.close();
  });
});
