import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromiumWithExtension, type ChromiumWithExtension } from './support/chromium';
import { expectInMyanmar, expectMovedToMyanmar, writeMisplacedBackup } from './support/misplaced-event';
import { REVIEW_PAGES } from './support/review-pages';
import { openAndAnalyse, panelFor } from './support/session';
import { startTestServer, type TestServer } from './support/test-server';

let browser: ChromiumWithExtension;
let server: TestServer;
let folder: string;
let backup: string;

beforeAll(async () => {
  browser = await launchChromiumWithExtension();
  server = await startTestServer();
  folder = await mkdtemp(path.join(os.tmpdir(), 'conflict-reader-editor-'));
  backup = await writeMisplacedBackup(folder);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
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
    expectInMyanmar(clicked);
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
    const picked = [Number(await latitude.inputValue()), Number(await longitude.inputValue())] as const;
    expectInMyanmar(picked);
    await editor.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => editor.count()).toBe(0);

    // ACLED's columns only: the row stacks under an ACLED export, in Myanmar.
    await log.getByText('CSV options').click();
    await log.getByLabel(/ACLED’s columns only/).check();
    const [download] = await Promise.all([
      log.waitForEvent('download'),
      log.getByRole('button', { name: 'CSV', exact: true }).click(),
    ]);
    expectMovedToMyanmar(await readFile((await download.path()) as string, 'utf8'), picked);
    await log.close();
  });

  it('shows every field of the side panel’s editor, with the map, in one view', async () => {
    const { page, status } = await openAndAnalyse(browser, server, `/corpus/${REVIEW_PAGES.first}.html`);
    const panel = await panelFor(browser, status);
    // As tall as a screen on its side: the open editor, map included, fits without scrolling.
    await panel.setViewportSize({ width: 420, height: 1900 });
    const card = panel.locator('.event-card').first();
    await card.getByRole('button', { name: 'Edit' }).click();
    const editor = card.getByRole('form', { name: 'Edit event' });
    await editor.getByRole('button', { name: 'Pick on the map' }).click();
    const map = editor.locator('.map-picker');
    await expect.poll(() => map.locator('.leaflet-overlay-pane path').count()).toBeGreaterThan(100);
    await expect.poll(() => panel.locator('.map-picker.leaflet-zoom-anim').count()).toBe(0);
    const box = await map.boundingBox();
    if (!box) throw new Error('the map is not shown');
    await panel.mouse.click(box.x + box.width * 0.55, box.y + box.height * 0.45);
    await expect.poll(() => editor.getByLabel('Latitude').inputValue()).not.toBe('');
    await expect.poll(() => map.locator('.pick-marker').count()).toBe(1);

    // Every field and button of the editor lies inside the panel's view, none cut off.
    const editorBox = await editor.boundingBox();
    if (!editorBox) throw new Error('the editor is not shown');
    const cardBox = await card.boundingBox();
    if (!cardBox) throw new Error('the card is not shown');
    expect(
      await panel.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
    ).toBe(0);
    expect(cardBox.x + cardBox.width).toBeLessThanOrEqual(420);
    expect(editorBox.y).toBeGreaterThanOrEqual(0);
    expect(editorBox.y + editorBox.height).toBeLessThanOrEqual(1900);
    await expect.poll(() => editor.getByRole('button', { name: 'Save' }).isVisible()).toBe(true);
    await panel.screenshot({
      path: 'tests/artifacts/event-editor-chromium.png',
      clip: { x: 0, y: 0, width: 420, height: Math.ceil(cardBox.y + cardBox.height + 12) },
    });
    await panel.close();
    await page.close();
  });
});
