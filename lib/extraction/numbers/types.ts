import type { Mention } from '../../schema/mention';

/** A number mention as the schema defines it (derived, never redeclared). */
export type NumberMention = Extract<Mention, { kind: 'number' }>;
