import { z } from '../schema/zod';
import type { RequestIn, RequestReader } from './listen';

/** A set of messages one context answers: for each type, the request and the reply it expects. */
export type Protocol = Record<string, { request: z.ZodType; response: z.ZodType }>;

export type RequestOf<P extends Protocol, T extends keyof P> = z.infer<P[T]['request']>;
export type ResponseOf<P extends Protocol, T extends keyof P> = z.infer<P[T]['response']>;

/** Transport-agnostic sender: the entrypoint supplies `runtime.sendMessage` or `tabs.sendMessage`. */
export type Transport = (envelope: { type: string; payload: unknown }) => Promise<unknown>;

export type Handlers<P extends Protocol, Sender> = {
  [T in keyof P]?: (payload: RequestOf<P, T>, sender: Sender) => Promise<ResponseOf<P, T>>;
};

const EnvelopeSchema = z.object({ type: z.string(), payload: z.unknown() });

/**
 * Send a typed request and parse the reply, so a malformed reply fails loudly at the boundary.
 * Each message is parsed once, where it arrives: the request by the receiver (see
 * requestReader), the reply here. Parsing both on both sides would only double the cost, and a
 * highlight request or a captured article is large.
 */
export async function sendTyped<P extends Protocol, T extends keyof P & string>(
  protocol: P,
  transport: Transport,
  type: T,
  payload: RequestOf<P, T>,
): Promise<ResponseOf<P, T>> {
  const reply = await transport({ type, payload });
  const parsed = (protocol[type] as P[T]).response.safeParse(reply);
  if (parsed.success) return parsed.data as ResponseOf<P, T>;
  // A handler that failed answers { error }: pass its sentence on rather than a schema complaint.
  if (
    typeof reply === 'object' &&
    reply !== null &&
    typeof (reply as { error?: unknown }).error === 'string'
  ) {
    throw new Error((reply as { error: string }).error);
  }
  throw parsed.error;
}

/**
 * The reader of a protocol's requests (see listen): a raw message of one of its types, with its
 * payload parsed by that type's schema; null for other messages. Each request is parsed once,
 * where it arrives; its reply is parsed by the sender (see sendTyped).
 */
export function requestReader<P extends Protocol>(protocol: P): RequestReader<P> {
  return (raw) => {
    const envelope = EnvelopeSchema.safeParse(raw);
    if (!envelope.success || !Object.hasOwn(protocol, envelope.data.type)) return null;
    const type: keyof P & string = envelope.data.type;
    const payload: unknown = (protocol[type] as P[keyof P]).request.parse(envelope.data.payload);
    // The schema of `type` parsed the payload: it is that type's request.
    return { type, payload } as RequestIn<P>;
  };
}
