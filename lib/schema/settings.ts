import { z } from './zod';
import { ExportIdSchema } from './event';

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
  /**
   * The letters before the user's event ids in exports ("CR" → "CR-UKR17"): ACLED's own ids are
   * three letters and digits, so a prefix keeps the two apart when files are stacked.
   */
  exportIdPrefix: ExportIdSchema.shape.prefix.default('CR'),
  /** The number the next event given an export id gets (numbers are never given twice). */
  nextExportNumber: z.number().int().positive().default(1),
});

export const DEFAULT_SETTINGS: Settings = {
  autoAnalyseOrigins: [],
  onlineMapTiles: false,
  backupReminder: true,
  lastBackupAt: null,
  exportIdPrefix: 'CR',
  nextExportNumber: 1,
};

export type Settings = z.infer<typeof SettingsSchema>;
