import type { Actor, MentionReason } from '../../schema/mention';
import { reason, type Pass } from '../pipeline';
import type { ActorContext } from './resolve';
import type { ActorWork, Contextual, Found, Tok } from './work';

/**
 * The actors the found wording stands for, once every named group is known: each found actor
 * resolved in the article's focus country (doc.focusCountries), then generic
 * opposition and gunmen wording taking a named group nearby ("gunmen from the Al-Quds Brigades",
 * "the group ... the militants").
 */
export const resolveContext: Pass<ActorWork> = {
  name: 'actors/resolve-context',
  run(work) {
    const ctx: ActorContext = { focusCountry: work.focus, publishedAt: work.publishedAt };
    const { found } = work;
    found.sort((a, b) => a.start - b.start);
    for (const f of found) if (!f.contextual) f.actor = f.resolve(ctx);
    for (let k = 0; k < found.length; k++) {
      const f = found[k] as Found;
      if (!f.contextual) continue;
      const nearby = nearbyGroup(work, k, f.contextual);
      if (nearby) {
        f.actor = nearby.actor;
        f.by = nearby.by;
      } else f.actor = f.resolve(ctx);
    }
  },
};

/**
 * The named group generic wording at k stands for: right after it through link words ("gunmen from
 * the X", "militants of the Y"), else the last one named before it in the same or previous sentence
 * of its paragraph (any armed group for gunmen, rebels for opposition wording).
 */
function nearbyGroup(
  work: ActorWork,
  k: number,
  kind: Contextual,
): { actor: Actor; by: MentionReason } | null {
  const { toks, found, words } = work;
  const f = found[k] as Found;
  const next = found[k + 1];
  if (
    next &&
    (next.origin === 'named' || next.origin === 'pattern') &&
    next.actor &&
    next.actor.inter !== 7
  ) {
    const between = toks.slice(f.endTok, next.startTok).map((t) => t.norm);
    if (
      between.length > 0 &&
      between.length <= 3 &&
      between.every((w) => words.link.has(w)) &&
      !words.definiteArticles.has(between[0] as string)
    ) {
      return { actor: next.actor, by: reason(resolveContext, 'group named right after') };
    }
  }
  const sentence = (toks[f.startTok] as Tok).sentence;
  const paragraph = (toks[f.startTok] as Tok).paragraph;
  for (let j = k - 1; j >= 0; j--) {
    const g = found[j] as Found;
    const gt = toks[g.startTok] as Tok;
    if (gt.paragraph !== paragraph || gt.sentence < sentence - 1) break;
    if (g.origin !== 'named' && g.origin !== 'pattern') continue;
    const a = g.actor;
    if (!a) continue;
    if (a.inter === 2 || (kind === 'gunmen' && (a.inter === 3 || a.inter === 4))) {
      return { actor: a, by: reason(resolveContext, 'group named just before') };
    }
  }
  return null;
}
