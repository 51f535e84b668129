import { pageIndexOf, type PageIndex } from './anchor-mentions';

const WATCHED: MutationObserverInit = { subtree: true, childList: true, characterData: true };
/** Where a new body comes in: the document's element and its children, not their subtrees. */
const BODY_SLOTS: MutationObserverInit = { childList: true };

/** How long the page must stay quiet after a change before `onChange` runs. */
export const SETTLE_MS = 400;
/** The longest a stream of changes (a ticking live blog) can hold `onChange` back. */
export const MAX_WAIT_MS = 3000;
/**
 * After `onChange`, the page is left alone for this many times as long as the call took, whatever
 * it does: the watch takes at most 1 / (1 + BACKOFF) of the page's main thread (10%).
 */
export const BACKOFF = 9;

export interface WatchTiming {
  settleMs: number;
  maxWaitMs: number;
  /** The clock `onChange` is timed with (the page's `performance.now` unless a test says otherwise). */
  now?: () => number;
}

/**
 * Keeps the index of a document's body while the page is unchanged, and tells its owner, debounced,
 * when the page's text changes (late rendering, single-page apps, live blogs), so highlights can be
 * anchored again. A MutationObserver drops the index on every change to the text or structure;
 * `onChange` runs once the page has been quiet for {@link SETTLE_MS}, and at most once every
 * {@link MAX_WAIT_MS} however often it changes, but never sooner than {@link BACKOFF} times the
 * last call's duration after it, so a big page that never stops changing cannot hog the page.
 *
 * The watch follows the document's current body: a page that puts in a new one (single-page apps
 * do) is watched, indexed and reported on in its new body, not the detached old one.
 */
export class PageWatch {
  private index: PageIndex | null = null;
  /** The body watched and indexed: the document's, unless it has none yet. */
  private body: Element;
  private readonly observer: MutationObserver;
  /** Sees a body put in or taken out: the document's element and its children. */
  private readonly slots: MutationObserver;
  private settleTimer: number | undefined;
  private firstChangeAt: number | null = null;
  /** When `onChange` last returned, and how long it took. */
  private lastRun = { end: 0, cost: 0 };
  private readonly now: () => number;

  constructor(
    private readonly doc: Document,
    private readonly onChange: () => void,
    private readonly timing: WatchTiming = { settleMs: SETTLE_MS, maxWaitMs: MAX_WAIT_MS },
  ) {
    const win = doc.defaultView as Window & typeof globalThis;
    this.now = timing.now ?? (() => win.performance.now());
    this.body = this.currentBody();
    this.observer = new win.MutationObserver(() => this.changed());
    this.slots = new win.MutationObserver(() => {
      if (this.followBody()) this.changed();
    });
    this.observe();
  }

  /** The element the index covers, and anchoring must search: the document's body as of now. */
  root(): Element {
    this.followBody();
    return this.body;
  }

  /** The page's current index, rebuilt only when the page changed since it was built. */
  current(): PageIndex {
    // Changes made in this very task have not reached the observers' callbacks yet; the caller
    // is about to anchor against them, so they need no later call of `onChange`.
    this.slots.takeRecords();
    this.followBody();
    if (this.observer.takeRecords().length > 0) this.index = null;
    this.index ??= pageIndexOf(this.body);
    return this.index;
  }

  /**
   * Make changes of one's own to the page (the fallback's <mark> elements) without taking them
   * for the page's: they drop the index but call no `onChange`.
   */
  withoutWatching<T>(change: () => T): T {
    if (this.observer.takeRecords().length > 0) this.changed();
    if (this.slots.takeRecords().length > 0 && this.followBody()) this.changed();
    this.observer.disconnect();
    this.slots.disconnect();
    try {
      return change();
    } finally {
      this.index = null;
      this.observe();
    }
  }

  disconnect(): void {
    this.observer.disconnect();
    this.slots.disconnect();
    this.clearTimer();
  }

  private currentBody(): Element {
    // A document may have no body for a moment (a page replacing it); its element stands in.
    return this.doc.body ?? this.doc.documentElement;
  }

  private observe(): void {
    this.observer.observe(this.body, WATCHED);
    this.slots.observe(this.doc, BODY_SLOTS);
    if (this.doc.documentElement) this.slots.observe(this.doc.documentElement, BODY_SLOTS);
  }

  /** Watch the document's body if it is another one now; whether it was. */
  private followBody(): boolean {
    const body = this.currentBody();
    if (body === this.body) return false;
    this.body = body;
    this.index = null;
    this.observer.disconnect();
    this.slots.disconnect();
    this.observe();
    return true;
  }

  private changed(): void {
    this.index = null;
    const now = this.now();
    this.firstChangeAt ??= now;
    this.clearTimer();
    const { settleMs, maxWaitMs } = this.timing;
    const due = Math.min(now + settleMs, this.firstChangeAt + maxWaitMs);
    const rested = this.lastRun.end + BACKOFF * this.lastRun.cost;
    const wait = Math.max(0, Math.max(due, rested) - now);
    const win = this.doc.defaultView as Window;
    this.settleTimer = win.setTimeout(() => this.run(), wait);
  }

  private run(): void {
    this.settleTimer = undefined;
    this.firstChangeAt = null;
    const started = this.now();
    try {
      this.onChange();
    } finally {
      const end = this.now();
      this.lastRun = { end, cost: end - started };
    }
  }

  private clearTimer(): void {
    if (this.settleTimer === undefined) return;
    (this.doc.defaultView as Window).clearTimeout(this.settleTimer);
    this.settleTimer = undefined;
  }
}
