import { useEffect, useState } from 'react';
import type { ConflictEvent } from '@/lib/schema';
import { watchConfirmedEvents, type ConflictReaderDatabase } from '@/lib/storage';

/**
 * The whole log's confirmed events, newest first, kept up to date as they change (here or in
 * another extension page); undefined until they are read, and not read until `enabled`.
 * A failure to read them is thrown where the component renders, for its error boundary.
 */
export function useConfirmedEvents(
  db: ConflictReaderDatabase,
  enabled: boolean,
): readonly ConflictEvent[] | undefined {
  const [events, setEvents] = useState<readonly ConflictEvent[]>();
  const [failure, setFailure] = useState<{ error: unknown } | null>(null);
  useEffect(() => {
    if (!enabled) return;
    return watchConfirmedEvents(db, {
      onEvents: setEvents,
      onError: (error) => setFailure({ error }),
    });
  }, [db, enabled]);
  if (failure) throw failure.error;
  return events;
}
