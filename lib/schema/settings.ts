import { z } from './zod';

/** User settings kept in the extension's database. */
export const SettingsSchema = z.object({
  /** Origins (`https://example.com`) the user asked to analyse automatically; each needs its host permission. */
  autoAnalyseOrigins: z.array(z.string()),
});

export const DEFAULT_SETTINGS: Settings = { autoAnalyseOrigins: [] };

export type Settings = z.infer<typeof SettingsSchema>;
