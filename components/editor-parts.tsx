import {
  ACLED_INTER_LABELS,
  NumberCategorySchema,
  type Actor,
  type InterCode,
  type NumberCategory,
  type Place,
} from '@/lib/schema';
import type { NumberDraft } from './number-draft';
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

/** A text field with a list of suggested values (ACLED's own), any other value still allowed. */
export function SuggestedInput(props: {
  id: string;
  value: string;
  suggestions: readonly string[];
  placeholder?: string;
  /** The most characters the field takes (what an import of it would accept). */
  maxLength: number;
  onChange: (value: string) => void;
}) {
  return (
    <>
      <input
        id={props.id}
        list={`${props.id}-list`}
        autoComplete="off"
        maxLength={props.maxLength}
        placeholder={props.placeholder}
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
      />
      <datalist id={`${props.id}-list`}>
        {props.suggestions.map((value) => (
          <option key={value} value={value} />
        ))}
      </datalist>
    </>
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

/**
 * A number's fields for a two-column form: a value, or a low and a high end; its category; and
 * whether it is vague. `id` prefixes the fields' ids; `label` names the value field.
 */
export function NumberFields(props: {
  id: string;
  label: string;
  draft: NumberDraft;
  onChange: (draft: NumberDraft) => void;
}) {
  const { id, draft } = props;
  const set = (change: Partial<NumberDraft>) => props.onChange({ ...draft, ...change });
  const amount = (field: 'value' | 'low' | 'high', placeholder: string) => (
    <input
      id={`${id}-${field}`}
      inputMode="decimal"
      autoComplete="off"
      value={draft[field]}
      onChange={(e) => set({ [field]: e.target.value })}
      placeholder={placeholder}
    />
  );
  return (
    <>
      <label htmlFor={`${id}-value`}>{props.label}</label>
      {amount('value', 'Value, e.g. 12')}
      <label htmlFor={`${id}-low`}>or from</label>
      <span className="number-range">
        {amount('low', 'low')}
        <label htmlFor={`${id}-high`}>to</label>
        {amount('high', 'high')}
      </span>
      <label htmlFor={`${id}-category`}>Category</label>
      <select
        id={`${id}-category`}
        value={draft.category}
        onChange={(e) => set({ category: e.target.value as NumberCategory })}
      >
        {NumberCategorySchema.options.map((category) => (
          <option key={category} value={category}>
            {category}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-vague`}>Vague</label>
      <span className="number-range">
        <input
          id={`${id}-vague`}
          type="checkbox"
          checked={draft.vague}
          onChange={(e) => set({ vague: e.target.checked })}
        />
        <span className="muted">a rough amount, like “dozens” or “a handful”</span>
      </span>
    </>
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
