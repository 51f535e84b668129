// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PageWatch } from '../../lib/anchoring/page-watch';

// The page's clock is faked, so what happens when is exact however busy the machine is.
const wait = (ms: number) => vi.advanceTimersByTimeAsync(ms);
const watches: PageWatch[] = [];

function watch(root: Element, timing = { settleMs: 30, maxWaitMs: 120 }) {
  let changes = 0;
  const pageWatch = new PageWatch(root, () => changes++, timing);
  watches.push(pageWatch);
  return { pageWatch, changes: () => changes };
}

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  for (const w of watches.splice(0)) w.disconnect();
  document.body.replaceChildren();
  vi.useRealTimers();
});

describe('PageWatch', () => {
  it('keeps the index while the page is unchanged and rebuilds it after a change', async () => {
    document.body.innerHTML = '<p>Shelling hit Aleppo.</p>';
    const { pageWatch } = watch(document.body);
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
    const { changes } = watch(document.body);
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
    const { changes } = watch(document.body, { settleMs: 40, maxWaitMs: 100 });
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
    const { pageWatch, changes } = watch(document.body);
    pageWatch.disconnect();
    document.body.append('more');
    await wait(80);
    expect(changes()).toBe(0);
  });
});
