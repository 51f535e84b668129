import { useCallback, useContext, useState, type FormEvent } from 'react';
import type { InterCode, Lesson, TabStatus } from '@/lib/schema';
import { CORRECTABLE_KINDS, MENTION_KINDS } from '@/lib/schema/mention-kind';
import { InterSelect, NumberFields, PlaceOptions } from './editor-parts';
import { EMPTY_NUMBER_DRAFT, quantityLabel, quantityOfDraft } from './number-draft';
import { placeLabel, SuggesterContext, useSuggestions } from './suggestions';
import { errorMessage } from '@/lib/error-message';
import { Disclosure } from './Disclosure';

/**
 * Corrections from the page: select words there, then say what they are not, which actor or
 * place they name (a place picked from the gazetteer also fixes a wrong geocode), or which number
 * they are. The extractor keeps the lesson for every page analysed afterwards.
 */
export function TeachPanel(props: { teach: (lesson: Lesson) => Promise<TabStatus> }) {
  // Folded until asked for: most pages need no correction, and the forms are long.
  const [open, setOpen] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [canonical, setCanonical] = useState('');
  const [inter, setInter] = useState<InterCode>(2);
  const [placeText, setPlaceText] = useState('');
  const suggester = useContext(SuggesterContext);
  const fetchPlaces = useCallback((q: string) => suggester.places(q, null), [suggester]);
  const places = useSuggestions(placeText, fetchPlaces);
  const [number, setNumber] = useState(EMPTY_NUMBER_DRAFT);

  const run = async (lesson: Lesson, done: string) => {
    setBusy(true);
    setMessage(null);
    try {
      await props.teach(lesson);
      setMessage(done);
    } catch (error) {
      setMessage(errorMessage(error));
    } finally {
      setBusy(false);
    }
  };

  const addActor = (event: FormEvent) => {
    event.preventDefault();
    const name = canonical.trim();
    if (!name) return;
    void run(
      { action: 'add-actor-alias', actor: { canonical: name, inter } },
      `Learned: the selected words name ${name}. Applied here and on every page from now on.`,
    );
  };

  const addPlace = (event: FormEvent) => {
    event.preventDefault();
    const place = places.find((p) => placeLabel(p) === placeText);
    if (!place) {
      setMessage('Pick the place from the list, so it comes with its coordinates.');
      return;
    }
    void run(
      { action: 'add-place-alias', place },
      `Learned: the selected words name ${placeLabel(place)}. Applied here and on every page from now on.`,
    );
  };

  const addNumber = (event: FormEvent) => {
    event.preventDefault();
    const quantity = quantityOfDraft(number);
    if (typeof quantity === 'string') {
      setMessage(quantity);
      return;
    }
    void run(
      { action: 'add-number-alias', number: quantity },
      `Learned: the selected words are ${quantityLabel(quantity)}. Applied here and on every page from now on.`,
    );
  };

  return (
    <section className="teach" aria-label="Correct the highlights">
      <Disclosure label="Correct the highlights" heading={2} open={open} onToggle={setOpen}>
        <p className="muted">Select words in the page, then:</p>
        <div className="actions">
          {CORRECTABLE_KINDS.map((kind) => (
            <button
              key={kind}
              type="button"
              className="secondary"
              disabled={busy}
              onClick={() =>
                void run(
                  { action: 'not-entity', entityKind: kind },
                  `Learned: the selected words are not ${MENTION_KINDS[kind].one}. Applied here and on every page from now on.`,
                )
              }
            >
              {`Not ${MENTION_KINDS[kind].one}`}
            </button>
          ))}
        </div>
        <form className="teach-actor" onSubmit={addActor}>
          <label htmlFor="teach-actor-name">They name the actor</label>
          <input
            id="teach-actor-name"
            value={canonical}
            onChange={(e) => setCanonical(e.target.value)}
            placeholder="Canonical name, e.g. Rapid Support Forces"
          />
          <label htmlFor="teach-actor-type">Type</label>
          <InterSelect id="teach-actor-type" value={inter} onChange={setInter} />
          <button type="submit" disabled={busy || !canonical.trim()}>
            Add actor
          </button>
        </form>
        <form className="teach-actor" onSubmit={addPlace}>
          <label htmlFor="teach-place-name">They name the place</label>
          <input
            id="teach-place-name"
            list="teach-place-options"
            autoComplete="off"
            value={placeText}
            onChange={(e) => setPlaceText(e.target.value)}
            placeholder="Type to search the gazetteer, e.g. Kharkiv"
          />
          <PlaceOptions id="teach-place-options" places={places} />
          <button type="submit" disabled={busy || !placeText.trim()}>
            Set place
          </button>
        </form>
        <form className="teach-actor" onSubmit={addNumber}>
          <NumberFields id="teach-number" label="They are a number" draft={number} onChange={setNumber} />
          <button
            type="submit"
            disabled={busy || !(number.value.trim() || number.low.trim() || number.high.trim())}
          >
            Add number
          </button>
        </form>
        {message && <p role="status">{message}</p>}
      </Disclosure>
    </section>
  );
}
