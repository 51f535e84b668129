import { errorMessage } from '../error-message';
import type { Handlers, Protocol, RequestOf } from './protocol';

/**
 * Answering the messages of a protocol in one context (background, content script). No schema
 * library here: the content scripts read their requests without one (see highlighter-messages.ts).
 */

/** A request of the protocol, as its reader gives it. */
export type RequestIn<P extends Protocol> = {
  [T in keyof P & string]: { type: T; payload: RequestOf<P, T> };
}[keyof P & string];

/**
 * How a context reads the requests it answers: the request, checked; null when the message is
 * for another listener; throws when it is meant for this one but malformed.
 */
export type RequestReader<P extends Protocol> = (raw: unknown) => RequestIn<P> | null;

/** What `runtime.onMessage` is to a listener (a fake one in tests). */
export interface OnMessage<Sender> {
  addListener(listener: MessageListener<Sender>): void;
  removeListener(listener: MessageListener<Sender>): void;
}

/** Returns true when it will answer (asynchronously, through `sendResponse`), false to let others. */
export type MessageListener<Sender> = (
  raw: unknown,
  sender: Sender,
  sendResponse: (reply: unknown) => void,
) => boolean;

/**
 * Answer `onMessage`'s messages of the protocol with `handlers`: each request is read (parsed)
 * here, where it arrives, and its reply by the sender (see sendTyped). A message of a type without
 * a handler is left to other listeners; a handler that fails, or a malformed request, answers
 * `{ error }`, which sendTyped passes on as the reason. Stops listening when `signal` aborts.
 */
export function listen<P extends Protocol, Sender>(
  onMessage: OnMessage<Sender>,
  read: RequestReader<P>,
  // The protocol is the reader's: the handlers are checked against it, not taken as its source.
  handlers: NoInfer<Handlers<P, Sender>>,
  options: {
    signal?: AbortSignal;
    /** Whether this sender may send a message of this type (see sender-check.ts); all may if absent. */
    accepts?: (type: string, sender: Sender) => boolean;
  } = {},
): void {
  const { signal, accepts } = options;
  if (signal?.aborted) return;
  const listener: MessageListener<Sender> = (raw, sender, sendResponse) => {
    // Not even read unless handled here: another listener may answer this type.
    const handler = handlerOf(handlers, raw);
    if (!handler) return false;
    let reply: Promise<unknown>;
    if (accepts && !accepts((raw as { type: string }).type, sender)) {
      // Answered, not ignored, so the sender learns why rather than waiting on a closed port.
      sendResponse({ error: REFUSED });
      return true;
    }
    try {
      const request = read(raw);
      if (!request) return false;
      reply = handler(request.payload, sender);
    } catch (error) {
      reply = Promise.reject(error);
    }
    reply.then(sendResponse, (error: unknown) => sendResponse({ error: errorMessage(error) }));
    return true;
  };
  onMessage.addListener(listener);
  signal?.addEventListener('abort', () => onMessage.removeListener(listener), { once: true });
}

/** The answer to a sender that may not send a message of its type. */
export const REFUSED =
  "Conflict Reader refused the request: it may only come from the extension's own pages.";

type AnyHandler<Sender> = (payload: unknown, sender: Sender) => Promise<unknown>;

/** The handler for a message's `type`, if this context has one (never one inherited from Object). */
function handlerOf<Sender>(handlers: object, raw: unknown): AnyHandler<Sender> | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const { type } = raw as { type?: unknown };
  if (typeof type !== 'string' || !Object.hasOwn(handlers, type)) return undefined;
  return (handlers as Record<string, AnyHandler<Sender> | undefined>)[type];
}
