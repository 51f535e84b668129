/**
 * Whether a tab still shows the page an analysis began on. Its result belongs to that page only:
 * shown after the tab went elsewhere, it would pass one page's article off as another's.
 */

/** An address as far as "the same page" goes: in-page links and a page's anchors change only the fragment. */
export function pageAddress(url: string): string {
  const hash = url.indexOf('#');
  return hash < 0 ? url : url.slice(0, hash);
}

/**
 * Whether a tab that showed `analysed` when the analysis began shows another page `now`. `now` is
 * null when the browser no longer tells the tab's address, as it doesn't once the tab navigates
 * (activeTab's access ends there); `analysed` is empty when it never told it: nothing to compare.
 */
export function leftPage(analysed: string, now: string | null): boolean {
  if (analysed === '') return false;
  return now === null || pageAddress(now) !== pageAddress(analysed);
}
