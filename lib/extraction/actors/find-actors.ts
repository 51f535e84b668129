import type { Mention } from '../../schema/mention';
import type { Doc } from '../doc/doc';
import { runPasses, type Pass } from '../pipeline';
import { namesAndWording } from './names-and-wording';
import { people } from './people';
import { resolveContext } from './resolve-context';
import { surnames } from './surnames';
import { unknownGroups } from './unknown-groups';
import { createActorWork, type ActorWork } from './work';

export type ActorMention = Extract<Mention, { kind: 'actor' }>;

/**
 * The actors finder's passes, in order: names and wording first (they compete for the same words),
 * then the names no dictionary knows, the people acting for the groups found so far, their
 * surnames, and last what each found actor stands for in the article's context.
 */
export const ACTOR_PASSES: readonly Pass<ActorWork>[] = [
  namesAndWording,
  unknownGroups,
  people,
  surnames,
  resolveContext,
];

/**
 * Actors in an article: named groups and forces from the dictionary, generic and partisan wording
 * ("regime forces", "terrorists", "Russian helicopters"), unknown groups by their name patterns, and
 * people acting for a group. Each mention keeps the outlet's words; its payload is the canonical actor.
 */
export function findActors(doc: Doc): ActorMention[] {
  const work = runPasses(ACTOR_PASSES, createActorWork(doc));
  const mentions: ActorMention[] = [];
  for (const f of work.found) {
    if (!f.actor || f.end <= f.start) continue;
    mentions.push({
      kind: 'actor',
      start: f.start,
      end: f.end,
      text: doc.text.slice(f.start, f.end),
      actor: f.actor,
      by: f.by,
    });
  }
  return mentions;
}
