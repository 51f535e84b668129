import { useEffect, useState } from 'react';
import type { Settings } from '@/lib/schema';

/** Past this share of the quota the user is warned, while there is still room to export. */
export const QUOTA_WARNING_SHARE = 0.8;
/** A backup older than this (with the log changed since) earns a reminder. */
export const BACKUP_REMINDER_DAYS = 7;

interface StorageFacts {
  usage: number;
  quota: number;
  persisted: boolean | null;
}

/**
 * Keeping the log safe: how much space it uses, a warning before the quota is near, a request for
 * persistent storage (so the browser does not clear the log to free space), and a reminder to
 * back up that the user can turn off.
 */
export function StorageStatus(props: {
  settings: Settings;
  /** When the log last changed (ISO time), or null when it is empty. */
  lastChangeAt: string | null;
  onBackup: () => void;
  onSettings: (settings: Settings) => Promise<void>;
  now?: Date;
}) {
  const [facts, setFacts] = useState<StorageFacts | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    void readStorage().then((read) => live && setFacts(read));
    return () => {
      live = false;
    };
  }, [props.lastChangeAt]);

  const persist = async () => {
    const granted = (await navigator.storage?.persist?.()) ?? false;
    setFacts(await readStorage());
    setMessage(
      granted
        ? 'The browser will keep your log even when it needs space.'
        : 'The browser did not agree to keep your log for good. Export backups regularly.',
    );
  };

  const now = props.now ?? new Date();
  const { settings, lastChangeAt } = props;
  const daysSinceBackup =
    settings.lastBackupAt === null
      ? null
      : Math.floor((now.getTime() - Date.parse(settings.lastBackupAt)) / 86_400_000);
  const changedSinceBackup =
    lastChangeAt !== null && (settings.lastBackupAt === null || lastChangeAt > settings.lastBackupAt);
  const remind =
    settings.backupReminder &&
    changedSinceBackup &&
    (daysSinceBackup === null || daysSinceBackup >= BACKUP_REMINDER_DAYS);
  const nearlyFull = facts !== null && facts.quota > 0 && facts.usage / facts.quota >= QUOTA_WARNING_SHARE;

  return (
    <section className="storage-status" aria-label="Keeping your log safe">
      {facts && (
        <p className="muted">
          Your log uses {formatBytes(facts.usage)}
          {facts.quota > 0 ? ` of the ${formatBytes(facts.quota)} the browser allows` : ''}.{' '}
          {facts.persisted ? 'The browser keeps it even when it needs space.' : ''}
        </p>
      )}
      {nearlyFull && (
        <p role="alert">
          Storage is nearly full. Export a backup now, then delete events or articles you no longer need: when
          it is full, new events cannot be saved.
        </p>
      )}
      {facts?.persisted === false && (
        <p>
          The browser may clear the log to free space.{' '}
          <button type="button" className="secondary" onClick={() => void persist()}>
            Ask it to keep my log
          </button>
        </p>
      )}
      {remind && (
        <p role="status">
          {daysSinceBackup === null
            ? 'You have never exported a backup of your log.'
            : `Your last backup is ${daysSinceBackup} days old and the log has changed since.`}{' '}
          <button type="button" onClick={props.onBackup}>
            Back up now
          </button>{' '}
          <button
            type="button"
            className="link"
            onClick={() => void props.onSettings({ ...settings, backupReminder: false })}
          >
            Don’t remind me
          </button>
        </p>
      )}
      {message && <p role="status">{message}</p>}
    </section>
  );
}

async function readStorage(): Promise<StorageFacts> {
  const estimate = (await navigator.storage?.estimate?.()) ?? {};
  const persisted = navigator.storage?.persisted ? await navigator.storage.persisted() : null;
  return { usage: estimate.usage ?? 0, quota: estimate.quota ?? 0, persisted };
}

function formatBytes(bytes: number): string {
  const units = ['bytes', 'kB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  return `${value.toLocaleString('en', { maximumFractionDigits: unit === 0 ? 0 : 1 })} ${units[unit]}`;
}
