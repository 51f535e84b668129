import { z } from './zod';

/** What a highlighted stretch of article text is (its own module: the content script needs only this). */
export const MentionKindSchema = z.enum(['place', 'actor', 'number', 'date']);
export type MentionKind = z.infer<typeof MentionKindSchema>;
