import { ACLED_INTER_LABELS, type Actor, type EventType, type InterCode } from '../schema';

export type DisorderType =
  'Political violence' | 'Demonstrations' | 'Political violence; Demonstrations' | 'Strategic developments';

const DISORDER_OF_EVENT_TYPE: Record<EventType, DisorderType> = {
  Battles: 'Political violence',
  'Explosions/Remote violence': 'Political violence',
  'Violence against civilians': 'Political violence',
  Protests: 'Demonstrations',
  Riots: 'Political violence; Demonstrations',
  'Strategic developments': 'Strategic developments',
};

/**
 * ACLED's disorder type follows from the event type: riots (violent demonstrations and mob
 * violence) are both political violence and demonstrations.
 */
export function disorderTypeOf(eventType: EventType): DisorderType {
  return DISORDER_OF_EVENT_TYPE[eventType];
}

/**
 * ACLED's classic two-digit interaction code: the two actor types, smaller digit first
 * (state forces against rebels is 12, whichever is actor 1); one actor alone gives 10 × its type
 * (rioters alone: 50). Null when the event names no actor.
 */
export function interactionCode(actor1: Actor | null, actor2: Actor | null): number | null {
  const types = [actor1?.inter, actor2?.inter].filter((t): t is InterCode => t !== undefined);
  const [a, b] = types.sort((x, y) => x - y);
  if (a === undefined) return null;
  return 10 * a + (b ?? 0);
}

const CIVILIANS: InterCode = 7;

/** "Civilian targeting" when political violence is aimed at civilians (actor 2), else empty. */
export function civilianTargetingOf(disorder: DisorderType, actor2: Actor | null): string {
  return disorder.startsWith('Political violence') && actor2?.inter === CIVILIANS ? 'Civilian targeting' : '';
}

const INTER_OF_LABEL = new Map(
  Object.entries(ACLED_INTER_LABELS).map(([code, label]) => [label.toLowerCase(), Number(code) as InterCode]),
);

/**
 * An ACLED `inter1`/`inter2` cell as an actor type: older files write the digit (1–8), newer ones
 * the label ("State forces", "External/Other forces"). Undefined when it is neither.
 */
export function interCodeOfCell(cell: string): InterCode | undefined {
  const text = cell.trim();
  if (/^[1-8]$/.test(text)) return Number(text) as InterCode;
  return INTER_OF_LABEL.get(text.toLowerCase());
}
