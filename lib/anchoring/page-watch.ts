import { pageIndexOf, type PageIndex } from './anchor-mentions';

const WATCHED: MutationObserverInit = { subtree: true, childList: true, characterData: true };

/** How long the page must stay quiet after a change before `onChange` runs. */
export const SETTLE_MS = 400;
/** The longest a stream of changes (a ticking live blog) can hold `onChange` back. */
export const MAX_WAIT_MS = 3000;

/**
 * Keeps a page's text index while the page is unchanged, and tells its owner, debounced, when
 * the page's text changes (late rendering, single-page apps, live blogs), so highlights can be
 * anchored again. A MutationObserver drops the index on every change to the text or structure;
 * `onChange` runs once the page has been quiet for {@link SETTLE_MS}, and at most once every
 * {@link MAX_WAIT_MS} however often it changes, so a busy page cannot cause runaway work.
 */
export class PageWatch {
  private index: PageIndex | null = null;
  private readonly observer: MutationObserver;
  private settleTimer: number | undefined;
  private firstChangeAt: number | null = null;

  constructor(
    private readonly root: Element,
    private readonly onChange: () => void,
    private readonly timing = { settleMs: SETTLE_MS, maxWaitMs: MAX_WAIT_MS },
  ) {
    const win = root.ownerDocument.defaultView as Window & typeof globalThis;
    this.observer = new win.MutationObserver(() => this.changed());
    this.observer.observe(root, WATCHED);
  }

  /** The page's current index, rebuilt only when the page changed since it was built. */
  current(): PageIndex {
    // Changes made in this very task have not reached the observer's callback yet; the caller is
    // about to anchor against them, so they need no later call of `onChange`.
    if (this.observer.takeRecords().length > 0) this.index = null;
    this.index ??= pageIndexOf(this.root);
    return this.index;
  }

  /**
   * Make changes of one's own to the page (the fallback's <mark> elements) without taking them
   * for the page's: they drop the index but call no `onChange`.
   */
  withoutWatching<T>(change: () => T): T {
    if (this.observer.takeRecords().length > 0) this.changed();
    this.observer.disconnect();
    try {
      return change();
    } finally {
      this.index = null;
      this.observer.observe(this.root, WATCHED);
    }
  }

  disconnect(): void {
    this.observer.disconnect();
    this.clearTimer();
  }

  private changed(): void {
    this.index = null;
    const now = Date.now();
    this.firstChangeAt ??= now;
    this.clearTimer();
    const { settleMs, maxWaitMs } = this.timing;
    const wait = Math.max(0, Math.min(settleMs, this.firstChangeAt + maxWaitMs - now));
    const win = this.root.ownerDocument.defaultView as Window;
    this.settleTimer = win.setTimeout(() => {
      this.settleTimer = undefined;
      this.firstChangeAt = null;
      this.onChange();
    }, wait);
  }

  private clearTimer(): void {
    if (this.settleTimer === undefined) return;
    (this.root.ownerDocument.defaultView as Window).clearTimeout(this.settleTimer);
    this.settleTimer = undefined;
  }
}
