import { z } from './zod';
import { ArticleSchema } from './article';
import { CorrectionSchema } from './correction';
import { EventSchema } from './event';

export const EXPORT_FORMAT = 'conflict-reader-export';
export const EXPORT_VERSION = 1;

/** The project's own lossless backup: everything needed to rebuild the user's log. */
export const ExportFileSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION),
  exportedAt: z.string().datetime(),
  articles: z.array(ArticleSchema),
  events: z.array(EventSchema),
  corrections: z.array(CorrectionSchema),
});

export type ExportFile = z.infer<typeof ExportFileSchema>;
