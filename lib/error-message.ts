/** The message of a thrown value, whatever was thrown: an Error (or DOMException), or anything else. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * The names of an error and of the errors inside it: Dexie wraps IndexedDB's (`inner`), a bulk
 * write lists its failures, and a transaction abort keeps its cause.
 */
export function errorNames(error: unknown, depth = 0): string[] {
  if (typeof error !== 'object' || error === null || depth > 3) return [];
  const { name, inner, cause, failures } = error as {
    name?: unknown;
    inner?: unknown;
    cause?: unknown;
    failures?: unknown;
  };
  const nested = [inner, cause, ...(Array.isArray(failures) ? failures : [])];
  return [...(typeof name === 'string' ? [name] : []), ...nested.flatMap((e) => errorNames(e, depth + 1))];
}

/** The browser refused a write because the extension's storage is full (and only then). */
export function isQuotaError(error: unknown): boolean {
  return errorNames(error).includes('QuotaExceededError');
}

/**
 * What to do after a write to the log failed, in plain words: free disk space only when the
 * storage really is full; when the database cannot be opened, the event log page says why and
 * exports what can be read; otherwise try again.
 */
export function storageFailureAdvice(error: unknown): string {
  if (isQuotaError(error)) return 'free some disk space and try again.';
  const names = errorNames(error);
  if (
    names.some((n) => ['DatabaseClosedError', 'OpenFailedError', 'UpgradeError', 'VersionError'].includes(n))
  ) {
    return 'the log’s database could not be opened; open the event log, which explains what happened and can export what it holds.';
  }
  return 'try again; if it keeps failing, reload the extension.';
}
