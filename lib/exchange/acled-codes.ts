import type { Actor } from '../schema';
import { ACLED_INTER_LABELS, type InterCode, type SubEventType } from '../schema/acled-vocabulary';

export type DisorderType =
  'Political violence' | 'Demonstrations' | 'Political violence; Demonstrations' | 'Strategic developments';

/**
 * ACLED's `disorder_type` (a column since March 2023) follows from the sub-event type, not the event
 * type: the two Riots sub-event types fall on different sides, and one Protests sub-event type is both.
 * - Political violence: every Battles, Explosions/Remote violence and Violence against civilians
 *   sub-event type, and Riots / Mob violence.
 * - Demonstrations: Protests / Peaceful protest and Protest with intervention; Riots / Violent
 *   demonstration.
 * - Political violence; Demonstrations: Protests / Excessive force against protesters, and only it.
 * - Strategic developments: every Strategic developments sub-event type.
 * Sources: ACLED's "Guide to 2023 ACLED column changes"
 * (https://acleddata.com/knowledge-base/guide-to-2023-acled-column-changes) introduces the column;
 * ACLED's own R package (github.com/dtacled/acledR, R/acled_filter_event_types.R) counts as
 * demonstrations exactly peaceful protests, protests with intervention, violent demonstrations and
 * excessive force against protesters (so not mob violence); a 2024–25 export lists exactly the
 * three values "Political violence", "Demonstrations", "Political violence; Demonstrations" for
 * its violent and protest events (github.com/baobab-tech/waterconflict,
 * acled/ACLED_ANALYSIS_SUMMARY.md); and public analysis code that drops the rows whose
 * disorder_type is "Demonstrations" or "Strategic developments" describes what is left as battles,
 * explosions/remote violence, violence against civilians, excessive force against protesters and
 * mob violence. The codebook's own per-sub-event table (https://acleddata.com/knowledge-base/codebook)
 * could not be read. Sub-event type names are unique across event types, so the sub-event type
 * alone decides.
 */
const DISORDER_OF_SUB_EVENT_TYPE: Record<SubEventType, DisorderType> = {
  'Armed clash': 'Political violence',
  'Government regains territory': 'Political violence',
  'Non-state actor overtakes territory': 'Political violence',
  'Chemical weapon': 'Political violence',
  'Air/drone strike': 'Political violence',
  'Suicide bomb': 'Political violence',
  'Shelling/artillery/missile attack': 'Political violence',
  'Remote explosive/landmine/IED': 'Political violence',
  Grenade: 'Political violence',
  'Sexual violence': 'Political violence',
  Attack: 'Political violence',
  'Abduction/forced disappearance': 'Political violence',
  'Peaceful protest': 'Demonstrations',
  'Protest with intervention': 'Demonstrations',
  'Excessive force against protesters': 'Political violence; Demonstrations',
  'Violent demonstration': 'Demonstrations',
  'Mob violence': 'Political violence',
  Agreement: 'Strategic developments',
  Arrests: 'Strategic developments',
  'Change to group/activity': 'Strategic developments',
  'Disrupted weapons use': 'Strategic developments',
  'Headquarters or base established': 'Strategic developments',
  'Looting/property destruction': 'Strategic developments',
  'Non-violent transfer of territory': 'Strategic developments',
  Other: 'Strategic developments',
};

/** ACLED's disorder type of an event, from its sub-event type. */
export function disorderTypeOf(subEventType: SubEventType): DisorderType {
  return DISORDER_OF_SUB_EVENT_TYPE[subEventType];
}

/**
 * ACLED's classic two-digit interaction code: the two actor types, smaller digit first
 * (state forces against rebels is 12, whichever is actor 1); one actor alone gives 10 × its type
 * (rioters alone: 50). Null when the event names no actor. Checked against ACLED's codebook as
 * acledR renders it (github.com/dtacled/acledR, articles/actors_interactions.html: "Interaction
 * numbers are always the smallest possible number (for example, 37 instead of 73)"; a one-sided
 * event codes the missing second actor as 0, e.g. 20). Exports since 2024 may write the interaction
 * as text instead ("State forces-Rebel group", "Protesters only"); import does not read the column.
 */
export function interactionCode(actor1: Actor | null, actor2: Actor | null): number | null {
  const types = [actor1?.inter, actor2?.inter].filter((t): t is InterCode => t !== undefined);
  const [a, b] = types.sort((x, y) => x - y);
  if (a === undefined) return null;
  return 10 * a + (b ?? 0);
}

/**
 * The interaction as ACLED's current exports write it: the two actor types' labels, smaller code
 * first ("State forces-Civilians" for 17), or one label and "only" ("Protesters only" for 60), as
 * in ACLED's API list of interaction codes. Empty when the event names no actor.
 */
export function interactionLabel(actor1: Actor | null, actor2: Actor | null): string {
  const code = interactionCode(actor1, actor2);
  if (code === null) return '';
  const first = ACLED_INTER_LABELS[Math.floor(code / 10) as InterCode];
  const second = code % 10;
  return second === 0 ? `${first} only` : `${first}-${ACLED_INTER_LABELS[second as InterCode]}`;
}

const CIVILIANS: InterCode = 7;

/**
 * "Civilian targeting" when political violence (including the "Political violence; Demonstrations"
 * sub-event type) is aimed at civilians, else empty. ACLED codes civilians as actor 2 only (exports
 * list no "Civilians" among inter1 values), so actor 2's type decides. Unverified against the
 * codebook's own wording: whether ACLED ever marks a Demonstrations or Strategic developments event.
 */
export function civilianTargetingOf(disorder: DisorderType, actor2: Actor | null): string {
  return disorder.startsWith('Political violence') && actor2?.inter === CIVILIANS ? 'Civilian targeting' : '';
}

const INTER_OF_LABEL = new Map(
  Object.entries(ACLED_INTER_LABELS).map(([code, label]) => [label.toLowerCase(), Number(code) as InterCode]),
);

/**
 * An ACLED `inter1`/`inter2` cell as an actor type: older files write the digit (1–8), newer ones
 * the label ("State forces", "Rebel group", "External/Other forces", matched case-insensitively;
 * labels as in a 2024–25 ACLED export documented in github.com/baobab-tech/waterconflict,
 * ACLED_DATA.md). Undefined when it is neither.
 */
export function interCodeOfCell(cell: string): InterCode | undefined {
  const text = cell.trim();
  if (/^[1-8]$/.test(text)) return Number(text) as InterCode;
  return INTER_OF_LABEL.get(text.toLowerCase());
}
