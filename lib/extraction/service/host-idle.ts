/**
 * How long the extractor's host (Chrome's offscreen document) is kept without an analysis: long
 * enough to span the reading of a few articles, so the next page is analysed warm, and no longer,
 * so a browser left open does not hold the gazetteer all day.
 */
export const HOST_IDLE_CLOSE_MS = 20 * 60_000;

/**
 * Calls `onIdle` once `ms` have passed since the last `stillInUse()` (counted from now at first);
 * `stop()` cancels it.
 */
export function idleWatch(ms: number, onIdle: () => void): { stillInUse(): void; stop(): void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const stillInUse = () => {
    clearTimeout(timer);
    timer = setTimeout(onIdle, ms);
  };
  stillInUse();
  return { stillInUse, stop: () => clearTimeout(timer) };
}

/** Within this long of the last analysis, the browser's start opens the host ahead of the next. */
export const RECENT_USE_MS = 7 * 24 * 60 * 60_000;

/**
 * Whether the browser's start should open the extractor's host: only for a reader who analysed a
 * page lately, so a browser where the extension lies unused does not hold it for its first 20
 * minutes every day.
 */
export function openHostAtStartup(lastAnalysisAt: number | null, now: number): boolean {
  return lastAnalysisAt !== null && now - lastAnalysisAt >= 0 && now - lastAnalysisAt <= RECENT_USE_MS;
}
