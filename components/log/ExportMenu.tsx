import { useEffect, useState } from 'react';
import { ExportIdSchema, type ConflictEvent } from '@/lib/schema';
import {
  allEvents,
  loadSettings,
  saveSettings,
  withExportIds,
  type ConflictReaderDatabase,
} from '@/lib/storage';
import { backupInWorker, csvInWorkers, geoJsonInWorker } from './export-workers';
import { downloadFile } from './download';
import { errorMessage } from '@/lib/error-message';

/** How many left-out events a GeoJSON export's message names before it says "and N more". */
const NAMED_LEFT_OUT = 5;

/**
 * Exports for R, pandas, QGIS or Excel: the shown (filtered) events or all of them as ACLED-style
 * CSV (plain, or for Excel) or GeoJSON; every proposal and rejection too, for checking the
 * extractor; and the full backup (everything, for importing back). Events get their ACLED-style
 * ids (the user's prefix) before their first export, and keep them.
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
  const [interLabels, setInterLabels] = useState(true);
  const [acledColumnsOnly, setAcledColumnsOnly] = useState(false);
  const [fullFidelity, setFullFidelity] = useState(false);
  const [prefix, setPrefix] = useState('');
  const events = scope === 'shown' ? props.shown : props.all;
  useEffect(() => {
    void loadSettings(props.db).then((settings) => setPrefix(settings.exportIdPrefix));
  }, [props.db]);

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

  /** The prefix typed, kept when it is one ACLED-style ids can carry; else why not. */
  const prefixProblem = ExportIdSchema.shape.prefix.safeParse(prefix).success
    ? null
    : 'The id prefix must be 1 to 6 capital letters (A–Z).';
  const numbered = async (list: readonly ConflictEvent[]) => {
    if (prefixProblem) throw new Error(prefixProblem);
    const settings = await loadSettings(props.db);
    if (settings.exportIdPrefix !== prefix)
      await saveSettings(props.db, { ...settings, exportIdPrefix: prefix });
    return withExportIds(props.db, list);
  };

  const csvOf = async (list: readonly ConflictEvent[], name: string, excelFriendly: boolean) => {
    const ready = await numbered(list);
    const options = { excelFriendly, interLabels, acledColumnsOnly, fullFidelity };
    const blob = await csvInWorkers(ready, await articlesOf(ready), options);
    return downloadFile(excelFriendly ? `${name}-excel` : name, 'csv', blob, 'text/csv');
  };
  const csv = (excelFriendly: boolean) => run(() => csvOf(events, 'conflict-events', excelFriendly));
  const review = () =>
    run(async () => {
      // Every event of every status: the status column tells confirmed, proposed and rejected apart.
      const everything = await allEvents(props.db);
      return csvOf(everything, 'conflict-reader-review', false);
    });
  const geojson = () =>
    run(async () => {
      const ready = await numbered(events);
      const { blob, leftOut } = await geoJsonInWorker(ready, await articlesOf(ready));
      const name = downloadFile('conflict-events', 'geojson', blob, 'application/geo+json');
      if (leftOut.length === 0) return name;
      const named = leftOut
        .slice(0, NAMED_LEFT_OUT)
        .map((e) => `${e.event_id_cnty} (${e.location ?? 'no place'}, ${e.event_date})`);
      const more = leftOut.length > NAMED_LEFT_OUT ? ` and ${leftOut.length - NAMED_LEFT_OUT} more` : '';
      return (
        `${name}. ${leftOut.length} events without coordinates were left out (the file lists them ` +
        `under "left_out"): ${named.join('; ')}${more}`
      );
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
      <button type="button" className="secondary" onClick={() => void review()}>
        Proposals and rejections too (CSV)
      </button>
      <details className="export-options">
        <summary>CSV options</summary>
        <label>
          <input type="checkbox" checked={interLabels} onChange={(e) => setInterLabels(e.target.checked)} />{' '}
          actor types as text (“State forces”, as ACLED’s current exports); unticked: numeric codes (1–8)
        </label>
        <label>
          <input
            type="checkbox"
            checked={acledColumnsOnly}
            onChange={(e) => setAcledColumnsOnly(e.target.checked)}
          />{' '}
          ACLED’s columns only (to stack with an ACLED export in R’s rbind)
        </label>
        <label>
          <input type="checkbox" checked={fullFidelity} onChange={(e) => setFullFidelity(e.target.checked)} />{' '}
          full fidelity: keep line breaks in quotes and your notes (for importing back exactly)
        </label>
        <label>
          Id prefix{' '}
          <input
            className="id-prefix"
            value={prefix}
            maxLength={6}
            aria-invalid={prefixProblem !== null}
            aria-describedby="export-id-prefix-help"
            onChange={(e) => setPrefix(e.target.value.toUpperCase())}
          />
        </label>
        <span id="export-id-prefix-help" className="muted">
          Your events’ ids read “{prefix || 'CR'}-UKR17”: ACLED’s own are three letters and a number, so they
          never collide. Each event keeps its id in every export.
        </span>
      </details>
      {message && <span role="status">{message}</span>}
    </section>
  );
}

/** Download the whole log as the JSON backup (everything needed to rebuild it); returns the file name. */
export async function saveBackup(db: ConflictReaderDatabase): Promise<string> {
  return downloadFile('conflict-reader-backup', 'json', await backupInWorker(db.name), 'application/json');
}
