import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportBackupJson } from '@/lib/exchange';
import type { ConflictEvent } from '@/lib/schema';
import { logEvent, place } from '../log/log-fixtures';
import { launchChromiumWithExtension, type ChromiumWithExtension } from './support/chromium';
import { emptyTheLog } from './support/session';

/** An actor whose name a table column is too narrow for; its period tells its versions apart. */
const LONG_ACTOR = 'Police Forces of the Democratic Republic of Congo (2019-)';

/**
 * Six events over three years: the whole log draws its timeline by month; brushing 2024's March
 * to September leaves three events over about six months, which it draws by week.
 */
const EVENTS: ConflictEvent[] = [
  ['2022-05-10', 'Goma', -1.68, 29.23],
  ['2023-02-14', 'Bunia', 1.56, 30.25],
  ['2024-03-02', 'Beni', 0.49, 29.47],
  ['2024-07-19', 'Butembo', 0.14, 29.29],
  ['2024-09-05', 'Uvira', -3.4, 29.14],
  ['2025-06-30', 'Bukavu', -2.51, 28.86],
].map(([date, name, lat, lon], i) =>
  logEvent(`fix-${i}`, {
    date: date as string,
    location: place(name as string, lat as number, lon as number, { country: 'CD' }),
    actor1: { canonical: LONG_ACTOR, inter: 1 },
    actor2: { canonical: 'Civilians (Democratic Republic of Congo)', inter: 7 },
  }),
);

let browser: ChromiumWithExtension;
let folder: string;
let backup: string;

beforeAll(async () => {
  browser = await launchChromiumWithExtension();
  folder = await mkdtemp(path.join(os.tmpdir(), 'conflict-reader-log-fixes-'));
  backup = path.join(folder, 'backup.json');
  await writeFile(backup, exportBackupJson({ events: EVENTS, articles: [], corrections: [] }));
});

afterAll(async () => {
  await browser?.close();
  if (folder) await rm(folder, { recursive: true, force: true });
});

/** The event log page with the test's events imported into an emptied log. */
async function logWithEvents(): Promise<{ log: Page; rows: Locator }> {
  const log = await browser.context.newPage();
  await log.setViewportSize({ width: 1280, height: 1000 });
  await log.goto(browser.extensionUrl('log.html#/events'));
  await log
    .getByText(/shown of|No events in your log yet/)
    .first()
    .waitFor();
  await emptyTheLog(log);
  await log.locator('input[type=file]').setInputFiles(backup);
  await log.getByRole('button', { name: `Import ${EVENTS.length} records` }).click();
  const rows = log.locator('.event-rows [data-event-id]');
  await expect.poll(() => rows.count()).toBe(EVENTS.length);
  return { log, rows };
}

/** Every stored event, read straight from the extension's database, in id order. */
const storedEvents = (log: Page) =>
  log.evaluate(async () => {
    const open = indexedDB.open('conflict-reader');
    await new Promise((resolve) => (open.onsuccess = resolve));
    const db = open.result;
    const request = db.transaction('eventBatches').objectStore('eventBatches').getAll();
    await new Promise((resolve) => (request.onsuccess = resolve));
    db.close();
    return (request.result as { events: { id: string }[] }[])
      .flatMap((batch) => batch.events)
      .sort((a, b) => a.id.localeCompare(b.id));
  });

/** The boxes of the timeline's axis labels, left to right, and the timeline's own. */
const axisLayout = (log: Page) =>
  log.evaluate(() => {
    const figure = document.querySelector('.timeline')?.getBoundingClientRect();
    const ticks = [...document.querySelectorAll('.timeline-axis .tick')].map((tick) => {
      const box = tick.getBoundingClientRect();
      return { label: tick.textContent ?? '', left: box.left, right: box.right };
    });
    return { ticks, left: figure?.left ?? 0, right: figure?.right ?? 0 };
  });

/** Labels laid out one after another, inside the timeline, none over the next. */
function expectReadableAxis(layout: Awaited<ReturnType<typeof axisLayout>>) {
  layout.ticks.forEach((tick, i) => {
    expect(tick.label).not.toMatch(/W\d/);
    expect(tick.left).toBeGreaterThanOrEqual(layout.left - 0.5);
    expect(tick.right).toBeLessThanOrEqual(layout.right + 0.5);
    const next = layout.ticks[i + 1];
    if (next) expect(tick.right).toBeLessThanOrEqual(next.left);
  });
}

describe('Chromium: the event log after the user trial’s fixes', () => {
  it('offers Undo after every shown event is deleted at once, and restores them all', async () => {
    const { log, rows } = await logWithEvents();
    const before = await storedEvents(log);
    expect(before.map((e) => e.id)).toEqual(EVENTS.map((e) => e.id));

    await log.getByRole('checkbox', { name: 'Pick all shown events' }).check();
    await log.getByRole('button', { name: `Delete ${EVENTS.length} picked` }).click();
    await log.getByText(`Deleted ${EVENTS.length} events.`).waitFor();
    await expect.poll(async () => (await storedEvents(log)).length).toBe(0);

    await log.getByRole('button', { name: 'Undo delete' }).click();
    await expect.poll(() => rows.count()).toBe(EVENTS.length);
    await log.getByText(`Restored ${EVENTS.length} events.`).waitFor();
    expect(await storedEvents(log)).toEqual(before);
    await log.close();
  });

  it('deletes only the picked events the filter still shows, and says how many', async () => {
    const { log, rows } = await logWithEvents();
    await log.getByRole('checkbox', { name: 'Pick all shown events' }).check();
    await log.getByLabel('From', { exact: true }).fill('2024-01-01');
    await log.getByLabel('To', { exact: true }).fill('2024-12-31');
    await expect.poll(() => rows.count()).toBe(3);
    await log.getByRole('button', { name: 'Delete 3 picked' }).click();
    await log.getByText('Deleted 3 events.').waitFor();
    const kept = (await storedEvents(log)).map((e) => e.id);
    expect(kept).toEqual(EVENTS.filter((e) => !e.date.startsWith('2024')).map((e) => e.id));
    await log.close();
  });

  it('labels the timeline’s axis across its width, by month and, once brushed, by week', async () => {
    const { log, rows } = await logWithEvents();
    const ticks = log.locator('.timeline-axis .tick');
    await expect.poll(() => ticks.count()).toBeGreaterThanOrEqual(4);
    const months = await axisLayout(log);
    expect(months.ticks.every((t) => /^([A-Z][a-z]{2} )?\d{4}$/.test(t.label))).toBe(true);
    expectReadableAxis(months);
    // Labels reach across the axis, not just its two ends.
    const width = months.right - months.left;
    expect(
      months.ticks.some((t) => t.left > months.left + width * 0.3 && t.left < months.left + width * 0.7),
    ).toBe(true);

    // Brush from March 2024 to September 2024: bins 22 to 28 of the 38 months from May 2022.
    const svg = await log.locator('.timeline svg').boundingBox();
    if (!svg) throw new Error('the timeline is not shown');
    const at = (bin: number) => svg.x + ((bin + 0.5) / 38) * svg.width;
    await log.mouse.move(at(22), svg.y + svg.height / 2);
    await log.mouse.down();
    await log.mouse.move(at(28), svg.y + svg.height / 2, { steps: 5 });
    await log.mouse.up();
    await expect.poll(() => rows.count()).toBe(3);

    await expect
      .poll(async () => (await log.locator('.timeline figcaption').textContent()) ?? '')
      .toMatch(/^\d{1,2} [A-Z][a-z]{2} 2024 – \d{1,2} [A-Z][a-z]{2} 2024 ·/);
    const weeks = await axisLayout(log);
    expect(weeks.ticks.length).toBeGreaterThanOrEqual(4);
    expectReadableAxis(weeks);
    expect(weeks.ticks.every((t) => /^(\d{1,2} [A-Z][a-z]{2}|[A-Z][a-z]{2} \d{4})$/.test(t.label))).toBe(
      true,
    );
    const titles = await log.locator('.timeline rect title').allTextContents();
    expect(titles.filter((t) => /W\d/.test(t))).toEqual([]);
    await log.locator('.timeline').screenshot({ path: 'tests/artifacts/timeline-axis-chromium.png' });
    await log.close();
  });

  it('keeps an actor’s period visible in a narrow table cell, with the full name in its tooltip', async () => {
    const { log, rows } = await logWithEvents();
    const cell = rows.first().getByRole('cell').nth(3);
    const fit = await cell.evaluate((cellElement) => {
      // Where the period's characters are laid out, and the narrowest box that clips them: text
      // cut with an ellipsis (even by a fraction of a pixel) runs past the right of its own box.
      const walker = document.createTreeWalker(cellElement, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent?.indexOf('(2019-)') ?? -1;
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + '(2019-)'.length);
        let clipRight = Infinity;
        for (let box = node.parentElement; box; box = box.parentElement) {
          clipRight = Math.min(clipRight, box.getBoundingClientRect().right);
          if (box === cellElement) break;
        }
        const cut = (element: Element) => element.scrollWidth > element.clientWidth;
        return {
          text: cellElement.textContent,
          periodRight: range.getBoundingClientRect().right,
          clipRight,
          shortened: cut(cellElement) || [...cellElement.children].some(cut),
        };
      }
      return null;
    });
    expect(fit?.text).toBe(LONG_ACTOR);
    // The column is narrower than the name (so this tests the shortening), yet the period shows whole.
    expect(fit?.shortened).toBe(true);
    expect(fit?.periodRight).toBeLessThanOrEqual(fit?.clipRight ?? 0);
    expect(await cell.getAttribute('title')).toBe(LONG_ACTOR);
    await log.locator('.event-table').screenshot({ path: 'tests/artifacts/event-table-chromium.png' });
    await log.close();
  });
});
