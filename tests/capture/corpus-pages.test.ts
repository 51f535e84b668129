import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { captureArticle } from '../../lib/capture';
import { CaptureResultSchema, type CaptureSuccess } from '../../lib/schema';

const CORPUS_DIR = path.resolve(__dirname, '../../../shared/corpus');

/** The parts of a gold file that capture must reproduce. */
interface Gold {
  page: { title: string; siteName: string; publishedAt: string; firstSentence: string };
  places: { surface: string }[];
  actors: { surface: string }[];
  numbers: { surface: string }[];
  events: { evidence: string }[];
}

const pageIds = readdirSync(path.join(CORPUS_DIR, 'pages'))
  .filter((name) => name.endsWith('.html'))
  .map((name) => name.slice(0, -'.html'.length))
  .sort();

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Captured the day after the page was published, as a reader would: a date in the future is distrusted. */
function capturePage(id: string, gold: Gold): CaptureSuccess {
  const html = readFileSync(path.join(CORPUS_DIR, 'pages', `${id}.html`), 'utf8');
  const dom = new JSDOM(html, { url: `http://127.0.0.1/corpus/${id}.html` });
  const now = new Date(Date.parse(`${gold.page.publishedAt}T12:00:00Z`) + 24 * 3600 * 1000);
  const result = captureArticle(dom.window.document, { url: dom.window.location.href, now });
  if (!result.ok) throw new Error(`${id}: capture failed (${result.reason}): ${result.message}`);
  return result;
}

describe('capturing the corpus pages', () => {
  it('finds the corpus', () => {
    expect(pageIds.length).toBeGreaterThanOrEqual(3);
  });

  for (const id of pageIds) {
    describe(id, () => {
      const gold = JSON.parse(readFileSync(path.join(CORPUS_DIR, 'gold', `${id}.json`), 'utf8')) as Gold;
      const result = capturePage(id, gold);

      it('yields a result that satisfies CaptureResultSchema', () => {
        expect(CaptureResultSchema.parse(result)).toEqual(result);
      });

      it('reads title, site name and published date as the gold file says', () => {
        expect(result.metadata.title).toBe(gold.page.title);
        expect(result.metadata.siteName).toBe(gold.page.siteName);
        expect(result.metadata.publishedAt?.slice(0, 10)).toBe(gold.page.publishedAt);
        expect(result.metadata.publishedAtSource).not.toBeNull();
        expect(result.metadata.url).toBe(`http://127.0.0.1/corpus/${id}.html`);
      });

      it('starts the text with the first sentence of the article', () => {
        expect(collapse(result.text).startsWith(collapse(gold.page.firstSentence))).toBe(true);
      });

      it('keeps paragraphs apart with blank lines and never more than one', () => {
        expect(result.text).toContain('\n\n');
        expect(result.text).not.toMatch(/\n{3,}/);
        expect(result.text).not.toMatch(/^\s|\s$/);
      });

      // The gold annotates the article as its text file has it: headline, then body. Capture keeps the
      // headline in metadata.title and the body in text (which must start with the first sentence),
      // so a span absent from the body must be in the headline, and nowhere else.
      it('contains every gold surface and evidence exactly, in the body or the headline', () => {
        const spans = [
          ...gold.places.map((p) => p.surface),
          ...gold.actors.map((a) => a.surface),
          ...gold.numbers.map((n) => n.surface),
          ...gold.events.map((e) => e.evidence),
        ];
        expect(spans.length).toBeGreaterThan(0);
        const notInBody = spans.filter((span) => !result.text.includes(span));
        const nowhere = notInBody.filter((span) => !result.metadata.title.includes(span));
        expect(nowhere).toEqual([]);
        expect(notInBody.length).toBeLessThanOrEqual(3);
      });

      const typographicSpans = [...gold.places, ...gold.actors, ...gold.numbers]
        .map((m) => m.surface)
        .concat(gold.events.map((e) => e.evidence))
        .filter((span) => /[\u00a0\u2019]/.test(span));
      it.skipIf(typographicSpans.length === 0)(
        'keeps the non-breaking spaces and curly apostrophes of the page' +
          (typographicSpans.length ? '' : ' (skipped: no gold span of this page has either)'),
        () => {
          for (const span of typographicSpans) expect(result.text).toContain(span);
        },
      );

      it('leaves out navigation, ads, comments and the footer', () => {
        for (const boilerplate of [
          'Leave a Reply',
          'All rights reserved',
          'Your email address will not be published',
          'We use cookies',
          'Advertisement',
          'Subscribe',
          'Thanks for the update',
        ]) {
          expect(result.text).not.toContain(boilerplate);
        }
        expect(result.text).not.toContain(gold.page.title);
      });
    });
  }
});
