import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { sendTyped } from '@/lib/messaging/protocol';
import { RuntimeMessages } from '@/lib/messaging/runtime-messages';

/**
 * Test builds only (removed from other builds in wxt.config.ts): lets a test page drive the
 * extension through `window.postMessage`, since automation can't press the toolbar button.
 */
export default defineContentScript({
  matches: ['http://127.0.0.1/*'],
  main(ctx) {
    const transport = (envelope: unknown) => browser.runtime.sendMessage(envelope);
    ctx.addEventListener(window, 'message', (event: MessageEvent<unknown>) => {
      if (event.source !== window) return;
      const data = event.data as { source?: string; id?: number; command?: string };
      if (data?.source !== 'conflict-reader-test' || typeof data.id !== 'number') return;
      const run: Promise<unknown> =
        data.command === 'dump'
          ? sendTyped(RuntimeMessages, transport, 'test:dump', {})
          : data.command === 'confirm-first-event'
            ? sendTyped(RuntimeMessages, transport, 'test:confirm-first-event', {})
            : data.command === 'open-log'
              ? sendTyped(RuntimeMessages, transport, 'test:open-log', {})
              : data.command === 'check-log'
                ? sendTyped(RuntimeMessages, transport, 'test:check-log', { fatalities: 7 })
                : sendTyped(RuntimeMessages, transport, 'test:analyse-sender', {
                    selection: data.command === 'analyse-selection',
                  });
      run.then(
        (reply) => window.postMessage({ source: 'conflict-reader-test-reply', id: data.id, reply }, '*'),
        (error: unknown) =>
          window.postMessage(
            { source: 'conflict-reader-test-reply', id: data.id, error: String(error) },
            '*',
          ),
      );
    });
    document.documentElement.dataset.conflictReaderTest = 'ready';
  },
});
