import { afterEach, describe, expect, it } from 'vitest';
import { answerCalls, workerCaller, type WorkerEnd } from '@/lib/messaging/worker-calls';

const channels: MessageChannel[] = [];
afterEach(() => {
  for (const channel of channels.splice(0)) {
    channel.port1.close();
    channel.port2.close();
  }
});

/** A page's end and a worker's end, joined the way a dedicated worker is. */
function ends(): { page: WorkerEnd & { onerror: ((event: ErrorEvent) => void) | null }; worker: WorkerEnd } {
  const channel = new MessageChannel();
  channels.push(channel);
  const end = (port: MessagePort) => {
    const shaped = {
      onmessage: null as ((event: MessageEvent) => void) | null,
      onerror: null as ((event: ErrorEvent) => void) | null,
      postMessage: (message: unknown) => port.postMessage(message),
    };
    port.onmessage = (event) => shaped.onmessage?.(event);
    return shaped;
  };
  return { page: end(channel.port1), worker: end(channel.port2) };
}

describe('calls from a page to its worker', () => {
  it('answers each call with its own reply, whatever order the replies come in', async () => {
    const { page, worker } = ends();
    answerCalls(worker, {
      slow: async (payload) => {
        await new Promise((resolve) => setTimeout(resolve, 20));
        return { slow: payload };
      },
      fast: async (payload) => ({ fast: payload }),
    });
    const call = workerCaller(page);
    const [slow, fast] = await Promise.all([call('slow', 1), call('fast', 2)]);
    expect(slow).toEqual({ slow: 1 });
    expect(fast).toEqual({ fast: 2 });
  });

  it('turns a handler’s failure, or an unknown call, into an error with its words', async () => {
    const { page, worker } = ends();
    answerCalls(worker, {
      broken: async () => {
        throw new Error('the gazetteer could not be read');
      },
    });
    const call = workerCaller(page);
    await expect(call('broken', null)).rejects.toThrow('the gazetteer could not be read');
    await expect(call('toString', null)).rejects.toThrow('no handler for toString');
  });

  it('fails the calls waiting on a worker that stopped, and the later ones', async () => {
    const { page } = ends();
    const call = workerCaller(page);
    const waiting = call('anything', null);
    page.onerror?.({ message: 'script failed to load' } as ErrorEvent);
    await expect(waiting).rejects.toThrow('script failed to load');
    await expect(call('anything', null)).rejects.toThrow('script failed to load');
  });
});
