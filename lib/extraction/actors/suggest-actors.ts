import type { Actor } from '../../schema';
import type { ActorDictionary } from './dictionary';
import { entryActor, stateActor, type ActorContext } from './resolve';

/**
 * Canonical actors whose name contains what the user typed (any word may match: "Hayat",
 * "Tahrir", "RSF" as an alias), for the event editor's autocomplete. Names take the era of the
 * event's date, like extraction does ("Military Forces of Syria (2000-2024)").
 */
export function suggestActors(
  dict: ActorDictionary,
  query: string,
  context: ActorContext,
  limit = 8,
): Actor[] {
  const needle = fold(query.trim());
  if (needle.length < 2) return [];
  const scored = new Map<string, { actor: Actor; score: number }>();
  const consider = (actor: Actor, names: readonly string[]) => {
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
    if (best < Infinity && (!known || best < known.score))
      scored.set(actor.canonical, { actor, score: best });
  };
  for (const entry of dict.entries) {
    const actor = entryActor(dict, entry, context);
    consider(actor, [actor.canonical, ...(entry.aliases ?? [])]);
  }
  for (const country of dict.countries.values()) {
    for (const body of ['military', 'government', 'police'] as const) {
      const actor = stateActor(dict, country.iso2, context, body);
      consider(actor, [actor.canonical, ...country.adjectives.map((a) => `${a} ${body}`)]);
    }
  }
  return [...scored.values()]
    .sort((a, b) => a.score - b.score || a.actor.canonical.localeCompare(b.actor.canonical))
    .slice(0, limit)
    .map((s) => s.actor);
}

function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}
