import { useCallback, useContext, useState, type FormEvent } from 'react';
import type { Correction, InterCode, Lesson, Place } from '@/lib/schema';
import { CORRECTABLE_KINDS, MENTION_KINDS, type CorrectableKind } from '@/lib/schema/mention-kind';
import { ActorOptions, EditorFooter, InterSelect, NumberFields, PlaceOptions } from '../editor-parts';
import { draftOf, EMPTY_NUMBER_DRAFT, quantityOfDraft } from '../number-draft';
import { placeLabel, SuggesterContext, useSuggestions } from '../suggestions';
import { errorMessage } from '@/lib/error-message';

type Meaning = `not-${CorrectableKind}` | 'actor' | 'place' | 'number';

const MEANINGS: { value: Meaning; label: string }[] = [
  ...CORRECTABLE_KINDS.map((kind) => ({
    value: `not-${kind}` as const,
    label: `are not ${MENTION_KINDS[kind].one}`,
  })),
  { value: 'actor', label: 'name the actor…' },
  { value: 'place', label: 'name the place…' },
  { value: 'number', label: 'are the number…' },
];

function meaningOf(correction: Correction): Meaning {
  switch (correction.action) {
    case 'add-actor-alias':
      return 'actor';
    case 'add-place-alias':
    case 'set-geocode':
      return 'place';
    case 'add-number-alias':
      return 'number';
    case 'not-entity':
    case 'remove-alias':
      return `not-${correction.entityKind}`;
  }
}

/**
 * Edit a stored correction in place: its words, and what they are (an actor or place with
 * autocomplete, or a number with its range and category).
 */
export function CorrectionEditor(props: {
  correction: Correction;
  onSave: (surface: string, lesson: Lesson) => Promise<void>;
  onCancel: () => void;
}) {
  const { correction } = props;
  const [surface, setSurface] = useState(correction.surface);
  const [meaning, setMeaning] = useState<Meaning>(meaningOf(correction));
  const [canonical, setCanonical] = useState(
    correction.action === 'add-actor-alias' ? correction.actor.canonical : '',
  );
  const [inter, setInter] = useState<InterCode>(
    correction.action === 'add-actor-alias' ? correction.actor.inter : 2,
  );
  const storedPlace =
    correction.action === 'add-place-alias' || correction.action === 'set-geocode' ? correction.place : null;
  const [placeText, setPlaceText] = useState(storedPlace ? placeLabel(storedPlace) : '');
  const [place, setPlace] = useState<Place | null>(storedPlace);
  const [number, setNumber] = useState(
    correction.action === 'add-number-alias' ? draftOf(correction.number) : EMPTY_NUMBER_DRAFT,
  );
  const [error, setError] = useState<string | null>(null);
  const suggester = useContext(SuggesterContext);
  const fetchPlaces = useCallback((q: string) => suggester.places(q, null), [suggester]);
  const fetchActors = useCallback((q: string) => suggester.actors(q, null, null), [suggester]);
  const places = useSuggestions(meaning === 'place' && !place ? placeText : '', fetchPlaces);
  const actors = useSuggestions(meaning === 'actor' ? canonical : '', fetchActors);
  const id = (field: string) => `correction-${correction.id}-${field}`;

  const lesson = (): Lesson | string => {
    if (meaning === 'actor') {
      const name = canonical.trim();
      return name ? { action: 'add-actor-alias', actor: { canonical: name, inter } } : 'Name the actor.';
    }
    if (meaning === 'place') {
      return place ? { action: 'add-place-alias', place } : 'Pick the place from the list.';
    }
    if (meaning === 'number') {
      const quantity = quantityOfDraft(number);
      return typeof quantity === 'string' ? quantity : { action: 'add-number-alias', number: quantity };
    }
    const entityKind = meaning.slice('not-'.length) as CorrectableKind;
    return { action: 'not-entity', entityKind };
  };

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const next = lesson();
    if (typeof next === 'string') {
      setError(next);
      return;
    }
    try {
      await props.onSave(surface, next);
    } catch (failure) {
      setError(`Not saved: ${errorMessage(failure)}`);
    }
  };

  return (
    <form
      className="event-editor"
      aria-label={`Edit the correction of “${correction.surface}”`}
      onSubmit={(e) => void save(e)}
    >
      <label htmlFor={id('words')}>The words</label>
      <input id={id('words')} value={surface} onChange={(e) => setSurface(e.target.value)} />
      <label htmlFor={id('meaning')}>They</label>
      <select id={id('meaning')} value={meaning} onChange={(e) => setMeaning(e.target.value as Meaning)}>
        {MEANINGS.map((m) => (
          <option key={m.value} value={m.value}>
            {m.label}
          </option>
        ))}
      </select>
      {meaning === 'actor' && (
        <>
          <label htmlFor={id('actor')}>Actor</label>
          <span className="pair">
            <input
              id={id('actor')}
              list={id('actors')}
              autoComplete="off"
              value={canonical}
              onChange={(e) => {
                const picked = actors.find((a) => a.canonical === e.target.value);
                setCanonical(e.target.value);
                if (picked) setInter(picked.inter);
              }}
            />
            <InterSelect label="Actor type" value={inter} onChange={setInter} />
          </span>
          <ActorOptions id={id('actors')} actors={actors} />
        </>
      )}
      {meaning === 'place' && (
        <>
          <label htmlFor={id('place')}>Place</label>
          <input
            id={id('place')}
            list={id('places')}
            autoComplete="off"
            value={placeText}
            onChange={(e) => {
              setPlaceText(e.target.value);
              setPlace(places.find((p) => placeLabel(p) === e.target.value) ?? null);
            }}
          />
          <PlaceOptions id={id('places')} places={places} />
        </>
      )}
      {meaning === 'number' && (
        <NumberFields id={id('number')} label="Number" draft={number} onChange={setNumber} />
      )}
      <EditorFooter error={error} onCancel={props.onCancel} />
    </form>
  );
}
