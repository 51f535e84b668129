import { z } from './zod';

/**
 * A stored record a database upgrade could not convert (an event naming no article, say). It is
 * kept as it was, with where it came from and why, so that one malformed record never makes the
 * whole log unreachable: the log says how many there are and exports them.
 */
export const SetAsideRecordSchema = z.object({
  /** Given by the database. */
  id: z.number().int().optional(),
  /** The table the record was in. */
  table: z.string(),
  /** Why it was set aside, in plain words. */
  reason: z.string(),
  /** The record exactly as it was stored. */
  record: z.unknown(),
  setAsideAt: z.string().datetime(),
});

export type SetAsideRecord = z.infer<typeof SetAsideRecordSchema>;
