import { readFile } from 'node:fs/promises';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REVIEW_PAGES } from './support/review-pages';
import { kupianskEvent } from '../exchange/fixtures';
import { launchChromiumWithExtension, type ChromiumWithExtension } from './support/chromium';
import { dump, emptyTheLog, openAndAnalyse, panelFor } from './support/session';
import { startTestServer, type TestServer } from './support/test-server';

let server: TestServer;
let browser: ChromiumWithExtension;

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchChromiumWithExtension();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Confirm the first two proposed events of a corpus page in its side panel, with the keyboard. */
async function confirmTwo(id: string): Promise<Page> {
  const { page, status } = await openAndAnalyse(browser, server, `/corpus/${id}.html`);
  const panel = await panelFor(browser, status);
  const cards = panel.locator('.event-card');
  await cards.nth(1).waitFor();
  const before = (await dump(page)).events.filter((e) => e.status === 'confirmed').length;
  await cards.first().focus();
  await panel.keyboard.press('c');
  await panel.keyboard.press('c');
  await expect
    .poll(async () => (await dump(page)).events.filter((e) => e.status === 'confirmed').length)
    .toBe(before + 2);
  await panel.close();
  return page;
}

const confirmedIn = async (page: Page) =>
  (await dump(page)).events.filter((e) => e.status === 'confirmed').sort((a, b) => a.id.localeCompare(b.id));

describe('Chromium: the event log', () => {
  it('lists, filters, maps, edits, exports and imports back the confirmed events, offline', async () => {
    const { first, second } = REVIEW_PAGES;
    const page = await confirmTwo(first);
    (await confirmTwo(second)).close();

    const log = await browser.context.newPage();
    await log.setViewportSize({ width: 1280, height: 1000 });
    // Everything the log page loads comes from the extension itself: no request leaves the machine.
    const outside: string[] = [];
    log.on('request', (request) => {
      if (!/^(chrome-extension|data|blob):/.test(request.url())) outside.push(request.url());
    });
    await log.goto(browser.extensionUrl('log.html#/events'));
    const rows = log.locator('.event-rows [data-event-id]');
    await expect.poll(() => rows.count()).toBe(4);

    // The map draws the bundled outlines and the events' markers; the timeline its bars.
    await expect
      .poll(() => log.locator('.event-map .leaflet-overlay-pane path').count())
      .toBeGreaterThan(100);
    await expect
      .poll(() => log.locator('.event-map .marker-cluster, .event-map path.event-marker').count())
      .toBeGreaterThan(0);
    await expect.poll(() => log.locator('.timeline rect.bar').count()).toBeGreaterThan(0);
    await log.screenshot({ path: 'tests/artifacts/event-log-chromium.png', fullPage: true });
    await log.locator('.event-map').screenshot({ path: 'tests/artifacts/event-map-chromium.png' });
    await log.locator('.timeline').screenshot({ path: 'tests/artifacts/timeline-chromium.png' });

    // Filter by the first article's outlet: only its two events remain.
    const stored = await confirmedIn(page);
    const firstId = await rows.first().getAttribute('data-event-id');
    const firstArticle = stored.find((e) => e.id === firstId);
    const outlet = firstArticle?.source ?? '';
    const sourceFilter = log.getByLabel('Source', { exact: true });
    const outletOption = sourceFilter.locator('option', { hasText: outlet }).first();
    await sourceFilter.selectOption((await outletOption.getAttribute('value')) ?? '');
    await expect.poll(() => rows.count()).toBe(stored.filter((e) => e.source === outlet).length);
    await log.getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(() => rows.count()).toBe(4);

    // The user zooms the map in; an edit below must not move it back.
    const mapView = () =>
      log.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('.event-map .leaflet-map-pane, .event-map .leaflet-proxy')]
          .map((pane) => pane.style.transform)
          .join(' '),
      );
    const fitted = await mapView();
    await log.locator('.event-map .leaflet-control-zoom-in').click();
    await expect.poll(mapView).not.toBe(fitted);
    // Leaflet marks the map while it animates the zoom: the view is the user's once it is done.
    await expect.poll(() => log.locator('.event-map.leaflet-zoom-anim').count()).toBe(0);
    const zoomed = await mapView();
    const drawn = () => log.locator('.event-map').getAttribute('data-drawn');
    const drawnBeforeEdit = await drawn();

    // Edit one in place.
    const edited = (await rows.first().getAttribute('data-event-id')) ?? '';
    await rows.first().getByRole('button', { name: 'Edit' }).click();
    const editor = log.getByRole('region', { name: 'Edit the event' });
    // The editor opens under its row, with the focus in it, and pushes the next rows down.
    await editor.waitFor();
    const [rowBox, editorBox, nextBox] = await Promise.all([
      rows.first().boundingBox(),
      editor.boundingBox(),
      rows.nth(1).boundingBox(),
    ]);
    if (!rowBox || !editorBox || !nextBox)
      throw new Error('the row, its editor or the next row is not shown');
    expect(Math.abs(editorBox.y - (rowBox.y + rowBox.height))).toBeLessThan(3);
    expect(nextBox.y).toBeGreaterThanOrEqual(editorBox.y + editorBox.height - 1);
    expect(await editor.evaluate((region) => region.contains(document.activeElement))).toBe(true);
    await editor.getByLabel('Killed').fill('9');
    await editor.getByRole('button', { name: 'Save' }).click();
    await expect.poll(async () => (await confirmedIn(page)).find((e) => e.id === edited)?.fatalities).toBe(9);
    // The map redrew the edited event's marker (after the table, on idle) and kept the user's view.
    await expect.poll(drawn).not.toBe(drawnBeforeEdit);
    expect(await mapView()).toBe(zoomed);
    // Saved: the editor closes and the focus is back on the row's Edit button.
    await expect.poll(() => editor.count()).toBe(0);
    expect(
      await log.evaluate(() =>
        document.activeElement?.closest('[data-event-id]')?.getAttribute('data-event-id'),
      ),
    ).toBe(edited);

    // Export through the browser's own download path.
    await log.getByRole('radio', { name: /all [\d,]+/ }).check();
    const [csvDownload] = await Promise.all([
      log.waitForEvent('download'),
      log.getByRole('button', { name: 'CSV', exact: true }).click(),
    ]);
    const csv = Papa.parse<Record<string, string>>(
      await readFile((await csvDownload.path()) as string, 'utf8'),
      {
        header: true,
        skipEmptyLines: true,
      },
    );
    expect(csv.meta.fields?.slice(0, 6)).toEqual([
      'event_id_cnty',
      'event_date',
      'year',
      'time_precision',
      'disorder_type',
      'event_type',
    ]);
    expect(csv.data).toHaveLength(4);
    expect(csv.data.map((row) => row.fatalities)).toContain('9');
    // The workers that write it get each article's title and date (not its text).
    expect(csv.data.every((row) => row.article_title && row.article_published_at)).toBe(true);
    const [geoDownload] = await Promise.all([
      log.waitForEvent('download'),
      log.getByRole('button', { name: 'GeoJSON', exact: true }).click(),
    ]);
    const geo = JSON.parse(await readFile((await geoDownload.path()) as string, 'utf8')) as {
      type: string;
      features: { geometry: { coordinates: number[] }; properties: { event_uid: string } }[];
    };
    expect(geo.type).toBe('FeatureCollection');
    expect(geo.features.map((f) => f.properties.event_uid).sort()).toEqual(
      csv.data
        .filter((row) => row.latitude && row.longitude)
        .map((row) => row.event_uid)
        .sort(),
    );
    expect(geo.features[0]?.geometry.coordinates).toHaveLength(2);
    const [jsonDownload] = await Promise.all([
      log.waitForEvent('download'),
      log.getByRole('button', { name: 'Full backup (JSON)' }).click(),
    ]);
    const backupPath = (await jsonDownload.path()) as string;
    const before = await confirmedIn(page);

    // Clear the database, then import the backup: the same log comes back.
    await emptyTheLog(log);
    await log.locator('input[type=file]').setInputFiles(backupPath);
    await log.getByRole('button', { name: /^Import [\d,]+ records$/ }).click();
    await log.getByText(/^Imported [\d,]+ new records/).waitFor();
    await expect.poll(() => rows.count()).toBe(4);
    expect(await confirmedIn(page)).toEqual(before);

    // Importing the same file again adds nothing.
    await log.locator('input[type=file]').setInputFiles(backupPath);
    await log.getByRole('button', { name: /^Import [\d,]+ records$/ }).click();
    await log.getByText(/^Imported 0 new records/).waitFor();

    // Events confirmed in another page's side panel show up in the open log, without a reload.
    (await confirmTwo(REVIEW_PAGES.third)).close();
    await expect.poll(() => rows.count()).toBe(6);

    expect(outside).toEqual([]);
    await log.close();
    await page.close();
  });

  it('keeps a log stored by the version before event batches through the upgrade', async () => {
    // Version 3 kept one record per event: 1,205 events of one article and one of another.
    const events = [
      ...Array.from({ length: 1_205 }, (_, i) => ({ ...kupianskEvent, id: `e-big-${i}` })),
      { ...kupianskEvent, id: 'e-other', articleId: 'a-2', date: '2024-06-01' },
    ];
    const log = await browser.context.newPage();
    await log.goto(browser.extensionUrl('log.html#/events'));
    await log
      .getByText(/shown of|No events in your log yet/)
      .first()
      .waitFor();
    await log.evaluate(async (rows) => {
      const done = (request: IDBRequest) =>
        new Promise((resolve, reject) => {
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
      await done(indexedDB.deleteDatabase('conflict-reader'));
      // Dexie stores version n as IndexedDB version 10n; these are version 3's stores.
      const open = indexedDB.open('conflict-reader', 30);
      open.onupgradeneeded = () => {
        const db = open.result;
        const articles = db.createObjectStore('articles', { keyPath: 'id' });
        for (const field of ['url', 'canonicalUrl', 'capturedAt', 'siteName', 'publishedAt'])
          articles.createIndex(field, field);
        const stored = db.createObjectStore('events', { keyPath: 'id' });
        stored.createIndex('articleId', 'articleId');
        stored.createIndex('[status+date]', ['status', 'date']);
        const corrections = db.createObjectStore('corrections', { keyPath: 'id' });
        for (const field of ['action', 'surface', 'updatedAt']) corrections.createIndex(field, field);
        db.createObjectStore('settings', { keyPath: 'key' });
      };
      const db = (await done(open)) as IDBDatabase;
      const tx = db.transaction('events', 'readwrite');
      for (const row of rows) tx.objectStore('events').add(row);
      await new Promise((resolve) => (tx.oncomplete = resolve));
      db.close();
    }, events);
    await log.reload();
    await log.getByText(/shown of 1,206\)/).waitFor();
    const stored = await log.evaluate(async () => {
      const open = indexedDB.open('conflict-reader');
      await new Promise((resolve) => (open.onsuccess = resolve));
      const db = open.result;
      const request = db.transaction('eventBatches').objectStore('eventBatches').getAll();
      await new Promise((resolve) => (request.onsuccess = resolve));
      db.close();
      return {
        stores: [...db.objectStoreNames],
        batches: (request.result as { articleId: string; part: number; events: { id: string }[] }[]).map(
          (b) => [b.articleId, b.part, b.events.length],
        ),
      };
    });
    expect(stored).toEqual({
      stores: ['articles', 'corrections', 'eventBatches', 'setAside', 'settings'],
      batches: [
        ['a-1', 0, 1_000],
        ['a-1', 1, 205],
        ['a-2', 0, 1],
      ],
    });
    await log.close();
  });
});
