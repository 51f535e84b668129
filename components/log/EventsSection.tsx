import { useLiveQuery } from 'dexie-react-hooks';
import type { ConflictReaderDatabase } from '@/lib/storage';

export function EventsSection({ db }: { db: ConflictReaderDatabase }) {
  const confirmed = useLiveQuery(() => db.events.where('status').equals('confirmed').count(), [db]);
  if (confirmed === undefined) return <p className="muted">Loading…</p>;
  if (confirmed === 0) {
    return (
      <section className="empty-state">
        <h2>No events in your log yet</h2>
        <p>
          Open a news article, press the Conflict Reader toolbar button (or <kbd>Alt</kbd>+<kbd>Shift</kbd>+
          <kbd>A</kbd>), and confirm the events it proposes in the side panel. Confirmed events are kept here,
          on this computer only.
        </p>
      </section>
    );
  }
  return (
    <section>
      <h2>Events</h2>
      <p>{confirmed.toLocaleString()} confirmed events.</p>
    </section>
  );
}
