import { DEFAULT_SETTINGS, SettingsSchema, type Settings } from '../schema';
import type { ConflictReaderDatabase } from './database';

export async function loadSettings(db: ConflictReaderDatabase): Promise<Settings> {
  const row = await db.settings.get('settings');
  const parsed = SettingsSchema.safeParse(row?.value);
  return parsed.success ? parsed.data : DEFAULT_SETTINGS;
}

export async function saveSettings(db: ConflictReaderDatabase, settings: Settings): Promise<void> {
  await db.settings.put({ key: 'settings', value: SettingsSchema.parse(settings) });
}
