import { useState } from 'react';
import type { ConflictEvent } from '@/lib/schema';
import type { ConflictReaderDatabase } from '@/lib/storage';
import { backupInWorker, csvInWorkers, geoJsonInWorker } from './export-workers';
import { downloadFile } from './download';
import { errorMessage } from '@/lib/error-message';

/**
 * Exports for R, pandas, QGIS or Excel: the shown (filtered) events or all of them as ACLED-style
 * CSV (plain, or for Excel) or GeoJSON; and the full backup (everything, for importing back).
 */
export function ExportMenu(props: {
  db: ConflictReaderDatabase;
  shown: readonly ConflictEvent[];
  all: readonly ConflictEvent[];
  /** The full backup was saved (for the backup reminder). */
  onBackedUp: () => void;
}) {
  const [scope, setScope] = useState<'shown' | 'all'>('shown');
  const [message, setMessage] = useState<string | null>(null);
  const events = scope === 'shown' ? props.shown : props.all;

  const run = async (make: () => Promise<string>) => {
    setMessage(null);
    try {
      setMessage(`Saved ${await make()}.`);
    } catch (error) {
      setMessage(`Export failed (${errorMessage(error)}). Nothing was changed.`);
    }
  };
  const articlesOf = async (list: readonly ConflictEvent[]) =>
    (await props.db.articles.bulkGet([...new Set(list.map((e) => e.articleId))])).filter(
      (a) => a !== undefined,
    );

  const csv = (excelFriendly: boolean) =>
    run(async () =>
      downloadFile(
        excelFriendly ? 'conflict-events-excel' : 'conflict-events',
        'csv',
        await csvInWorkers(events, await articlesOf(events), { excelFriendly }),
        'text/csv',
      ),
    );
  const geojson = () =>
    run(async () => {
      const { blob, withoutCoordinates } = await geoJsonInWorker(events, await articlesOf(events));
      const name = downloadFile('conflict-events', 'geojson', blob, 'application/geo+json');
      return withoutCoordinates
        ? `${name} (${withoutCoordinates} events without coordinates left out)`
        : name;
    });
  const backup = () =>
    run(async () => {
      const name = await saveBackup(props.db);
      props.onBackedUp();
      return name;
    });

  return (
    <section className="log-toolbar" aria-label="Export">
      <strong>Export</strong>
      <label>
        <input
          type="radio"
          name="export-scope"
          checked={scope === 'shown'}
          onChange={() => setScope('shown')}
        />{' '}
        the {props.shown.length.toLocaleString()} shown
      </label>
      <label>
        <input type="radio" name="export-scope" checked={scope === 'all'} onChange={() => setScope('all')} />{' '}
        all {props.all.length.toLocaleString()}
      </label>
      <button type="button" className="secondary" onClick={() => void csv(false)}>
        CSV
      </button>
      <button type="button" className="secondary" onClick={() => void csv(true)}>
        CSV for Excel
      </button>
      <button type="button" className="secondary" onClick={() => void geojson()}>
        GeoJSON
      </button>
      <button type="button" className="secondary" onClick={() => void backup()}>
        Full backup (JSON)
      </button>
      {message && <span role="status">{message}</span>}
    </section>
  );
}

/** Download the whole log as the JSON backup (everything needed to rebuild it); returns the file name. */
export async function saveBackup(db: ConflictReaderDatabase): Promise<string> {
  return downloadFile('conflict-reader-backup', 'json', await backupInWorker(db.name), 'application/json');
}
