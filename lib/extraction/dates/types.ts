import type { Mention } from '../../schema/mention';

/** A date mention as the schema defines it (derived, never redeclared). */
export type DateMention = Extract<Mention, { kind: 'date' }>;
