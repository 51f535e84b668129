import { ACLED_INTER_LABELS, type Actor, type InterCode, type Place } from '@/lib/schema';
import { placeLabel } from './suggestions';

/** ACLED's actor types as a select (code and label), shared by every editor that names an actor. */
export function InterSelect(props: {
  id?: string;
  label?: string;
  value: InterCode;
  onChange: (inter: InterCode) => void;
}) {
  return (
    <select
      id={props.id}
      aria-label={props.label}
      value={props.value}
      onChange={(e) => props.onChange(Number(e.target.value) as InterCode)}
    >
      {Object.entries(ACLED_INTER_LABELS).map(([code, text]) => (
        <option key={code} value={code}>
          {code} · {text}
        </option>
      ))}
    </select>
  );
}

/** Suggested places for an input's `list`: each labelled to tell two places of one name apart. */
export function PlaceOptions(props: { id: string; places: readonly Place[] }) {
  return (
    <datalist id={props.id}>
      {props.places.map((p) => (
        <option key={placeLabel(p) + p.level} value={placeLabel(p)}>
          {`${p.level}${p.lat === null ? '' : ` · ${p.lat.toFixed(2)}, ${p.lon?.toFixed(2)}`}`}
        </option>
      ))}
    </datalist>
  );
}

/** Suggested canonical actors for an input's `list`, with their ACLED type. */
export function ActorOptions(props: { id: string; actors: readonly Actor[] }) {
  return (
    <datalist id={props.id}>
      {props.actors.map((a) => (
        <option key={a.canonical} value={a.canonical}>
          {ACLED_INTER_LABELS[a.inter]}
        </option>
      ))}
    </datalist>
  );
}

/** An editor's last row: why it was not saved (if so), then Save and Cancel. */
export function EditorFooter(props: { error: string | null; onCancel: () => void }) {
  return (
    <>
      {props.error && (
        <p role="alert" className="span-2">
          {props.error}
        </p>
      )}
      <div className="actions span-2">
        <button type="submit">Save</button>
        <button type="button" className="secondary" onClick={props.onCancel}>
          Cancel
        </button>
      </div>
    </>
  );
}
