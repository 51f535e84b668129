// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { anchorQuotes, type AnchorItem } from '../../lib/anchoring/anchor-mentions';
import { anchorQuotes as anchorQuotesAlias } from '../../lib/anchoring/anchor-mentions';
import { stripIgnorable } from '../../lib/anchoring/match-quote';
import { quoteSelectorFor } from '../../lib/anchoring/quote-selector';
import { textContentOf } from '../../lib/anchoring/text-position';
import { approximateScans } from './support/counted-approx-search';

vi.mock('approx-string-match', () => import('./support/counted-approx-search'));

/**
 * Characters of page text scanned by approximate searches since the last call. Scans of a
 * quote's context (32 characters a side, when a candidate is scored) are not searches of the page.
 */
function pageCharsScannedApproximately(): number {
  return approximateScans
    .splice(0)
    .filter((chars) => chars > 64)
    .reduce((sum, chars) => sum + chars, 0);
}

function page(html: string): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = html;
  return root;
}

/** Items for every occurrence of each word in the article text, in article order. */
function itemsFor(article: string, words: string[]): AnchorItem[] {
  const spans: { start: number; end: number }[] = [];
  for (const word of words) {
    for (let at = article.indexOf(word); at !== -1; at = article.indexOf(word, at + 1)) {
      spans.push({ start: at, end: at + word.length });
    }
  }
  spans.sort((a, b) => a.start - b.start);
  return spans.map((s) => ({
    id: `${s.start}`,
    selector: quoteSelectorFor(article, s.start, s.end),
    hint: s.start,
  }));
}

const HTML = `
  <header><nav>Home | World | Syria</nav></header>
  <article>
    <h1>Clashes in <b>Daraa</b> province</h1>
    <p>
      Government forces shelled   <a href="/daraa">Daraa</a> city on Monday,
      the <i>Syrian Observatory</i> said.
    </p>
    <script>var mentions = ["Daraa", "Damascus"];</script>
    <p>Rebels in Daraa said <b>twelve</b> fighters were killed near the Jordanian border.</p>
    <p>In Damascus, officials denied the report. Daraa was calm by evening.</p>
  </article>`;

const ARTICLE = [
  'Clashes in Daraa province',
  'Government forces shelled Daraa city on Monday, the Syrian Observatory said.',
  'Rebels in Daraa said twelve fighters were killed near the Jordanian border.',
  'In Damascus, officials denied the report. Daraa was calm by evening.',
].join('\n\n');

describe('anchorQuotes', () => {
  it('anchors every mention of an unchanged page, repeated ones in their own places', () => {
    const root = page(HTML);
    const items = itemsFor(ARTICLE, ['Daraa', 'Damascus', 'Syrian Observatory', 'Jordanian border']);
    expect(items).toHaveLength(7);
    const { anchored, orphans } = anchorQuotes(root, items);
    expect(orphans).toEqual([]);
    expect(anchored.map((a) => a.id)).toEqual(items.map((i) => i.id));
    for (const a of anchored) {
      const item = items.find((i) => i.id === a.id) as AnchorItem;
      expect(a.range.toString()).toBe(item.selector.exact);
      expect(a.score).toBeGreaterThan(0.9);
    }
    // The four "Daraa" are four different places in the page, none inside the script.
    const daraa = anchored.filter((a) => a.range.toString() === 'Daraa');
    expect(new Set(daraa.map((a) => a.start)).size).toBe(4);
    for (const a of daraa) expect(a.range.startContainer.parentElement?.tagName).not.toBe('SCRIPT');
    expect(daraa[0]?.range.startContainer.parentElement?.tagName).toBe('B');
    expect(daraa[1]?.range.startContainer.parentElement?.tagName).toBe('A');
  });

  it('covers a quote split across elements and white space', () => {
    const root = page('<p>The <b>Free</b>\n   <a href="#">Syrian <i>Army</i></a> said so.</p>');
    const article = 'The Free Syrian Army said so.';
    const { anchored, orphans } = anchorQuotes(root, [
      { id: 'fsa', selector: quoteSelectorFor(article, 4, 20), hint: 4 },
    ]);
    expect(orphans).toEqual([]);
    expect(anchored[0]?.range.toString()).toBe('Free\n   Syrian Army');
  });

  it('fuzzy-anchors a quote with a small change and reports an absent one as an orphan', () => {
    const root = page(HTML.replace('Jordanian border', 'Jordanian bordr').replace('In Damascus', 'In Homs'));
    const items = itemsFor(ARTICLE, ['Daraa', 'Damascus', 'Jordanian border']);
    const { anchored, orphans } = anchorQuotes(root, items);
    expect(orphans.map((o) => o.selector.exact)).toEqual(['Damascus']);
    const border = anchored.find((a) => a.range.toString() === 'Jordanian bordr');
    expect(border?.score).toBeLessThan(1);
    expect(anchored).toHaveLength(items.length - 1);
  });

  it('works without hints, and via the anchor-quotes module', () => {
    const root = page(HTML);
    const items = itemsFor(ARTICLE, ['Daraa']).map(({ id, selector }) => ({ id, selector }));
    const { anchored, orphans } = anchorQuotesAlias(root, items);
    expect(orphans).toEqual([]);
    expect(new Set(anchored.map((a) => a.start)).size).toBe(4);
  });

  it('anchors a mention nested in the one before it inside that one, when the line repeats', () => {
    // A photo caption printed twice: "troops" must stay in its own "Army troops", not jump to the
    // next line's, whose context is the same.
    const line = 'Army troops at the gate of the old market in Kessala, 3 May.';
    const article = `${line}\n\n${line}`;
    const root = page(`<p>${line}</p>\n<p>${line}</p>`);
    const items = itemsFor(article, ['Army troops', 'troops']);
    expect(items.map((i) => i.hint)).toEqual([0, 5, line.length + 2, line.length + 7]);
    const { anchored, orphans } = anchorQuotes(root, items);
    expect(orphans).toEqual([]);
    const [outer, inner, outerAgain, innerAgain] = items.map(
      (item) => anchored.find((a) => a.id === item.id)?.start ?? -1,
    );
    expect(inner).toBe((outer as number) + 'Army '.length);
    expect(innerAgain).toBe((outerAgain as number) + 'Army '.length);
    expect(outerAgain).toBeGreaterThan(inner as number);
  });

  it('anchors the same words with the same context twice, once in each line that repeats them', () => {
    const line = 'Shelling resumed on the road to Kessala, monitors said.';
    const article = `${line}\n\n${line}`;
    const root = page(`<p>${line}</p>\n<p>${line}</p>`);
    const items = itemsFor(article, ['Kessala']);
    const { anchored, orphans } = anchorQuotes(root, items);
    expect(orphans).toEqual([]);
    const [first, second] = anchored.map((a) => a.start);
    expect(second).toBeGreaterThan((first as number) + line.length - 1);
  });

  it('reports every item of an empty page as an orphan', () => {
    const items = itemsFor(ARTICLE, ['Daraa']);
    const { anchored, orphans } = anchorQuotes(page(''), items);
    expect(anchored).toEqual([]);
    expect(orphans.map((o) => o.id)).toEqual(items.map((i) => i.id));
  });

  it('anchors 2,000 mentions on an unchanged long page near where each should be, without searching the page', () => {
    const towns = ['Aleppo', 'Homs', 'Hama', 'Idlib', 'Raqqa', 'Daraa', 'Latakia', 'Tartus'];
    const paragraphs: string[] = [];
    for (let i = 0; i < 1000; i++) {
      const a = towns[i % towns.length] as string;
      const b = towns[(i * 3 + 1) % towns.length] as string;
      paragraphs.push(`Report ${i}: shelling hit ${a} while convoys left ${b} before dawn on day ${i}.`);
    }
    const root = page(paragraphs.map((p) => `<p>\n  ${p}\n</p>`).join('\n'));
    const article = paragraphs.join('\n\n');
    const items = itemsFor(article, towns);
    expect(items).toHaveLength(2000);
    const budget = { exactChars: 1e12, fuzzyChars: 1e12 };
    pageCharsScannedApproximately();
    const { anchored, orphans } = anchorQuotes(root, items, undefined, budget);
    // Linear: every item is found just after the last one, in a window; no whole-page exact
    // search, and no approximate search of the page at all.
    expect(budget).toEqual({ exactChars: 1e12, fuzzyChars: 1e12 });
    expect(pageCharsScannedApproximately()).toBe(0);
    expect(orphans).toEqual([]);
    const pageText = textContentOf(root);
    const byId = new Map(items.map((i) => [i.id, i]));
    for (const a of anchored) {
      const item = byId.get(a.id) as AnchorItem;
      // Each lands in its own paragraph: the page text before it ends with the quote's prefix.
      expect(a.range.toString()).toBe(item.selector.exact);
      expect(stripIgnorable(pageText.slice(0, a.start)).endsWith(stripIgnorable(item.selector.prefix))).toBe(
        true,
      );
    }
  });

  it('stops searching approximately once its budget is spent, when nothing matches', () => {
    const root = page('<p>' + 'nothing to see here '.repeat(20_000) + '</p>');
    const items = itemsFor(ARTICLE.repeat(30), ['Daraa', 'Damascus', 'Jordanian border']);
    pageCharsScannedApproximately();
    anchorQuotes(root, items, undefined, { exactChars: 1e12, fuzzyChars: 1e12 });
    const unbounded = pageCharsScannedApproximately();
    expect(unbounded).toBeGreaterThan(0);

    const budget = { exactChars: 1e12, fuzzyChars: Math.floor(unbounded / 4) };
    const { anchored, orphans } = anchorQuotes(root, items, undefined, budget);
    expect(anchored).toEqual([]);
    expect(orphans).toHaveLength(items.length);
    expect(pageCharsScannedApproximately()).toBeLessThanOrEqual(unbounded / 4);
  });
});
