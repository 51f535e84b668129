import { describe, expect, it, vi } from 'vitest';
import { readCaptureRequest } from '@/lib/messaging/capture-messages';
import { readHighlighterRequest } from '@/lib/messaging/highlighter-messages';
import { listen } from '@/lib/messaging/listen';
import { fakeOnMessage } from './fake-on-message';

const SENDER = { tab: { id: 4 } };

describe('listen', () => {
  it('answers a request of the protocol with its handler’s reply, and tells the browser it will', async () => {
    const { event, deliver } = fakeOnMessage<typeof SENDER>();
    const ping = vi.fn(async () => ({ ready: true as const }));
    listen(event, readCaptureRequest, { ping });
    await expect(deliver({ type: 'ping', payload: {} }, SENDER)).resolves.toEqual({ ready: true });
    expect(ping).toHaveBeenCalledWith({}, SENDER);
  });

  it('leaves messages it has no handler for to other listeners, without reading them', () => {
    const { event, deliver } = fakeOnMessage<typeof SENDER>();
    const read = vi.fn(readCaptureRequest);
    listen(event, read, { ping: async () => ({ ready: true }) });
    expect(deliver({ type: 'capture-page', payload: {} }, SENDER)).toBeUndefined();
    expect(deliver({ type: 'highlights-changed', payload: {} }, SENDER)).toBeUndefined();
    // Names an object has without being given them are not handlers.
    expect(deliver({ type: 'toString', payload: {} }, SENDER)).toBeUndefined();
    expect(deliver({ type: 'constructor' }, SENDER)).toBeUndefined();
    expect(deliver('ping', SENDER)).toBeUndefined();
    expect(deliver(null, SENDER)).toBeUndefined();
    expect(read).not.toHaveBeenCalled();
  });

  it('answers a malformed request and a failed handler with the reason', async () => {
    const { event, deliver } = fakeOnMessage<typeof SENDER>();
    listen(event, readHighlighterRequest, {
      'flash-quote': async () => {
        throw new Error('The page is gone.');
      },
    });
    await expect(deliver({ type: 'flash-quote', payload: { hint: 0 } }, SENDER)).resolves.toEqual({
      error: 'selector is not an object',
    });
    const selector = { type: 'TextQuoteSelector', exact: 'Kupiansk', prefix: '', suffix: '' };
    await expect(deliver({ type: 'flash-quote', payload: { selector, hint: 0 } }, SENDER)).resolves.toEqual({
      error: 'The page is gone.',
    });
  });

  it('stops listening when its signal aborts', () => {
    const { event, listeners } = fakeOnMessage<typeof SENDER>();
    const controller = new AbortController();
    listen(event, readCaptureRequest, { ping: async () => ({ ready: true }) }, { signal: controller.signal });
    expect(listeners.size).toBe(1);
    controller.abort();
    expect(listeners.size).toBe(0);
    // A listener asked for after the end never starts.
    listen(event, readCaptureRequest, { ping: async () => ({ ready: true }) }, { signal: controller.signal });
    expect(listeners.size).toBe(0);
  });
});
