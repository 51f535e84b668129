import { useEffect, useState } from 'react';
import type { ConflictEvent } from '@/lib/schema';
import { watchConfirmedEvents, type ConflictReaderDatabase } from '@/lib/storage';

export interface ConfirmedEvents {
  events: readonly ConflictEvent[];
  /** False while only the newest events have been read. */
  complete: boolean;
}

/**
 * The log's confirmed events, newest first: the newest at once, then all of them, kept up to
 * date as they change (here or in another extension page); undefined until the first are read.
 * A failure to read them is thrown where the component renders, for its error boundary.
 */
export function useConfirmedEvents(db: ConflictReaderDatabase): ConfirmedEvents | undefined {
  const [log, setLog] = useState<ConfirmedEvents>();
  const [failure, setFailure] = useState<{ error: unknown } | null>(null);
  useEffect(
    () =>
      watchConfirmedEvents(db, {
        onEvents: (events, complete) => setLog({ events, complete }),
        onError: (error) => setFailure({ error }),
      }),
    [db],
  );
  if (failure) throw failure.error;
  return log;
}
