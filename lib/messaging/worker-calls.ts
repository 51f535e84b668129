/**
 * Requests from a page to its dedicated worker, and the worker's answers, matched by a number.
 * Each side is given only what it uses of the Worker and worker-scope objects, so tests can join
 * the two with a MessageChannel.
 */
import { errorMessage } from '../error-message';

type Call = { id: number; type: string; payload: unknown };
type Answer = { id: number; reply: unknown } | { id: number; error: string };

export interface WorkerEnd {
  postMessage(message: unknown): void;
  onmessage: ((event: MessageEvent) => void) | null;
}

/**
 * A function that asks the worker; a worker that fails (its script did not load, it threw while
 * starting) fails every call waiting on it, and the next ones, with its reason.
 */
export function workerCaller(
  worker: WorkerEnd & { onerror?: ((event: ErrorEvent) => void) | null },
): (type: string, payload: unknown) => Promise<unknown> {
  const waiting = new Map<number, { resolve: (reply: unknown) => void; reject: (error: Error) => void }>();
  let next = 0;
  let broken: Error | null = null;
  worker.onmessage = (event) => {
    const answer = event.data as Answer;
    const call = waiting.get(answer.id);
    if (!call) return;
    waiting.delete(answer.id);
    if ('error' in answer) call.reject(new Error(answer.error));
    else call.resolve(answer.reply);
  };
  worker.onerror = (event) => {
    broken = new Error(`the extractor's worker stopped (${event.message || 'no reason given'})`);
    for (const call of waiting.values()) call.reject(broken);
    waiting.clear();
  };
  return (type, payload) => {
    if (broken) return Promise.reject(broken);
    const id = next++;
    return new Promise((resolve, reject) => {
      waiting.set(id, { resolve, reject });
      worker.postMessage({ id, type, payload } satisfies Call);
    });
  };
}

/** A handler of one type of call; typed loosely, since the page sent what its own types allowed. */
type CallHandler = (payload: never, sender: null) => Promise<unknown>;

/** Answer a page's calls in this worker with the handler of each call's type. */
export function answerCalls(
  scope: WorkerEnd,
  handlers: Readonly<Record<string, CallHandler | undefined>>,
): void {
  scope.onmessage = (event) => {
    const { id, type, payload } = event.data as Call;
    const handler = Object.hasOwn(handlers, type) ? handlers[type] : undefined;
    const answering = handler
      ? handler(payload as never, null)
      : Promise.reject(new Error(`no handler for ${type}`));
    answering.then(
      (reply) => scope.postMessage({ id, reply } satisfies Answer),
      (error: unknown) => scope.postMessage({ id, error: errorMessage(error) } satisfies Answer),
    );
  };
}
