/**
 * The message of a thrown value, whatever was thrown, in words a user can read: an Error's (or
 * DOMException's) own message, except for a schema library's validation error, whose message is
 * a JSON dump of its issues, and the browser's ways of saying a tab has gone.
 */
export function errorMessage(error: unknown): string {
  const issues = validationIssues(error);
  if (issues) return invalidData(issues);
  const message = error instanceof Error ? error.message : String(error);
  return TAB_GONE.test(message) ? TAB_GONE_WORDS : message;
}

/** What Chrome and Firefox say when a tab closed, or its page went, while a request was on its way. */
const TAB_GONE =
  /No tab with id|Receiving end does not exist|message (?:channel|port) closed|Frame with ID \d+ was removed|Message manager disconnected|tab was closed|page keeping the extension port/i;
const TAB_GONE_WORDS = 'the tab was closed or left the page before it answered';

interface Issue {
  path: readonly PropertyKey[];
  message: string;
}

/**
 * The issues of a zod validation error, read by shape (not by class: the content scripts, which
 * also report errors, load no schema library), or null for any other error.
 */
function validationIssues(error: unknown): readonly Issue[] | null {
  if (!(error instanceof Error) || !/ZodError$/.test(error.name)) return null;
  const { issues } = error as { issues?: unknown };
  if (!Array.isArray(issues)) return null;
  return issues.filter(
    (issue): issue is Issue =>
      typeof issue === 'object' &&
      issue !== null &&
      Array.isArray(issue.path) &&
      typeof issue.message === 'string',
  );
}

/**
 * A validation failure in a sentence. An answer with nothing in it at all (an issue about the whole
 * value) is what a message gets when the tab went away before answering.
 */
function invalidData(issues: readonly Issue[]): string {
  const first = issues[0];
  if (!first || first.path.length === 0)
    return 'an answer came back empty or unreadable (was the tab closed?)';
  const field = first.path.map(String).join(' › ');
  const more = issues.length > 1 ? ` and ${issues.length - 1} more` : '';
  return `some details were not valid (${field}: ${lowerFirst(first.message)}${more})`;
}

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

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
