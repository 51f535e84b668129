import { useCallback, useContext, useState, type FormEvent } from 'react';
import { MAX_LONG_TEXT_CHARS, MAX_NAME_CHARS, MAX_NAME_LIST_CHARS } from '@/lib/schema/import-bounds';
import {
  ACLED_EVENT_TYPES,
  type Actor,
  type ConflictEvent,
  type EventType,
  type InterCode,
  type SubEventType,
  type TimePrecision,
} from '@/lib/schema';
import { civilianTargetingOf, disorderTypeOf } from '@/lib/exchange/acled-codes';
import { exportNotesOf } from '@/lib/exchange/acled-notes';
import type { EventEdit } from '@/lib/storage';
import { ActorOptions, EditorFooter, InterSelect, SuggestedInput } from './editor-parts';
import { PlaceFields } from './editor/PlaceFields';
import { locationOfDraft, placeDraftOf } from './editor/place-draft';
import { SuggesterContext, useSuggestions } from './suggestions';
import { errorMessage } from '@/lib/error-message';

const EVENT_TYPES = Object.keys(ACLED_EVENT_TYPES) as EventType[];

/** ACLED's source scales, as its exports write them (two joined by "-" when sources differ). */
const SOURCE_SCALES = [
  'Local partner',
  'Subnational',
  'National',
  'Regional',
  'International',
  'New media',
  'Other',
  'Subnational-National',
  'National-International',
  'New media-National',
  'Local partner-National',
  'Other-National',
];

/** ACLED's tags for demonstrations: the crowd's size as the source gives it, and a few marks. */
const TAGS = [
  'crowd size=no report',
  'crowd size=dozens',
  'crowd size=hundreds',
  'crowd size=thousands',
  'crowd size=tens of thousands',
  'counter-demonstration',
  'armed',
];

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
const optionalText = (text: string) => text.trim() || undefined;

/**
 * Every ACLED field of an event, editable in place; nothing is written until Save, and then all at
 * once. An actor name that is in no dictionary is kept with the type the user picks.
 */
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
  const [assoc1, setAssoc1] = useState(event.assocActor1 ?? '');
  const [assoc2, setAssoc2] = useState(event.assocActor2 ?? '');
  const [place, setPlace] = useState(placeDraftOf(event.location));
  const [activeActorField, setActiveActorField] = useState<'actor1' | 'actor2' | null>(null);
  const suggester = useContext(SuggesterContext);
  const country = place.country || null;
  const fetchActors = useCallback(
    (q: string) => suggester.actors(q, country, date),
    [suggester, country, date],
  );
  const actorQuery =
    activeActorField === 'actor1' ? actor1.canonical : activeActorField === 'actor2' ? actor2.canonical : '';
  const actorOptions = useSuggestions(actorQuery, fetchActors);
  const [fatalities, setFatalities] = useState(event.fatalities === null ? '' : String(event.fatalities));
  const [sourceScale, setSourceScale] = useState(event.sourceScale ?? '');
  const [tags, setTags] = useState(event.tags ?? '');
  const [notes, setNotes] = useState(event.notes);
  const [error, setError] = useState<string | null>(null);
  const id = (field: string) => `edit-${event.id}-${field}`;

  const changeType = (next: EventType) => {
    setEventType(next);
    const subs = ACLED_EVENT_TYPES[next] as readonly SubEventType[];
    if (!subs.includes(subEventType)) setSubEventType(subs[0] as SubEventType);
  };

  // What the export will write, from the fields as they stand (see exportNotesOf).
  const location = locationOfDraft(place);
  const count = fatalities.trim() === '' ? null : Number(fatalities);
  const preview: ConflictEvent = {
    ...event,
    eventType,
    subEventType,
    date,
    timePrecision: precision,
    actor1: actorOf(actor1),
    actor2: actorOf(actor2),
    location: location && 'problem' in location ? event.location : location,
    fatalities: count !== null && Number.isInteger(count) && count >= 0 ? count : null,
    notes: '',
  };
  const summary = exportNotesOf(preview);
  const targeting = civilianTargetingOf(disorderTypeOf(subEventType), preview.actor2);

  const save = async (e: FormEvent) => {
    e.preventDefault();
    if (count !== null && (!Number.isInteger(count) || count < 0)) {
      setError('Fatalities must be a whole number, or empty when the article does not say.');
      return;
    }
    if (location && 'problem' in location) {
      setError(location.problem);
      return;
    }
    try {
      await props.onSave({
        eventType,
        subEventType,
        date,
        timePrecision: precision,
        actor1: actorOf(actor1),
        actor2: actorOf(actor2),
        assocActor1: optionalText(assoc1),
        assocActor2: optionalText(assoc2),
        location,
        fatalities: count,
        sourceScale: optionalText(sourceScale),
        tags: optionalText(tags),
        // The summary the export builds, unchanged, stays built from the fields: not stored.
        notes: notes.trim() === summary ? '' : notes,
      });
    } catch (failure) {
      setError(`Not saved: ${errorMessage(failure)}`);
    }
  };

  const actorFields = (
    label: string,
    key: 'actor1' | 'actor2',
    draft: ActorDraft,
    set: (d: ActorDraft) => void,
  ) => (
    <>
      <label htmlFor={id(key)}>{label}</label>
      <span className="pair">
        <input
          id={id(key)}
          list={id('actors')}
          autoComplete="off"
          maxLength={MAX_NAME_CHARS}
          value={draft.canonical}
          onFocus={() => setActiveActorField(key)}
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
  const assocField = (label: string, key: string, value: string, set: (v: string) => void) => (
    <>
      <label htmlFor={id(key)}>{label}</label>
      <input
        id={id(key)}
        autoComplete="off"
        maxLength={MAX_NAME_LIST_CHARS}
        placeholder="names joined by “; ”"
        value={value}
        onChange={(e) => set(e.target.value)}
      />
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
      {assocField('With actor 1', 'assoc1', assoc1, setAssoc1)}
      {actorFields('Actor 2', 'actor2', actor2, setActor2)}
      {assocField('With actor 2', 'assoc2', assoc2, setAssoc2)}
      <ActorOptions id={id('actors')} actors={actorOptions} />
      <PlaceFields id={id} draft={place} onChange={setPlace} />
      <label htmlFor={id('fatalities')}>Killed</label>
      <input
        id={id('fatalities')}
        inputMode="numeric"
        value={fatalities}
        onChange={(e) => setFatalities(e.target.value)}
        placeholder="not stated (exported as 0)"
      />
      <span className="muted">Civilian targeting</span>
      <output aria-label="Civilian targeting">{targeting || 'no (derived from the type and actor 2)'}</output>
      <label htmlFor={id('source-scale')}>Source scale</label>
      <SuggestedInput
        id={id('source-scale')}
        value={sourceScale}
        suggestions={SOURCE_SCALES}
        maxLength={MAX_NAME_CHARS}
        onChange={setSourceScale}
      />
      <label htmlFor={id('tags')}>Tags</label>
      <SuggestedInput
        id={id('tags')}
        value={tags}
        suggestions={TAGS}
        maxLength={MAX_NAME_LIST_CHARS}
        placeholder={eventType === 'Protests' || eventType === 'Riots' ? 'crowd size=no report' : ''}
        onChange={setTags}
      />
      <label htmlFor={id('notes')}>Notes</label>
      <textarea
        id={id('notes')}
        value={notes}
        onChange={(e) => setNotes(e.target.value)}
        maxLength={MAX_LONG_TEXT_CHARS}
        rows={3}
        placeholder={summary}
        aria-describedby={id('notes-help')}
      />
      <span />
      <span id={id('notes-help')} className="muted">
        Left empty, the export writes the summary shown in the box, built from the fields.{' '}
        <button type="button" className="link" onClick={() => setNotes(summary)}>
          Edit the summary
        </button>
      </span>
      <EditorFooter error={error} onCancel={props.onCancel} />
    </form>
  );
}
