import { useCallback, useContext, useState, type FormEvent } from 'react';
import {
  ACLED_EVENT_TYPES,
  type Actor,
  type ConflictEvent,
  type Place,
  type EventType,
  type InterCode,
  type SubEventType,
  type TimePrecision,
} from '@/lib/schema';
import { eventLocationOf } from '@/lib/extraction/events/event-location';
import type { EventEdit } from '@/lib/storage';
import { ActorOptions, EditorFooter, InterSelect, PlaceOptions } from './editor-parts';
import { placeLabel, SuggesterContext, useSuggestions } from './suggestions';
import { errorMessage } from '@/lib/error-message';

const EVENT_TYPES = Object.keys(ACLED_EVENT_TYPES) as EventType[];

interface ActorDraft {
  canonical: string;
  inter: InterCode;
}

const draftOf = (actor: Actor | null): ActorDraft => ({
  canonical: actor?.canonical ?? '',
  inter: actor?.inter ?? 1,
});
const actorOf = (draft: ActorDraft): Actor | null =>
  draft.canonical.trim() ? { canonical: draft.canonical.trim(), inter: draft.inter } : null;

/** Every field of an event, editable in place; nothing is written until Save, and then all at once. */
export function EventEditor(props: {
  event: ConflictEvent;
  onSave: (edit: EventEdit) => Promise<void>;
  onCancel: () => void;
}) {
  const { event } = props;
  const [eventType, setEventType] = useState<EventType>(event.eventType);
  const [subEventType, setSubEventType] = useState<SubEventType>(event.subEventType);
  const [date, setDate] = useState(event.date);
  const [precision, setPrecision] = useState<TimePrecision>(event.timePrecision);
  const [actor1, setActor1] = useState(draftOf(event.actor1));
  const [actor2, setActor2] = useState(draftOf(event.actor2));
  const [place, setPlace] = useState(event.location?.name ?? '');
  /** A place picked from the suggestions: it brings its coordinates. */
  const [pickedPlace, setPickedPlace] = useState<Place | null>(null);
  const [activeActorField, setActiveActorField] = useState<'actor1' | 'actor2' | null>(null);
  const suggester = useContext(SuggesterContext);
  const country = event.location?.country ?? null;
  const fetchPlaces = useCallback((q: string) => suggester.places(q, country), [suggester, country]);
  const fetchActors = useCallback(
    (q: string) => suggester.actors(q, country, date),
    [suggester, country, date],
  );
  const placeOptions = useSuggestions(pickedPlace ? '' : place, fetchPlaces);
  const actorQuery =
    activeActorField === 'actor1' ? actor1.canonical : activeActorField === 'actor2' ? actor2.canonical : '';
  const actorOptions = useSuggestions(actorQuery, fetchActors);
  const [fatalities, setFatalities] = useState(event.fatalities === null ? '' : String(event.fatalities));
  const [notes, setNotes] = useState(event.notes);
  const [error, setError] = useState<string | null>(null);
  const id = (field: string) => `edit-${event.id}-${field}`;

  const changeType = (next: EventType) => {
    setEventType(next);
    const subs = ACLED_EVENT_TYPES[next] as readonly SubEventType[];
    if (!subs.includes(subEventType)) setSubEventType(subs[0] as SubEventType);
  };

  const save = async (e: FormEvent) => {
    e.preventDefault();
    const count = fatalities.trim() === '' ? null : Number(fatalities);
    if (count !== null && (!Number.isInteger(count) || count < 0)) {
      setError('Fatalities must be a whole number, or empty when the article does not say.');
      return;
    }
    const name = place.trim();
    const location = !name
      ? null
      : pickedPlace && placeLabel(pickedPlace) === place
        ? eventLocationOf(pickedPlace)
        : name === event.location?.name
          ? event.location
          : // A name typed without picking a suggestion: keep the country, drop the old coordinates.
            {
              name,
              country: event.location?.country ?? null,
              admin1: null,
              lat: null,
              lon: null,
              geoPrecision: 3 as const,
            };
    try {
      await props.onSave({
        eventType,
        subEventType,
        date,
        timePrecision: precision,
        actor1: actorOf(actor1),
        actor2: actorOf(actor2),
        location,
        fatalities: count,
        notes,
      });
    } catch (failure) {
      setError(`Not saved: ${errorMessage(failure)}`);
    }
  };

  const actorFields = (label: string, key: string, draft: ActorDraft, set: (d: ActorDraft) => void) => (
    <>
      <label htmlFor={id(key)}>{label}</label>
      <span className="pair">
        <input
          id={id(key)}
          list={id('actors')}
          autoComplete="off"
          value={draft.canonical}
          onFocus={() => setActiveActorField(key as 'actor1' | 'actor2')}
          onChange={(e) => {
            // Picking a suggestion brings its ACLED actor type along.
            const picked = actorOptions.find((a) => a.canonical === e.target.value);
            set({ canonical: e.target.value, inter: picked?.inter ?? draft.inter });
          }}
        />
        <InterSelect
          label={`${label} type`}
          value={draft.inter}
          onChange={(inter) => set({ ...draft, inter })}
        />
      </span>
    </>
  );

  return (
    <form className="event-editor" onSubmit={(e) => void save(e)} aria-label="Edit event">
      <label htmlFor={id('type')}>Type</label>
      <select id={id('type')} value={eventType} onChange={(e) => changeType(e.target.value as EventType)}>
        {EVENT_TYPES.map((type) => (
          <option key={type}>{type}</option>
        ))}
      </select>
      <label htmlFor={id('sub')}>Sub-type</label>
      <select
        id={id('sub')}
        value={subEventType}
        onChange={(e) => setSubEventType(e.target.value as SubEventType)}
      >
        {(ACLED_EVENT_TYPES[eventType] as readonly SubEventType[]).map((sub) => (
          <option key={sub}>{sub}</option>
        ))}
      </select>
      <label htmlFor={id('date')}>Date</label>
      <span className="pair">
        <input id={id('date')} type="date" required value={date} onChange={(e) => setDate(e.target.value)} />
        <select
          aria-label="Date precision"
          value={precision}
          onChange={(e) => setPrecision(Number(e.target.value) as TimePrecision)}
        >
          <option value={1}>day</option>
          <option value={2}>week</option>
          <option value={3}>month</option>
        </select>
      </span>
      {actorFields('Actor 1', 'actor1', actor1, setActor1)}
      {actorFields('Actor 2', 'actor2', actor2, setActor2)}
      <label htmlFor={id('place')}>Place</label>
      <input
        id={id('place')}
        list={id('places')}
        autoComplete="off"
        value={place}
        onChange={(e) => {
          setPlace(e.target.value);
          setPickedPlace(placeOptions.find((p) => placeLabel(p) === e.target.value) ?? null);
        }}
      />
      <PlaceOptions id={id('places')} places={placeOptions} />
      <ActorOptions id={id('actors')} actors={actorOptions} />
      <label htmlFor={id('fatalities')}>Killed</label>
      <input
        id={id('fatalities')}
        inputMode="numeric"
        value={fatalities}
        onChange={(e) => setFatalities(e.target.value)}
        placeholder="not stated"
      />
      <label htmlFor={id('notes')}>Notes</label>
      <textarea id={id('notes')} value={notes} onChange={(e) => setNotes(e.target.value)} rows={2} />
      <EditorFooter error={error} onCancel={props.onCancel} />
    </form>
  );
}
