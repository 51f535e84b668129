import { normaliseArticleUrl } from '../article/article-url';
import { siteOf } from '../article/same-site';

/** At most `count` in any `windowMs` milliseconds. */
export interface RateLimit {
  count: number;
  windowMs: number;
}

export interface AutoAnalysisLimits {
  /** Analyses of one tab: a page reloading itself or changing its address can't loop. */
  perTab: RateLimit;
  /** Distinct articles from one site, across tabs: a site can't fill the store. */
  perSite: RateLimit;
}

/**
 * A reader opening a few articles of an opted-in site a minute stays well inside these; a page
 * that changes its address every few seconds (24 new articles a minute were seen) does not.
 */
export const AUTO_ANALYSIS_LIMITS: AutoAnalysisLimits = {
  perTab: { count: 3, windowMs: 60_000 },
  perSite: { count: 12, windowMs: 10 * 60_000 },
};

interface Admitted {
  at: number;
  /** The article's address without tracking and presentation parameters (normaliseArticleUrl). */
  article: string;
}

/**
 * Decides whether a page that finished loading on an opted-in site is analysed without the user
 * asking. Counts what it admitted in sliding windows, per tab and per site; an address that differs
 * only in tracking or presentation parameters is the same article, so it is not a new one for the
 * site's count. The clock is injected so tests decide the time.
 */
export class AutoAnalysisGate {
  private readonly tabs = new Map<number, Admitted[]>();
  private readonly sites = new Map<string, Admitted[]>();

  constructor(
    private readonly limits: AutoAnalysisLimits = AUTO_ANALYSIS_LIMITS,
    private readonly now: () => number = Date.now,
  ) {}

  /** Whether to analyse this tab's page now; an admitted analysis is counted. */
  admit(tabId: number, url: string): boolean {
    const at = this.now();
    const article = normaliseArticleUrl(url);
    const site = siteOf(url) ?? article;
    const tab = recent(this.tabs.get(tabId), at, this.limits.perTab.windowMs);
    const fromSite = recent(this.sites.get(site), at, this.limits.perSite.windowMs);
    this.tabs.set(tabId, tab);
    this.sites.set(site, fromSite);
    if (tab.length >= this.limits.perTab.count) return false;
    const known = fromSite.some((entry) => entry.article === article);
    if (!known && fromSite.length >= this.limits.perSite.count) return false;
    tab.push({ at, article });
    if (known) {
      // Seen again: counted from now, once.
      this.sites.set(site, [...fromSite.filter((entry) => entry.article !== article), { at, article }]);
    } else fromSite.push({ at, article });
    return true;
  }

  /** A closed tab's count goes with it (its site's count stays). */
  forgetTab(tabId: number): void {
    this.tabs.delete(tabId);
  }
}

function recent(entries: Admitted[] | undefined, now: number, windowMs: number): Admitted[] {
  return (entries ?? []).filter((entry) => now - entry.at < windowMs);
}
