// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PageHighlighter, type PageHighlighterOptions } from '@/lib/highlights/page-highlighter';
import { highlightNames } from '@/lib/highlights/paint-highlights';
import { OVERLAY_HOST_ATTRIBUTE } from '@/lib/highlights/page-overlay';
import { PRIVATE_LAYER_ATTRIBUTE } from '@/lib/highlights/private-layer';
import { CORRECTIONS_PASS } from '@/lib/extraction/corrections/apply-corrections';
import { paintMentionsOf } from '@/lib/highlights/paint-request';
import type { TabRequest } from '@/lib/messaging/tab-messages';
import type { Highlights, Mention } from '@/lib/schema';

const TEXT = 'Drones struck Kupiansk on Tuesday.\n\nTwo people were killed near Kharkiv, officials said.';
const HTML =
  '<h1>News</h1><p>Drones struck <b>Kupiansk</b> on Tuesday.</p>' +
  '<p>Two people were killed near Kharkiv, officials said.</p>';

const place = (name: string) => ({
  name,
  country: 'UA',
  admin1: null,
  lat: null,
  lon: null,
  level: 'city' as const,
});

/** The mentions of TEXT, as the extractor would find them ("Kharkiv" only by the user's correction when `taught`). */
function mentionsOf(text: string, taught = false): Mention[] {
  const at = (words: string) => ({
    start: text.indexOf(words),
    end: text.indexOf(words) + words.length,
    text: words,
  });
  return [
    { kind: 'place', ...at('Kupiansk'), place: place('Kupiansk') },
    { kind: 'date', ...at('Tuesday'), date: { iso: '2024-05-07', precision: 1 } },
    {
      kind: 'number',
      ...at('Two people'),
      number: { value: 2, low: 2, high: 2, vague: false, category: 'killed', of: 'people' },
    },
    {
      kind: 'place',
      ...at('Kharkiv'),
      place: place('Kharkiv'),
      ...(taught ? { by: { pass: CORRECTIONS_PASS, rule: 'your place' } } : {}),
    },
  ];
}

function paintRequest(
  paintId = 'p-1',
  changes: Partial<TabRequest<'paint-mentions'>['mentions']> = {},
  taught = false,
): TabRequest<'paint-mentions'> {
  return {
    paintId,
    mentions: { ...paintMentionsOf(TEXT, mentionsOf(TEXT, taught)), ...changes },
    confirmed: [
      {
        id: 'e-1',
        selector: { type: 'TextQuoteSelector', exact: 'Two people were killed', prefix: '', suffix: '' },
        hint: 36,
      },
    ],
  };
}

const highlighters: PageHighlighter[] = [];

/** A highlighter for this page, holding `captured` as the text the page captured (null: none). */
function highlighter(captured: string | null = TEXT, options: Partial<PageHighlighterOptions> = {}) {
  const repaints: Highlights[] = [];
  const made = new PageHighlighter(document, {
    capturedText: () => captured ?? undefined,
    onRepaint: (highlights) => repaints.push(highlights),
    watchTiming: { settleMs: 30, maxWaitMs: 120 },
    ...options,
  });
  highlighters.push(made);
  return { highlighter: made, repaints };
}

const marked = () =>
  [...document.querySelectorAll('mark[data-conflict-reader]')].map((m) => [
    m.getAttribute('data-conflict-reader'),
    m.textContent,
  ]);
const overlays = () => document.querySelectorAll(`[${OVERLAY_HOST_ATTRIBUTE}]`).length;

/** The shadow roots attached in the page: closed, so page script cannot reach them; a test can. */
const shadowRoots: ShadowRoot[] = [];

/** The private layer's boxes of one kind of mark, once it has been laid out. */
async function privateBoxes(mark: string): Promise<number> {
  if (vi.isFakeTimers()) vi.advanceTimersToNextFrame();
  else await new Promise((resolve) => requestAnimationFrame(resolve));
  return shadowRoots
    .filter((root) => root.host.isConnected && root.host.hasAttribute(PRIVATE_LAYER_ATTRIBUTE))
    .flatMap((root) => [...root.querySelectorAll(`.layer > .${mark}`)]).length;
}

beforeEach(() => {
  document.body.innerHTML = HTML;
  // jsdom lays nothing out: flashing a quote scrolls to it, and each text's piece is one box.
  Element.prototype.scrollIntoView = () => undefined;
  Range.prototype.getClientRects = () => [new DOMRect(10, 20, 30, 16)] as unknown as DOMRectList;
  const attach = Element.prototype.attachShadow;
  vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init) {
    const root = attach.call(this, init);
    shadowRoots.push(root);
    return root;
  });
});

const originalBody = document.body;

/** Put in a new body, as single-page apps do. */
function replaceBody(html: string): HTMLElement {
  const body = document.createElement('body');
  body.innerHTML = html;
  document.body = body;
  return body;
}

afterEach(() => {
  for (const made of highlighters.splice(0)) made.destroy();
  document.body = originalBody;
  document.body.replaceChildren();
  shadowRoots.length = 0;
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('PageHighlighter, with <mark> elements (jsdom has no Highlight API)', () => {
  it('paints the mentions of the text this page captured, and shows the legend', () => {
    const { highlighter: page } = highlighter();
    const painted = page.paint(paintRequest());
    expect(painted).toMatchObject({ painted: 4, orphans: 0, confirmedOrphans: [] });
    expect(marked()).toEqual([
      ['place', 'Kupiansk'],
      ['date', 'Tuesday'],
      ['number', 'Two people'],
      ['place', 'Kharkiv'],
    ]);
    expect(overlays()).toBe(1);
  });

  it('marks the confirmed evidence and the mentions only the user taught in its closed layer, not in the DOM', async () => {
    const { highlighter: page } = highlighter();
    expect(page.paint(paintRequest('p-1', {}, true))).toMatchObject({ painted: 4, confirmedOrphans: [] });
    expect(marked().map(([, text]) => text)).toEqual(['Kupiansk', 'Tuesday', 'Two people']);
    expect(await privateBoxes('place')).toBe(1);
    // One box per piece of text: the mark over "Two people" splits the sentence's text in two.
    expect(await privateBoxes('confirmed')).toBe(2);
    expect(document.querySelector(`[${PRIVATE_LAYER_ATTRIBUTE}]`)?.shadowRoot).toBeNull();
  });

  it('runs no page code in its overlay, even when the page defined the old host name first', () => {
    const constructed: string[] = [];
    for (const name of ['conflict-reader-overlay', 'conflict-reader-legend']) {
      customElements.define(
        name,
        class extends HTMLElement {
          constructor() {
            super();
            constructed.push(name);
          }
        },
      );
    }
    const { highlighter: page } = highlighter();
    page.paint(paintRequest());
    expect(constructed).toEqual([]);
    const host = document.querySelector(`[${OVERLAY_HOST_ATTRIBUTE}]`);
    expect(host?.localName).toBe('div');
    // Closed: the page can't reach into it.
    expect(host?.shadowRoot).toBeNull();
  });

  it('asks for the text when the page does not hold the one named, and paints it once sent', () => {
    const { highlighter: page } = highlighter(null);
    expect(page.paint(paintRequest())).toEqual({ needsText: true });
    expect(marked()).toEqual([]);
    expect(page.paint(paintRequest('p-1', { text: TEXT }))).toMatchObject({ painted: 4 });
    // The text sent is kept: painting its mentions again needs it no more.
    expect(page.paint(paintRequest('p-2'))).toMatchObject({ painted: 4 });
  });

  it('asks for the text when the page captured another one since', () => {
    const { highlighter: page } = highlighter('Talks resumed in Geneva.');
    expect(page.paint(paintRequest())).toEqual({ needsText: true });
  });

  it('takes the hover cards of the mentions painted last only', () => {
    const { highlighter: page } = highlighter();
    page.paint(paintRequest('p-1'));
    expect(page.describe({ paintId: 'p-0', cards: ['stale'] })).toEqual({ described: false });
    expect(page.describe({ paintId: 'p-1', cards: ['Kupiansk', 'Tuesday', '2', 'Kharkiv'] })).toEqual({
      described: true,
    });
    expect(page.painted()?.cards).toEqual(['Kupiansk', 'Tuesday', '2', 'Kharkiv']);
    // The cards of other mentions are not shown on new ones.
    page.paint(paintRequest('p-2'));
    expect(page.painted()?.cards).toEqual([]);
  });

  it('anchors the highlights again once the page has changed and settled, and says so', async () => {
    vi.useFakeTimers();
    const { highlighter: page, repaints } = highlighter();
    page.paint(paintRequest());
    for (const paragraph of document.querySelectorAll('p')) paragraph.prepend('Updated 10:42 — ');
    await vi.advanceTimersByTimeAsync(100);
    expect(repaints).toHaveLength(1);
    expect(repaints[0]).toMatchObject({ painted: 4, orphans: 0 });
    expect(marked().map(([, text]) => text)).toEqual(['Kupiansk', 'Tuesday', 'Two people', 'Kharkiv']);
  });

  it('paints again in a body the page puts in, and counts what the new body lacks', async () => {
    vi.useFakeTimers();
    const { highlighter: page, repaints } = highlighter();
    page.paint(paintRequest());
    const body = replaceBody(HTML.replace('Kharkiv', 'the border'));
    await vi.advanceTimersByTimeAsync(100);
    expect(repaints).toHaveLength(1);
    expect(repaints[0]).toMatchObject({ painted: 3, orphans: 1 });
    expect(marked().map(([, text]) => text)).toEqual(['Kupiansk', 'Tuesday', 'Two people']);
    expect(body.querySelectorAll('mark[data-conflict-reader]')).toHaveLength(3);

    // And it keeps watching the new body.
    body.querySelector('p')?.prepend('Updated 10:42 — ');
    await vi.advanceTimersByTimeAsync(100);
    expect(repaints).toHaveLength(2);
    expect(repaints[1]).toMatchObject({ painted: 3, orphans: 1 });
  });

  it('flashes a quote it finds in the page', () => {
    const { highlighter: page } = highlighter();
    const quote = (exact: string) => ({
      selector: { type: 'TextQuoteSelector' as const, exact, prefix: '', suffix: '' },
      hint: 0,
    });
    expect(page.flash(quote('killed near Kharkiv'))).toEqual({ found: true });
    expect(page.flash(quote('a market in Odesa was shelled'))).toEqual({ found: false });
  });

  it('flashes the quote in its closed layer for a moment', async () => {
    vi.useFakeTimers();
    const { highlighter: page } = highlighter();
    page.flash({
      selector: { type: 'TextQuoteSelector', exact: 'killed near Kharkiv', prefix: '', suffix: '' },
      hint: 0,
    });
    expect(await privateBoxes('focus')).toBe(1);
    await vi.advanceTimersByTimeAsync(2500);
    expect(await privateBoxes('focus')).toBe(0);
  });

  it('flashes a quote in a body the page put in', () => {
    const { highlighter: page } = highlighter();
    page.paint(paintRequest());
    replaceBody('<p>Fighting resumed near Bakhmut overnight.</p>');
    const quote = { type: 'TextQuoteSelector' as const, exact: 'near Bakhmut', prefix: '', suffix: '' };
    expect(page.flash({ selector: quote, hint: 0 })).toEqual({ found: true });
  });

  it('takes everything out of the page when destroyed, and stops watching it', async () => {
    vi.useFakeTimers();
    const before = document.documentElement.outerHTML;
    const removed = vi.spyOn(document, 'removeEventListener');
    const { highlighter: page, repaints } = highlighter();
    page.paint(paintRequest());
    expect(document.head.querySelector('style')).not.toBeNull();
    page.destroy();
    expect(marked()).toEqual([]);
    // Head and body alike: the marks' style goes with the marks.
    expect(document.documentElement.outerHTML).toBe(before);
    expect(overlays()).toBe(0);
    expect(document.querySelector(`[${PRIVATE_LAYER_ATTRIBUTE}]`)).toBeNull();
    expect(removed.mock.calls.map(([type]) => type)).toEqual(
      expect.arrayContaining(['pointermove', 'keydown']),
    );
    document.querySelector('p')?.append(' More news.');
    await vi.advanceTimersByTimeAsync(200);
    expect(repaints).toEqual([]);
    expect(() => page.paint(paintRequest())).toThrow(/stopped/);
    page.destroy(); // twice is harmless
  });
});

describe('PageHighlighter, with the Highlight API', () => {
  /** The registry a browser keeps, as far as painting uses it. */
  class FakeHighlight extends Set<AbstractRange> {}
  const registry = new Map<string, FakeHighlight>();
  const size = (name: string) => registry.get(name)?.size ?? 0;

  beforeEach(() => {
    registry.clear();
    vi.stubGlobal('Highlight', FakeHighlight);
    vi.stubGlobal('CSS', { highlights: registry });
  });
  afterEach(() => {
    for (const made of highlighters.splice(0)) made.destroy();
    vi.unstubAllGlobals();
  });

  it('paints each kind as its own highlight, leaving the page’s DOM alone', () => {
    const before = document.body.innerHTML;
    const { highlighter: page } = highlighter();
    expect(page.paint(paintRequest())).toMatchObject({ painted: 4, orphans: 0 });
    const names = highlightNames(document);
    expect(size(names.place)).toBe(2);
    expect(size(names.date)).toBe(1);
    expect(size(names.number)).toBe(1);
    expect(document.body.innerHTML).toBe(before);
  });

  it('leaves in the page’s registry nothing of what the user coded or taught, under names that say nothing', async () => {
    const { highlighter: page } = highlighter();
    page.paint(paintRequest('p-1', {}, true));
    page.flash({
      selector: { type: 'TextQuoteSelector', exact: 'drones struck', prefix: '', suffix: '' },
      hint: 0,
    });
    // What page script can read: every registered name and the text under every range.
    const readable = [...registry].map(([name, ranges]) => ({
      name,
      texts: [...ranges].map((r) => {
        const range = document.createRange();
        range.setStart(r.startContainer, r.startOffset);
        range.setEnd(r.endContainer, r.endOffset);
        return range.toString();
      }),
    }));
    expect(
      readable
        .map((h) => h.texts)
        .flat()
        .sort(),
    ).toEqual(['Kupiansk', 'Tuesday', 'Two people']);
    for (const { name } of readable) expect(name).toMatch(/^h[0-9a-f]+$/);
    // Still drawn for the user, in the closed layer.
    expect(await privateBoxes('place')).toBe(1);
    expect(await privateBoxes('confirmed')).toBe(1);
  });

  it('paints again in a body the page swapped in, with ranges in that body', async () => {
    vi.useFakeTimers();
    const { highlighter: page, repaints } = highlighter();
    page.paint(paintRequest());
    const fresh = document.createElement('body');
    fresh.innerHTML = HTML;
    document.documentElement.replaceChild(fresh, document.body);
    await vi.advanceTimersByTimeAsync(100);
    expect(repaints).toHaveLength(1);
    expect(repaints[0]).toMatchObject({ painted: 4, orphans: 0, confirmedOrphans: [] });
    // The four mentions (the confirmed evidence is drawn in the private layer).
    const ranges = [...registry.values()].flatMap((highlight) => [...highlight]);
    expect(ranges).toHaveLength(4);
    expect(ranges.every((range) => fresh.contains(range.startContainer))).toBe(true);
  });

  it('takes its highlights out when destroyed, and another highlighter can paint them again', () => {
    const { highlighter: first } = highlighter();
    first.paint(paintRequest());
    first.describe({ paintId: 'p-1', cards: ['Kupiansk', 'Tuesday', '2', 'Kharkiv'] });
    const painted = first.painted();
    // jsdom cannot adopt a style sheet: the style goes in as an element.
    const styles = () => document.querySelectorAll('style[data-conflict-reader="highlights"]').length;
    expect(styles()).toBe(1);
    first.destroy();
    expect(registry.size).toBe(0);
    expect(overlays()).toBe(0);
    expect(styles()).toBe(0);

    // A copy of the script injected again takes over what the old one painted, without a text.
    const { highlighter: second } = highlighter(null);
    if (!painted) throw new Error('nothing was painted');
    second.restore(painted);
    expect(size(highlightNames(document).place)).toBe(2);
    expect(second.painted()?.cards).toEqual(['Kupiansk', 'Tuesday', '2', 'Kharkiv']);
    expect(overlays()).toBe(1);
  });
});
