import { z } from './zod';

/** User settings kept in the extension's database. */
export const SettingsSchema = z.object({
  /** Origins (`https://example.com`) the user asked to analyse automatically; each needs its host permission. */
  autoAnalyseOrigins: z.array(z.string()),
  /** Draw OpenStreetMap tiles under the log's map (contacts tile.openstreetmap.org); off by default. */
  onlineMapTiles: z.boolean().default(false),
  /** Remind the user to export a backup when the log has changed since the last one. */
  backupReminder: z.boolean().default(true),
  /** When the user last exported a full backup (ISO time), or null. */
  lastBackupAt: z.string().datetime().nullable().default(null),
});

export const DEFAULT_SETTINGS: Settings = {
  autoAnalyseOrigins: [],
  onlineMapTiles: false,
  backupReminder: true,
  lastBackupAt: null,
};

export type Settings = z.infer<typeof SettingsSchema>;
