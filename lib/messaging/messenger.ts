import {
  EnvelopeSchema,
  MessageSchemas,
  type MessageRequest,
  type MessageResponse,
  type MessageType,
} from './messages';

/** Transport-agnostic sender: the entrypoint supplies `runtime.sendMessage` or `tabs.sendMessage`. */
export type Transport = (envelope: { type: MessageType; payload: unknown }) => Promise<unknown>;

/**
 * Send a typed request and parse the reply, so a malformed reply fails loudly at the boundary. The
 * request is typed here and parsed by the receiver (a highlight request can hold thousands of
 * mentions: parsing it on both sides would only double the cost).
 */
export async function sendTyped<T extends MessageType>(
  transport: Transport,
  type: T,
  payload: MessageRequest<T>,
): Promise<MessageResponse<T>> {
  const reply = await transport({ type, payload });
  const parsed = MessageSchemas[type].response.safeParse(reply);
  if (parsed.success) return parsed.data as MessageResponse<T>;
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

export type Handlers<Sender> = {
  [T in MessageType]?: (payload: MessageRequest<T>, sender: Sender) => Promise<MessageResponse<T>>;
};

/**
 * Route an incoming raw message to its handler after validating it. Returns undefined for messages
 * this context does not handle, so other listeners can answer them.
 */
export function dispatchMessage<Sender>(
  handlers: Handlers<Sender>,
  raw: unknown,
  sender: Sender,
): Promise<unknown> | undefined {
  const envelope = EnvelopeSchema.safeParse(raw);
  if (!envelope.success) return undefined;
  const type = envelope.data.type;
  const handler = handlers[type] as ((payload: unknown, sender: Sender) => Promise<unknown>) | undefined;
  if (!handler) return undefined;
  const payload = MessageSchemas[type].request.parse(envelope.data.payload);
  return handler(payload, sender).then((reply) => MessageSchemas[type].response.parse(reply));
}
