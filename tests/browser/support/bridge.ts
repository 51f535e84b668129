/**
 * Runs inside a test page: sends a command to the test-only bridge content script and resolves
 * with the extension's reply. Shared by the Chromium and Firefox tests (passed to `page.evaluate`).
 */
export type BridgeCommandName =
  | 'analyse'
  | 'analyse-selection'
  | 'dump'
  | 'confirm-first-event'
  /** Open the event log in a tab of its own, as the side panel's button does. */
  | 'open-log'
  /** Open the event log, report rows, map and timeline, and set the first row's toll to 7. */
  | 'check-log';

export function bridgeCommand(command: BridgeCommandName): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const id = Math.random();
    const onMessage = (
      event: MessageEvent<{ source?: string; id?: number; reply?: unknown; error?: string }>,
    ) => {
      if (event.data?.source !== 'conflict-reader-test-reply' || event.data.id !== id) return;
      window.removeEventListener('message', onMessage);
      (window as { conflictReaderRepliedAt?: number }).conflictReaderRepliedAt = performance.now();
      if (event.data.error) reject(new Error(event.data.error));
      else resolve(event.data.reply);
    };
    window.addEventListener('message', onMessage);
    // When the command left the page, in the page's clock: `npm run bench:page` times from here.
    (window as { conflictReaderSentAt?: number }).conflictReaderSentAt = performance.now();
    window.postMessage({ source: 'conflict-reader-test', id, command }, '*');
  });
}
