import { useState } from 'react';
import { errorMessage } from '@/lib/error-message';

/**
 * An event the extractor missed: the user selects the sentence reporting it in the page and
 * makes it here. The new event (or the one already proposed for that sentence) gets the focus.
 */
export function NewEventFromSelection(props: {
  create: () => Promise<{ eventId: string; existing: boolean }>;
  /** The event list focuses the event once it lists it (it may be folded, or not stored yet). */
  onMade: (eventId: string) => void;
}) {
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const create = async () => {
    setBusy(true);
    setMessage(null);
    try {
      const { eventId, existing } = await props.create();
      setMessage(
        existing
          ? 'That sentence already has a proposed event: it is selected in the list.'
          : 'Added an event from your selection: check its fields, then confirm it.',
      );
      props.onMade(eventId);
    } catch (error) {
      setMessage(errorMessage(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="teach" aria-label="Add an event">
      <h2>Add an event</h2>
      <p className="muted">Select the sentence that reports it in the page, then:</p>
      <button type="button" className="secondary" disabled={busy} onClick={() => void create()}>
        New event from the selection
      </button>
      {message && <p role="status">{message}</p>}
    </section>
  );
}
