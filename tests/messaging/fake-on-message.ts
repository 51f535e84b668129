import type { MessageListener, OnMessage } from '@/lib/messaging/listen';

/** A stand-in for `runtime.onMessage`: delivers a message as the browser would. */
export function fakeOnMessage<Sender>() {
  const listeners = new Set<MessageListener<Sender>>();
  const event: OnMessage<Sender> = {
    addListener: (listener) => listeners.add(listener),
    removeListener: (listener) => listeners.delete(listener),
  };
  /**
   * Deliver `raw` to every listener; `reply` is the answer of the first that took it, or
   * undefined when none did.
   */
  const deliver = (raw: unknown, sender: Sender): Promise<unknown> | undefined => {
    for (const listener of listeners) {
      let answer: (reply: unknown) => void = () => undefined;
      const reply = new Promise<unknown>((resolve) => (answer = resolve));
      if (listener(raw, sender, answer)) return reply;
    }
    return undefined;
  };
  return { event, deliver, listeners };
}
