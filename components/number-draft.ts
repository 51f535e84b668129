import { quantityProblem, type NumberCategory, type Quantity } from '@/lib/schema';

/** A number as its form holds it while the user types: a value, or a low and a high end. */
export interface NumberDraft {
  value: string;
  low: string;
  high: string;
  category: NumberCategory;
  vague: boolean;
  /** What is counted; the form does not ask, but an edit keeps what a stored number had. */
  of: string | null;
}

export const EMPTY_NUMBER_DRAFT: NumberDraft = {
  value: '',
  low: '',
  high: '',
  category: 'count',
  vague: false,
  of: null,
};

const figure = (n: number | null) => (n === null ? '' : String(n));

/** The form's fields for a stored quantity (an exact value's own low and high are not shown). */
export function draftOf(quantity: Quantity): NumberDraft {
  const { value, low, high, category, vague, of } = quantity;
  const exact = value !== null && low === value && high === value;
  return {
    value: figure(value),
    low: exact ? '' : figure(low),
    high: exact ? '' : figure(high),
    category,
    vague,
    of,
  };
}

/** "1,200" or "1 200" as typed; null when empty, NaN when not a number. */
function parseFigure(typed: string): number | null {
  const bare = typed.replace(/[\s,_]/g, '');
  return bare === '' ? null : Number(bare);
}

/**
 * The quantity the form describes, or why it describes none. A lone value is stored as the
 * extractor stores numbers: an exact one is its own range ("12": 12–12), a vague one has none
 * ("about 12").
 */
export function quantityOfDraft(draft: NumberDraft): Quantity | string {
  const value = parseFigure(draft.value);
  let low = parseFigure(draft.low);
  let high = parseFigure(draft.high);
  if ([value, low, high].some((n) => n !== null && !Number.isFinite(n))) {
    return 'Write the number in digits, e.g. 12 or 1,200.';
  }
  if (value !== null && low === null && high === null && !draft.vague) {
    low = value;
    high = value;
  }
  const quantity: Quantity = { value, low, high, vague: draft.vague, category: draft.category, of: draft.of };
  return quantityProblem(quantity) ?? quantity;
}

/** A quantity as a phrase: "the number 12, category killed", "the number 20–60 (vague), category count". */
export function quantityLabel(quantity: Quantity): string {
  const { value, low, high, vague, category } = quantity;
  const amount =
    value !== null
      ? value.toLocaleString('en')
      : `${low?.toLocaleString('en') ?? '?'}–${high?.toLocaleString('en') ?? '?'}`;
  return `the number ${amount}${vague ? ' (vague)' : ''}, category ${category}`;
}
