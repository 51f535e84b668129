import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOG_SECTIONS } from '@/components/log/LogNavigation';
import { REVIEW_PAGES } from './support/review-pages';
import { launchChromiumWithExtension, type ChromiumWithExtension } from './support/chromium';
import { openAndAnalyse, panelFor } from './support/session';
import { startTestServer, type TestServer } from './support/test-server';

// axe-core's own bundle, evaluated in the page under test (through the DevTools protocol, which
// the extension pages' script policy does not stop).
const AXE_SOURCE = readFileSync(
  path.join(path.dirname(createRequire(import.meta.url).resolve('axe-core')), 'axe.min.js'),
  'utf8',
);

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

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** Run axe-core on the page as it is and return its serious and critical violations. */
async function seriousViolations(page: Page): Promise<Violation[]> {
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run(context: Document): Promise<{
            violations: {
              id: string;
              impact?: string | null;
              help: string;
              nodes: { target: unknown[] }[];
            }[];
          }>;
        };
      }
    ).axe;
    const result = await axe.run(document);
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? null,
      help: v.help,
      targets: v.nodes.map((n) => n.target.map(String).join(' ')),
    }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** The violations as lines a failure message can show: rule, impact, help and the elements. */
const described = (violations: Violation[]) =>
  violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.targets.join('\n    ')}`).join('\n');

/** Checked in the light and the dark colour scheme: styles.css has a palette for each. */
async function expectNoSeriousViolations(page: Page, where: string) {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const violations = await seriousViolations(page);
    expect(violations, `${where}, ${colorScheme} scheme:\n${described(violations)}`).toEqual([]);
  }
}

describe('Chromium: accessibility of the side panel (axe-core, serious and critical violations)', () => {
  it('finds none in the side panel with events proposed and one event open in the editor', async () => {
    const { page, status } = await openAndAnalyse(browser, server, `/corpus/${REVIEW_PAGES.first}.html`);
    const panel = await panelFor(browser, status);
    const card = panel.locator('.event-card').first();
    await card.waitFor();
    await card.getByRole('button', { name: 'Edit' }).click();
    await card.getByRole('form', { name: 'Edit event' }).waitFor();
    await expectNoSeriousViolations(panel, 'side panel');
    await panel.close();
    await page.close();
  });
});

describe('Chromium: accessibility of the log page (axe-core, serious and critical violations)', () => {
  // Two confirmed events, so that the events section has rows, a map and a timeline to check.
  beforeAll(async () => {
    const { page, status } = await openAndAnalyse(browser, server, `/corpus/${REVIEW_PAGES.second}.html`);
    const panel = await panelFor(browser, status);
    const cards = panel.locator('.event-card');
    await cards.nth(1).waitFor();
    await cards.first().focus();
    await panel.keyboard.press('c');
    await panel.keyboard.press('c');
    // A confirmed card offers Undo (expect.poll is for tests, not hooks).
    await panel.getByRole('button', { name: 'Undo' }).nth(1).waitFor();
    await panel.close();
    await page.close();
  });

  for (const section of LOG_SECTIONS) {
    it(`finds none in the log page's ${section.label} section`, async () => {
      const log = await browser.context.newPage();
      await log.setViewportSize({ width: 1280, height: 1000 });
      await log.goto(browser.extensionUrl(`log.html#/${section.id}`));
      await log.locator('main h2').first().waitFor();
      if (section.id === 'events') {
        await expect.poll(() => log.locator('.event-rows [data-event-id]').count()).toBeGreaterThan(0);
        await expect.poll(() => log.locator('.timeline rect.bar').count()).toBeGreaterThan(0);
      }
      await expectNoSeriousViolations(log, `log page, ${section.label}`);
      await log.close();
    });
  }

  it("finds none in the Events section with a row's editor open", async () => {
    const log = await browser.context.newPage();
    await log.setViewportSize({ width: 1280, height: 1000 });
    await log.goto(browser.extensionUrl('log.html#/events'));
    await log.locator('.event-rows .edit-button').first().click();
    await log.getByRole('form', { name: 'Edit event' }).waitFor();
    await expectNoSeriousViolations(log, 'log page, Events, editing a row');
    await log.close();
  });
});
