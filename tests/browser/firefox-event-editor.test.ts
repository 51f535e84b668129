import { mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser, ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefoxWithExtension, FIREFOX_BUILD, openLogInFirefox } from './support/firefox';
import { expectInMyanmar, expectMovedToMyanmar, writeMisplacedBackup } from './support/misplaced-event';
import { startTestServer, type TestServer } from './support/test-server';

let server: TestServer;
let browser: Browser;
let folder: string;
let downloads: string;
let backup: string;

beforeAll(async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), 'conflict-reader-editor-firefox-'));
  downloads = path.join(folder, 'downloads');
  await mkdir(downloads);
  backup = await writeMisplacedBackup(folder);
  server = await startTestServer();
  browser = await launchFirefoxWithExtension(FIREFOX_BUILD, downloads);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (folder) await rm(folder, { recursive: true, force: true });
});

/** The element of `scope` with this accessible role and name (exactly). */
async function byRole(scope: Page | ElementHandle, role: string, name: string): Promise<ElementHandle> {
  const found = await scope.waitForSelector(`::-p-aria([role="${role}"][name="${name}"])`);
  if (!found) throw new Error(`no ${role} named “${name}”`);
  return found;
}

/** Type `text` over what the field holds, as a user who selected it first. */
async function fill(field: ElementHandle, text: string): Promise<void> {
  await field.click({ count: 3 });
  await field.type(text);
}

const valueOf = (field: ElementHandle) => field.evaluate((input) => (input as HTMLInputElement).value);

/**
 * The CSV the browser saved into the downloads folder, once complete: Firefox makes the file empty
 * at once, writes a `.part` file beside it and renames that over it when done.
 */
async function downloaded(): Promise<string> {
  const complete = async () => {
    const names = await readdir(downloads);
    const csv = names.filter((name) => name.endsWith('.csv'));
    if (csv.length !== 1 || names.some((name) => name.endsWith('.part'))) return '';
    return readFile(path.join(downloads, csv[0] as string), 'utf8');
  };
  await expect.poll(complete).not.toBe('');
  return complete();
}

describe('Firefox ESR: the event editor', () => {
  it('moves a wrongly geocoded event to its country and its point on the map, and exports it so', async () => {
    const log = await openLogInFirefox(browser, server);
    await log.setViewport({ width: 1280, height: 1100 });
    await log.waitForSelector('::-p-text(No events in your log yet)');
    const file = await log.waitForSelector('input[type=file]');
    await file?.uploadFile(backup);
    await (await byRole(log, 'button', 'Import 1 records')).click();
    await expect.poll(() => log.$$eval('.event-rows [data-event-id]', (rows) => rows.length)).toBe(1);

    await (await byRole(log, 'button', 'Edit')).click();
    const editor = await byRole(log, 'region', 'Edit the event');
    await (await byRole(editor, 'combobox', 'Country')).select('MM');
    await fill(await byRole(editor, 'textbox', 'Admin 1'), 'Sagaing');
    // The map opens on the event's new country; a click there puts the pin and the coordinates.
    await (await byRole(editor, 'button', 'Pick on the map')).click();
    await expect
      .poll(() => log.$$eval('.map-picker .leaflet-overlay-pane path', (paths) => paths.length))
      .toBeGreaterThan(100);
    await expect.poll(() => log.$$eval('.map-picker.leaflet-zoom-anim', (maps) => maps.length)).toBe(0);
    const map = await log.waitForSelector('.map-picker');
    const box = await map?.boundingBox();
    if (!box) throw new Error('the map is not shown');
    await log.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    const latitude = await byRole(editor, 'textbox', 'Latitude');
    const longitude = await byRole(editor, 'textbox', 'Longitude');
    await expect.poll(async () => Number(await valueOf(latitude))).toBeGreaterThan(9);
    const clicked = [Number(await valueOf(latitude)), Number(await valueOf(longitude))] as const;
    expectInMyanmar(clicked);
    // Dragging the pin (pointer actions over WebDriver BiDi) moves the point.
    const pin = await log.waitForSelector('.map-picker .pick-marker');
    const pinBox = await pin?.boundingBox();
    if (!pinBox) throw new Error('no pin on the map');
    await log.mouse.move(pinBox.x + pinBox.width / 2, pinBox.y + pinBox.height / 2);
    await log.mouse.down();
    await log.mouse.move(pinBox.x + pinBox.width / 2 + 12, pinBox.y + pinBox.height / 2 + 8, { steps: 8 });
    await log.mouse.up();
    await expect.poll(async () => Number(await valueOf(longitude))).toBeGreaterThan(clicked[1]);
    expect(Number(await valueOf(latitude))).toBeLessThan(clicked[0]);
    await (await byRole(editor, 'combobox', 'Geo precision')).select('2');
    const picked = [Number(await valueOf(latitude)), Number(await valueOf(longitude))] as const;
    expectInMyanmar(picked);
    await (await byRole(editor, 'button', 'Save')).click();
    await expect.poll(() => log.$$eval('.row-editor', (editors) => editors.length)).toBe(0);

    // ACLED's columns only, saved by Firefox's own download into the folder the test reads.
    await (await log.waitForSelector('::-p-text(CSV options)'))?.click();
    await (await log.waitForSelector('::-p-text(ACLED’s columns only)'))?.click();
    await (await byRole(log, 'button', 'CSV')).click();
    expectMovedToMyanmar(await downloaded(), picked);
    await log.close();
  });
});
