/**
 * How long the analysis waits for the page to answer (injection, capture, highlights). A page
 * whose own scripts are stuck in a loop never lets the extension's scripts run, so without a
 * deadline the side panel would say "reading the page" forever. A 5 MB page is captured in about
 * a second; this leaves room for slow machines.
 */
export const PAGE_DEADLINE_MS = 20_000;

/** The page did not answer in time: it is frozen, or still too busy. */
export class PageTimeout extends Error {
  override name = 'PageTimeout';
}

/** `promise`, or a PageTimeout once `ms` have passed without it settling. */
export function withDeadline<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new PageTimeout(`the page did not answer ${what} within ${Math.round(ms / 1000)} s`)),
      ms,
    );
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}
