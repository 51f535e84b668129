import { useEffect, useRef, useState } from 'react';
import { ImportWriteError, MAX_IMPORT_BYTES, type ImportReport, type Rejection } from '@/lib/exchange';
import type { ConflictReaderDatabase } from '@/lib/storage';
import { errorMessage } from '@/lib/error-message';
import { counted, eventCountWords } from './event-count-words';
import { ImportJob, type PlanSummary } from './import-job';

/** Rejected rows listed by name; the rest are counted (a broken file can have thousands). */
const LISTED_REJECTIONS = 50;

const FORMAT_LABEL = {
  'backup-json': 'Conflict Reader backup',
  'conflict-reader-csv': 'Conflict Reader CSV',
  'acled-csv': 'ACLED CSV',
} as const;

/**
 * Import a backup, our CSV or an ACLED CSV: the file is read and checked first, every refused
 * row is listed with its reason, and nothing is written until the user accepts; then everything
 * is written in one transaction (or nothing, when the write fails).
 */
export function ImportPanel(props: { db: ConflictReaderDatabase }) {
  const [plan, setPlan] = useState<PlanSummary | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const job = useRef<ImportJob | null>(null);
  const endJob = () => {
    job.current?.end();
    job.current = null;
  };
  useEffect(() => endJob, []);

  const read = async (file: File | undefined) => {
    endJob();
    setPlan(null);
    setReport(null);
    setError(null);
    if (!file) return;
    if (file.size > MAX_IMPORT_BYTES) {
      setError(
        `${file.name} is ${(file.size / 1e6).toFixed(0)} MB, more than the ${(MAX_IMPORT_BYTES / 1e6).toFixed(0)} MB an import may be. Nothing was read.`,
      );
      return;
    }
    setBusy(true);
    const reading = new ImportJob();
    job.current = reading;
    try {
      const summary = await reading.read(file);
      if (job.current === reading) setPlan(summary);
    } catch (failure) {
      if (job.current === reading) {
        endJob();
        setError(`${file.name} could not be read (${errorMessage(failure)}).`);
      }
    } finally {
      setBusy(false);
    }
  };

  const cancel = () => {
    endJob();
    setPlan(null);
  };

  const accept = async () => {
    const writing = job.current;
    if (!plan || !writing) return;
    setBusy(true);
    setError(null);
    try {
      setReport(await writing.apply(props.db.name));
      endJob();
      setPlan(null);
    } catch (failure) {
      // The plan stays (in the worker too): the user can free some space and try again.
      setError(
        failure instanceof ImportWriteError
          ? `${failure.message} Nothing from the file was written; your log is as it was.`
          : `The import failed (${errorMessage(failure)}). Nothing from the file was written.`,
      );
    } finally {
      setBusy(false);
    }
  };

  const records = plan ? plan.counts.events + plan.counts.articles + plan.counts.corrections : 0;
  return (
    <section className="import-panel" aria-label="Import">
      <div className="log-toolbar">
        <strong>Import</strong>
        <label>
          <span className="visually-hidden">File to import</span>
          <input
            type="file"
            accept=".json,.csv,.tsv,.txt"
            disabled={busy}
            onChange={(e) => {
              void read(e.target.files?.[0]);
              // Cleared, so choosing the same file again (after fixing it, say) reads it again.
              e.target.value = '';
            }}
          />
        </label>
        {busy && <span className="muted">Working…</span>}
      </div>
      {error && <p role="alert">{error}</p>}
      {plan && (
        <div className="import-plan" role="region" aria-label="What the file holds">
          {plan.fileError ? (
            <p role="alert">
              {plan.fileName} can't be imported: {plan.fileError}
            </p>
          ) : (
            <>
              <p>
                {plan.fileName} ({plan.format ? FORMAT_LABEL[plan.format] : 'unknown format'}) can be
                imported: {eventCountWords(plan.eventStatuses)}, with{' '}
                {counted(plan.counts.articles, 'article', 'articles')} and{' '}
                {counted(plan.counts.corrections, 'correction', 'corrections')}
                {plan.rejected.length
                  ? `; ${counted(plan.rejected.length, 'row is', 'rows are')} refused`
                  : ''}
                . Events already in your log are left as they are.
              </p>
              <div className="actions">
                <button type="button" disabled={busy || records === 0} onClick={() => void accept()}>
                  Import {records.toLocaleString()} records
                </button>
                <button type="button" className="secondary" onClick={cancel}>
                  Cancel
                </button>
              </div>
            </>
          )}
          <Rejections rejected={plan.rejected} />
        </div>
      )}
      {report && (
        <p role="status">
          Imported {report.added.toLocaleString()} new records from {report.fileName}:{' '}
          {eventCountWords(report.newEvents)}, with {counted(report.articles.new, 'article', 'articles')} and{' '}
          {counted(report.corrections.new, 'correction', 'corrections')} (
          {report.events.present.toLocaleString()} of the file's events were already in the log);{' '}
          {counted(report.rejected.length, 'row', 'rows')} refused.
        </p>
      )}
    </section>
  );
}

function Rejections({ rejected }: { rejected: readonly Rejection[] }) {
  if (!rejected.length) return null;
  return (
    <details open={rejected.length <= 10}>
      <summary>Refused rows and why ({rejected.length.toLocaleString()})</summary>
      <ul className="plain-list">
        {rejected.slice(0, LISTED_REJECTIONS).map((r, i) => (
          <li key={i}>
            {r.where} ({r.kind}): {r.reason}
          </li>
        ))}
        {rejected.length > LISTED_REJECTIONS && (
          <li className="muted">…and {(rejected.length - LISTED_REJECTIONS).toLocaleString()} more.</li>
        )}
      </ul>
    </details>
  );
}
