// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { PageWatch } from '@/lib/anchoring/page-watch';
import { removeMarks, setMarksVisible, wrapInMarks } from '@/lib/highlights/mark-fallback';
import { PrivateLayer } from '@/lib/highlights/private-layer';
import { PageOverlay } from '@/lib/highlights/page-overlay';
import { supportsHighlights } from '@/lib/highlights/paint-highlights';
import type { MentionKind } from '@/lib/schema';

const HTML = '<p>Drones struck <b>Kupiansk</b> on Tuesday, killing 2 people near Kharkiv.</p>';

function rangeOf(text: string): StaticRange {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = (node as Text).data.indexOf(text);
    if (at >= 0) {
      return new StaticRange({
        startContainer: node,
        startOffset: at,
        endContainer: node,
        endOffset: at + text.length,
      });
    }
  }
  throw new Error(`${text} not in the page`);
}

afterEach(() => {
  document.body.replaceChildren();
  document.documentElement.removeAttribute('data-conflict-reader-hidden');
});

describe('the <mark> fallback, where the Highlight API is missing', () => {
  it('is what this DOM needs (jsdom has no CSS.highlights)', () => {
    expect(supportsHighlights(window)).toBe(false);
  });

  it('wraps each mention in a mark of its kind, leaves the text alone, and takes the marks out again', () => {
    document.body.innerHTML = HTML;
    const before = document.body.innerHTML;
    const byKind = new Map<MentionKind, StaticRange[]>([
      ['place', [rangeOf('Kupiansk'), rangeOf('Kharkiv')]],
      ['number', [rangeOf('2 people')]],
      ['date', [rangeOf('Tuesday')]],
    ]);
    expect(wrapInMarks(document, byKind)).toBe(4);
    const marks = [...document.querySelectorAll('mark[data-conflict-reader]')];
    expect(marks.map((m) => [m.getAttribute('data-conflict-reader'), m.textContent])).toEqual([
      ['place', 'Kupiansk'],
      ['date', 'Tuesday'],
      ['number', '2 people'],
      ['place', 'Kharkiv'],
    ]);
    expect(document.body.textContent).toBe(
      new DOMParser().parseFromString(HTML, 'text/html').body.textContent,
    );
    removeMarks(document);
    expect(document.body.innerHTML).toBe(before);
  });

  it('hides and shows a kind from the legend', () => {
    document.body.innerHTML = HTML;
    wrapInMarks(document, new Map([['place', [rangeOf('Kupiansk')]]]));
    const overlay = new PageOverlay(document, [], new PrivateLayer(document));
    setMarksVisible(document, 'place', false);
    setMarksVisible(document, 'date', false);
    expect(document.documentElement.getAttribute('data-conflict-reader-hidden')).toBe('place date');
    setMarksVisible(document, 'place', true);
    setMarksVisible(document, 'date', true);
    expect(document.documentElement.hasAttribute('data-conflict-reader-hidden')).toBe(false);
    overlay.destroy();
  });

  it('marks the page without taking its own marks for a change of the page', async () => {
    document.body.innerHTML = HTML;
    let changes = 0;
    const watch = new PageWatch(document, () => changes++, { settleMs: 10, maxWaitMs: 50 });
    const before = watch.current();
    watch.withoutWatching(() => wrapInMarks(document, new Map([['place', [rangeOf('Kharkiv')]]])));
    await new Promise((resolve) => setTimeout(resolve, 40));
    expect(changes).toBe(0);
    // The marks split text nodes: the index is rebuilt, with the same text.
    expect(watch.current()).not.toBe(before);
    expect(watch.current().map.text).toBe(before.map.text);
    watch.disconnect();
  });
});
