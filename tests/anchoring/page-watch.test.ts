// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BACKOFF, PageWatch, type WatchTiming } from '../../lib/anchoring/page-watch';

// The page's clock is faked, so what happens when is exact however busy the machine is.
const wait = (ms: number) => vi.advanceTimersByTimeAsync(ms);
const watches: PageWatch[] = [];
const originalBody = document.body;

/**
 * A watch on the document; each call of `onChange` takes `costMs` of the page's clock (the faked
 * one, moved on by hand: what a re-anchoring would cost, without timing anything real).
 */
function watch(timing: WatchTiming = { settleMs: 30, maxWaitMs: 120 }, costMs = 0) {
  let changes = 0;
  let spent = 0;
  const pageWatch = new PageWatch(
    document,
    () => {
      changes++;
      spent += costMs;
    },
    { now: () => Date.now() + spent, ...timing },
  );
  watches.push(pageWatch);
  return { pageWatch, changes: () => changes };
}

/** A body of its own for the page to put in, as single-page apps do. */
function newBody(html: string): HTMLElement {
  const body = document.createElement('body');
  body.innerHTML = html;
  return body;
}

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  for (const w of watches.splice(0)) w.disconnect();
  document.body = originalBody;
  document.body.replaceChildren();
  vi.useRealTimers();
});

describe('PageWatch', () => {
  it('keeps the index while the page is unchanged and rebuilds it after a change', async () => {
    document.body.innerHTML = '<p>Shelling hit Aleppo.</p>';
    const { pageWatch } = watch();
    const first = pageWatch.current();
    expect(pageWatch.current()).toBe(first);
    expect(first.map.text).toBe('Shelling hit Aleppo.');

    document.querySelector('p')?.append(' Two were killed.');
    // Same task: the observer has not called back yet, but the index must not be stale.
    const second = pageWatch.current();
    expect(second).not.toBe(first);
    expect(second.map.text).toBe('Shelling hit Aleppo. Two were killed.');
  });

  it('calls back once the page has been quiet, once for a burst of changes', async () => {
    document.body.innerHTML = '<ul id="live"></ul>';
    const { changes } = watch();
    const list = document.getElementById('live') as HTMLElement;
    for (let i = 0; i < 5; i++)
      list.append(Object.assign(document.createElement('li'), { textContent: `update ${i}` }));
    await wait(10);
    expect(changes()).toBe(0);
    await wait(60);
    expect(changes()).toBe(1);
    await wait(60);
    expect(changes()).toBe(1); // nothing changed since
  });

  it('calls back at least every maxWaitMs on a page that never stops changing', async () => {
    document.body.innerHTML = '<p id="ticker">0</p>';
    const { changes } = watch({ settleMs: 40, maxWaitMs: 100 });
    const ticker = document.getElementById('ticker') as HTMLElement;
    for (let tick = 0; tick < 22; tick++) {
      ticker.textContent = String(tick);
      await wait(15); // faster than settleMs: the page is never quiet
    }
    // Never quiet for 330 ms, yet not starved: one call per maxWaitMs (at 100, 205 and 310 ms:
    // each stream starts at the first change after a call), and no runaway.
    expect(changes()).toBe(3);
  });

  it('stops watching when disconnected', async () => {
    document.body.innerHTML = '<p>text</p>';
    const { pageWatch, changes } = watch();
    pageWatch.disconnect();
    document.body.append('more');
    await wait(80);
    expect(changes()).toBe(0);
  });

  it('follows a body the page puts in: indexes it, and watches it instead of the old one', async () => {
    document.body.innerHTML = '<p>Shelling hit Aleppo.</p>';
    const old = document.body;
    const { pageWatch, changes } = watch();
    expect(pageWatch.current().map.text).toBe('Shelling hit Aleppo.');

    document.body = newBody('<p>Talks resumed in Geneva.</p>');
    await wait(60);
    expect(changes()).toBe(1);
    expect(pageWatch.root()).toBe(document.body);
    expect(pageWatch.current().map.text).toBe('Talks resumed in Geneva.');

    // The detached body is nobody's page now; the new one is.
    old.append(' Ignored.');
    await wait(60);
    expect(changes()).toBe(1);
    document.body.append(' Two delegations met.');
    await wait(60);
    expect(changes()).toBe(2);
    expect(pageWatch.current().map.text).toBe('Talks resumed in Geneva. Two delegations met.');
  });

  it('calls back when the page swaps its body in by replaceChild, with nothing else changing', async () => {
    document.body.innerHTML = '<p>Shelling hit Aleppo.</p>';
    const { pageWatch, changes } = watch();
    pageWatch.current();
    await wait(0);
    document.documentElement.replaceChild(newBody('<p>Talks resumed in Geneva.</p>'), document.body);
    await wait(60);
    expect(changes()).toBe(1);
    expect(pageWatch.current().map.text).toBe('Talks resumed in Geneva.');
  });

  it('takes nothing added beside the body (an overlay on the document element) for a change', async () => {
    document.body.innerHTML = '<p>Shelling hit Aleppo.</p>';
    const { changes } = watch();
    const host = document.createElement('div');
    document.documentElement.append(host);
    await wait(60);
    host.remove();
    expect(changes()).toBe(0);
  });

  it('rests after each call for BACKOFF times what it cost, on a page that never stops changing', async () => {
    document.body.innerHTML = '<p id="ticker">0</p>';
    // Each call costs 100 ms: without a rest, one call per maxWaitMs (120 ms) would take nearly
    // half of the page's time. With it, calls start at 120, 1020 and 1920 ms of the page's own
    // time (each call ends 100 ms later, then rests BACKOFF × 100 ms).
    expect(BACKOFF).toBe(9);
    const { changes } = watch({ settleMs: 30, maxWaitMs: 120 }, 100);
    const ticker = document.getElementById('ticker') as HTMLElement;
    for (let tick = 1; tick <= 200; tick++) {
      ticker.textContent = String(tick);
      await wait(10);
    }
    expect(changes()).toBe(3);
  });

  it('does not rest after calls that cost nothing', async () => {
    document.body.innerHTML = '<p id="ticker">0</p>';
    const { changes } = watch({ settleMs: 30, maxWaitMs: 120 }, 0);
    const ticker = document.getElementById('ticker') as HTMLElement;
    for (let tick = 1; tick <= 200; tick++) {
      ticker.textContent = String(tick);
      await wait(10);
    }
    // One per maxWaitMs: at 120, 240 ... 1920 ms (each stream starts with the change just after).
    expect(changes()).toBe(16);
  });
});
