import { MENTION_KIND_NAMES } from './mention-kind';
import { z } from './zod';

/** A mention kind, checked: one of the table's rows (its own module: the table stays free of zod). */
export const MentionKindSchema = z.enum(MENTION_KIND_NAMES);
