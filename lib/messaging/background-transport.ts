import type { Transport } from './protocol';

/**
 * What Chrome and Firefox say when a message reached no listener: Firefox's event page (and
 * Chrome's service worker) can be going away, idle, just as a message is sent; the next message
 * starts it again. Only then is a message sent again: one that reached the background and lost
 * its reply ("message port closed") may have been acted on, and is not.
 */
const NO_RECEIVER = /Receiving end does not exist|Could not establish connection/i;

/** Sending again after a background that was going away: how many times, and how long apart. */
export const RESEND = { times: 2, afterMs: 300 } as const;

/**
 * A transport to the background that sends a message again (RESEND) when no one received it,
 * because the background was unloading at that moment. `send` is `runtime.sendMessage`.
 */
export function backgroundTransport(
  send: (envelope: unknown) => Promise<unknown>,
  wait: (ms: number) => Promise<void> = (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
): Transport {
  return async (envelope) => {
    for (let attempt = 0; ; attempt++) {
      try {
        return await send(envelope);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        if (attempt >= RESEND.times || !NO_RECEIVER.test(message)) throw error;
        await wait(RESEND.afterMs);
      }
    }
  };
}
