import { useState, type ReactNode } from 'react';
import { errorMessage, errorNames } from '@/lib/error-message';
import { readWhatCanBeRead, rescueJson } from '@/lib/storage';
import { ErrorBoundary } from '../ErrorBoundary';
import { downloadFile } from './download';

/** Save a rescue file; returns the name it was saved under. */
export type SaveJson = (baseName: string, json: string) => string;

const saveAsDownload: SaveJson = (baseName, json) =>
  downloadFile(baseName, 'json', new Blob([json]), 'application/json');

/**
 * The log page's last resort: when any part of it fails to show (the database cannot be opened,
 * a record breaks a view), the page says so in plain words instead of going blank, and offers to
 * export everything that can still be read.
 */
export function LogPageBoundary(props: { databaseName: string; save?: SaveJson; children: ReactNode }) {
  return (
    <ErrorBoundary
      what="event log"
      fallback={(error) => <LogFailure error={error} databaseName={props.databaseName} save={props.save} />}
    >
      {props.children}
    </ErrorBoundary>
  );
}

const DATABASE_FAILURES = ['DatabaseClosedError', 'OpenFailedError', 'UpgradeError', 'VersionError'];

function LogFailure(props: { error: Error; databaseName: string; save?: SaveJson }) {
  const [status, setStatus] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const database = errorNames(props.error).some((n) => DATABASE_FAILURES.includes(n));
  const exportReadable = async () => {
    setBusy(true);
    try {
      const rescued = await readWhatCanBeRead(props.databaseName);
      const name = (props.save ?? saveAsDownload)('conflict-reader-rescue', rescueJson(rescued));
      const counts =
        `${rescued.events.length.toLocaleString()} events, ${rescued.articles.length.toLocaleString()} articles, ` +
        `${rescued.corrections.length.toLocaleString()} corrections` +
        (rescued.setAside.length ? ` and ${rescued.setAside.length.toLocaleString()} set-aside records` : '');
      setStatus(
        `Saved ${name} with ${counts}. It is a backup: import it in the log once it works again.` +
          (rescued.problems.length ? ` Not everything could be read: ${rescued.problems.join(' ')}` : ''),
      );
    } catch (failure) {
      setStatus(`Nothing could be exported (${errorMessage(failure)}).`);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="log-failure" role="alert">
      <h1>The event log could not be shown</h1>
      <p>
        {database
          ? 'The log’s database could not be opened.'
          : 'Something in the log could not be displayed.'}{' '}
        Your events, articles and corrections are still stored in the browser: nothing has been deleted. You
        can export everything that can still be read as a JSON backup, to keep it safe or to import it again
        later.
      </p>
      <div className="actions">
        <button type="button" disabled={busy} onClick={() => void exportReadable()}>
          Export what can be read
        </button>
      </div>
      {status && <p role="status">{status}</p>}
      <details>
        <summary>Technical detail</summary>
        <p>
          {props.error.name}: {props.error.message}
        </p>
      </details>
    </section>
  );
}
