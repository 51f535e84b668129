import type { Actor } from '../../schema';
import type { ActorDictionary } from './dictionary';
import { allCountries } from '../../geo/countries';
import { entryActor, groupOf, stateActor, type ActorContext } from './resolve';

/** ACLED's generic actors that every country has, with their actor types. */
const COUNTRY_GROUPS = [
  ['Civilians', 7],
  ['Protesters', 6],
  ['Rioters', 5],
  ['Unidentified Armed Group', 3],
] as const;

/**
 * Canonical actors whose name contains what the user typed (any word may match: "Hayat",
 * "Tahrir", "RSF" as an alias), for the event editor's autocomplete. Every country ACLED covers
 * has its state forces, civilians, protesters, rioters and unidentified armed group; the event's
 * country comes first among equally good matches. Names take the era of the event's date, like
 * extraction does ("Military Forces of Syria (2000-2024)"); a country whose era the dictionary
 * does not know gets the name without it, for the user to complete.
 */
export function suggestActors(
  dict: ActorDictionary,
  query: string,
  context: ActorContext,
  limit = 8,
): Actor[] {
  const needle = fold(query.trim());
  if (needle.length < 2) return [];
  const scored = new Map<string, { actor: Actor; score: number; home: boolean }>();
  const consider = (actor: Actor, names: readonly string[], country: string | null = null) => {
    let best = Infinity;
    for (const name of names) {
      const folded = fold(name);
      const at = folded.indexOf(needle);
      if (at < 0) continue;
      // A match at the start of the name, then at the start of a word, beats one inside a word.
      const score = at === 0 ? 0 : /\W/.test(folded[at - 1] ?? '') ? 1 : 2;
      best = Math.min(best, score + (name === actor.canonical ? 0 : 0.5));
    }
    const known = scored.get(actor.canonical);
    const home = country !== null && country === context.focusCountry;
    // A dictionary entry named like a country's group ("Civilians (Ukraine)") is that group: it
    // is at home in its country as much as the group is.
    if (best < Infinity && (!known || best < known.score || (best === known.score && home && !known.home)))
      scored.set(actor.canonical, { actor, score: best, home });
  };
  for (const entry of dict.entries) {
    const actor = entryActor(dict, entry, context);
    consider(actor, [actor.canonical, ...(entry.aliases ?? [])]);
  }
  for (const { code } of allCountries()) {
    const adjectives = dict.countries.get(code)?.adjectives ?? [];
    for (const body of ['military', 'government', 'police'] as const) {
      const actor = stateActor(dict, code, context, body);
      consider(actor, [actor.canonical, ...adjectives.map((a) => `${a} ${body}`)], code);
    }
    for (const [label, inter] of COUNTRY_GROUPS) {
      const actor = groupOf(dict, label, code, inter);
      consider(actor, [actor.canonical], code);
    }
  }
  return [...scored.values()]
    .sort(
      (a, b) =>
        a.score - b.score ||
        Number(b.home) - Number(a.home) ||
        a.actor.canonical.localeCompare(b.actor.canonical),
    )
    .slice(0, limit)
    .map((s) => s.actor);
}

function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}
