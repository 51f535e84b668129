import { describe, expect, it } from 'vitest';
import { backgroundTransport, RESEND } from '@/lib/messaging/background-transport';

const envelope = { type: 'suggest-places', payload: { query: 'Kha', country: null } };

/** A sender that fails with `errors` in turn, then answers; it counts what it was sent. */
function sender(errors: string[]) {
  const sent: unknown[] = [];
  const waits: number[] = [];
  const send = async (message: unknown) => {
    sent.push(message);
    const error = errors.shift();
    if (error) throw new Error(error);
    return { places: [] };
  };
  return { sent, waits, transport: backgroundTransport(send, async (ms) => void waits.push(ms)) };
}

describe('backgroundTransport', () => {
  it('sends again a message no one received, the background having gone away as it was sent', async () => {
    const { sent, waits, transport } = sender([
      'Could not establish connection. Receiving end does not exist.',
    ]);
    await expect(transport(envelope)).resolves.toEqual({ places: [] });
    expect(sent).toEqual([envelope, envelope]);
    expect(waits).toEqual([RESEND.afterMs]);
  });

  it('does not send again a message that was received and lost its reply', async () => {
    const { sent, transport } = sender([
      'A listener indicated an asynchronous response by returning true, but the message channel closed before a response was received',
    ]);
    await expect(transport(envelope)).rejects.toThrow(/message channel closed/);
    expect(sent).toHaveLength(1);
  });

  it('gives up after a bounded number of tries, with the browser’s error', async () => {
    const gone = 'Could not establish connection. Receiving end does not exist.';
    const { sent, transport } = sender([gone, gone, gone, gone]);
    await expect(transport(envelope)).rejects.toThrow(/Receiving end does not exist/);
    expect(sent).toHaveLength(RESEND.times + 1);
  });
});
