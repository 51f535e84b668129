import { useLiveQuery } from 'dexie-react-hooks';
import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import type { ConflictEvent, Settings } from '@/lib/schema';
import {
  deleteEvents,
  editEvent,
  loadSettings,
  putEvents,
  saveSettings,
  type ConflictReaderDatabase,
} from '@/lib/storage';
import { ErrorBoundary } from '../ErrorBoundary';
import { EventEditor } from '../EventEditor';
import { DuplicatesPanel } from './DuplicatesPanel';
import { EventFilterBar } from './EventFilterBar';
import { EventMap } from './EventMap';
import { EventTable } from './EventTable';
import { ExportMenu, saveBackup } from './ExportMenu';
import { ImportPanel } from './ImportPanel';
import type { LogHost } from './log-host';
import { OnlineMapSwitch } from './OnlineMapSwitch';
import {
  DEFAULT_EVENT_FILTER,
  filterEvents,
  indexEvents,
  type EventFilter,
  type SortKey,
  type SortState,
} from '@/lib/log/event-filter';
import { dateSpan, pickGranularity, timelineBins } from '@/lib/log/timeline';
import { StorageStatus } from './StorageStatus';
import { useConfirmedEvents } from './use-confirmed-events';
import { Timeline } from './Timeline';
import { errorMessage } from '@/lib/error-message';

/** The confirmed events: browse, filter, map, edit, delete (with undo), export and import. */
export function EventsSection({
  db,
  mapTilesConsent,
}: {
  db: ConflictReaderDatabase;
  mapTilesConsent: LogHost['mapTilesConsent'];
}) {
  const settings = useLiveQuery(() => loadSettings(db), [db]);
  // The newest events at once, then the whole log; after that a change re-reads only what it touched.
  const log = useConfirmedEvents(db);
  const [filter, setFilter] = useState<EventFilter>(DEFAULT_EVENT_FILTER);
  const [sort, setSort] = useState<SortState>({ key: 'date', descending: true });
  const [picked, setPicked] = useState<ReadonlySet<string>>(new Set());
  const [editing, setEditing] = useState<ConflictEvent | null>(null);
  const [deleted, setDeleted] = useState<ConflictEvent[] | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  const loaded = useMemo(() => log?.events ?? [], [log]);
  // Indexed once per load: a filter change is then one pass over precomputed columns.
  const index = useMemo(() => indexEvents(loaded), [loaded]);
  // What the text, actor and place filters need is worked out while the page is idle, so the
  // first such filter change answers as fast as the next ones.
  useEffect(() => {
    const idle = requestIdleCallback(() => index.prepare(), { timeout: 5_000 });
    return () => cancelIdleCallback(idle);
  }, [index]);
  const shown = useMemo(() => filterEvents(index, filter, sort), [index, filter, sort]);
  // The map and the timeline follow a moment after the table, which answers first.
  const deferred = useDeferredValue(shown);
  const timeline = useMemo(() => {
    const span = dateSpan(deferred);
    const granularity = span ? pickGranularity(span.from, span.to) : 'day';
    return { granularity, bars: span ? timelineBins(deferred, granularity, span) : [] };
  }, [deferred]);
  const lastChangeAt = useMemo(
    () =>
      loaded.reduce<string | null>((max, e) => (max === null || e.updatedAt > max ? e.updatedAt : max), null),
    [loaded],
  );

  // Defined before the early returns: deleting every event empties the log, and its Undo must
  // still be offered on the empty page.
  // Only what is picked and still shown: a row picked before the filter hid it is not deleted
  // unseen (its pick waits for the filter that shows it again).
  const pickedShown = useMemo(() => shown.filter((e) => picked.has(e.id)), [shown, picked]);
  const deletePicked = async () => {
    const doomed = pickedShown;
    try {
      await deleteEvents(db, doomed);
      setDeleted(doomed);
      const gone = new Set(doomed.map((e) => e.id));
      setPicked((now) => new Set([...now].filter((id) => !gone.has(id))));
      setMessage(`Deleted ${doomed.length} event${doomed.length === 1 ? '' : 's'}.`);
    } catch (error) {
      setMessage(`Nothing was deleted (${errorMessage(error)}).`);
    }
  };
  const undoDelete = async () => {
    if (!deleted) return;
    try {
      await putEvents(db, deleted);
      setMessage(`Restored ${deleted.length} event${deleted.length === 1 ? '' : 's'}.`);
      setDeleted(null);
    } catch (error) {
      setMessage(`Couldn't restore them (${errorMessage(error)}); try Undo again.`);
    }
  };

  if (settings === undefined || log === undefined) {
    return <p className="muted">Loading…</p>;
  }
  const undoBar = (deleted || message) && (
    <div className="log-toolbar">
      {deleted && (
        <button type="button" onClick={() => void undoDelete()}>
          Undo delete
        </button>
      )}
      {message && <span role="status">{message}</span>}
    </div>
  );
  // Keyed, so React keeps the same panel (and its report) when the log fills up or empties under it,
  // though the two branches put it at different positions.
  const importPanel = <ImportPanel key="import" db={db} />;
  if (loaded.length === 0) {
    return (
      <>
        {undoBar}
        <section className="empty-state">
          <h2>No events in your log yet</h2>
          <p>
            Open a news article, press the Conflict Reader toolbar button (or <kbd>Alt</kbd>+<kbd>Shift</kbd>+
            <kbd>A</kbd>), and confirm the events it proposes in the side panel. Confirmed events are kept
            here, on this computer only. You can also import a backup or an ACLED CSV.
          </p>
        </section>
        {importPanel}
      </>
    );
  }

  const saveSettingsSafely = async (next: Settings) => {
    try {
      await saveSettings(db, next);
    } catch (error) {
      setMessage(`Settings not saved (${errorMessage(error)}).`);
    }
  };
  const backedUp = () => saveSettingsSafely({ ...settings, lastBackupAt: new Date().toISOString() });
  const backUp = async () => {
    try {
      setMessage(`Saved ${await saveBackup(db)}.`);
      await backedUp();
    } catch (error) {
      setMessage(`Backup failed (${errorMessage(error)}).`);
    }
  };
  const onSort = (key: SortKey) =>
    setSort((now) =>
      now.key === key ? { key, descending: !now.descending } : { key, descending: key === 'date' },
    );
  const pick = (ids: readonly string[], on: boolean) =>
    setPicked((now) => {
      const next = new Set(now);
      for (const id of ids) {
        if (on) next.add(id);
        else next.delete(id);
      }
      return next;
    });

  return (
    <>
      <section className="events-section">
        <StorageStatus
          settings={settings}
          lastChangeAt={lastChangeAt}
          onBackup={() => void backUp()}
          onSettings={saveSettingsSafely}
        />
        <h2>
          Events{' '}
          <span className="muted">
            ({shown.length.toLocaleString()} shown of {loaded.length.toLocaleString()}
            {log.complete ? '' : ', loading the rest…'})
          </span>
        </h2>
        <EventFilterBar index={index} filter={filter} onFilter={setFilter} />
        <ErrorBoundary what="timeline">
          <Timeline
            bars={timeline.bars}
            granularity={timeline.granularity}
            onBrush={(from, to) => setFilter((now) => ({ ...now, from, to }))}
          />
        </ErrorBoundary>
        <div className="log-toolbar">
          <button
            type="button"
            className="secondary"
            disabled={pickedShown.length === 0}
            onClick={() => void deletePicked()}
          >
            Delete {pickedShown.length ? `${pickedShown.length} picked` : 'picked'}
          </button>
          {deleted && (
            <button type="button" onClick={() => void undoDelete()}>
              Undo delete
            </button>
          )}
          {message && <span role="status">{message}</span>}
        </div>
        <EventTable
          events={shown}
          sort={sort}
          onSort={onSort}
          picked={picked}
          onPick={pick}
          editingId={editing?.id ?? null}
          onEdit={setEditing}
          editor={(event) => (
            <>
              <p className="evidence">{event.evidence.text}</p>
              <EventEditor
                event={event}
                onSave={async (edit) => {
                  await editEvent(db, event, edit);
                  setEditing(null);
                }}
                onCancel={() => setEditing(null)}
              />
            </>
          )}
        />
        <OnlineMapSwitch
          on={settings.onlineMapTiles}
          consent={mapTilesConsent}
          onChange={(on) => saveSettingsSafely({ ...settings, onlineMapTiles: on })}
        />
        <ErrorBoundary what="map">
          <EventMap events={deferred} onlineTiles={settings.onlineMapTiles} />
        </ErrorBoundary>
        <ErrorBoundary what="list of possible duplicates">
          <DuplicatesPanel db={db} events={loaded} />
        </ErrorBoundary>
        <ExportMenu db={db} shown={shown} all={loaded} onBackedUp={() => void backedUp()} />
      </section>
      {importPanel}
    </>
  );
}
