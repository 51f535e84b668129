import type { Actor } from '../../schema';
import { within } from '../doc/spans';
import type { Pass } from '../pipeline';
import type { EventCue } from './lexicon-schema';
import { withinParagraphs, type ActorMention, type EventWork, type FoundCue } from './event-work';

/**
 * Who did what to whom in each clause, and so the event's type: actor 1 is the armed actor
 * before the cue (its subject), else the one after it, else the paragraph's last actor 1; actor 2
 * is the other side, a victim of the verb, or the civilians named in the sentence. A territory
 * cue is typed by who took the ground.
 */
export const eventActors: Pass<EventWork> = {
  name: 'events/actors',
  run(work) {
    const { doc, words, mentions } = work;
    withinParagraphs<Actor>(work.clauses, (clause, previousActor1) => {
      const cue = clause.cue as FoundCue;
      const suffers = (a: ActorMention) => words.suffers.test(doc.text.slice(a.end, a.end + 40));
      const { actor1, actor2 } = chooseActors(
        within(mentions.actor, clause),
        cue,
        previousActor1,
        within(mentions.actor, clause.sentence),
        suffers,
      );
      clause.actor1 = actor1;
      clause.actor2 = actor2;
      Object.assign(clause, typeOf(cue.cue, actor1, actor2));
      return actor1 ?? previousActor1;
    });
  },
};

function chooseActors(
  actors: ActorMention[],
  found: FoundCue,
  previousActor1: Actor | null,
  sentenceActors: ActorMention[],
  suffers: (actor: ActorMention) => boolean,
): { actor1: Actor | null; actor2: Actor | null } {
  const victims = actors.filter((a) => a.actor.inter !== 7 && suffers(a));
  const armed = actors.filter((a) => a.actor.inter !== 7 && !suffers(a));
  const civilians = (actors.length ? actors : sentenceActors).find((a) => a.actor.inter === 7)?.actor ?? null;
  // An actor that starts before the cue is its subject, even when the cue word is inside its
  // mention ("US jets struck").
  const before = armed.filter((a) => a.start < found.at);
  const after = armed.filter((a) => a.start >= found.at);
  // A defender ("X repelled Y's attack") is not the attacker: for repel cues, look after the cue only for actor 2.
  const subject = before[0]?.actor ?? (found.cue.repel ? undefined : after[0]?.actor);
  let actor1: Actor | null = subject ?? previousActor1;
  let actor2 =
    [...victims, ...after, ...before].find((a) => actor1 === null || a.actor.canonical !== actor1.canonical)
      ?.actor ?? null;
  if (found.cue.repel && actor2) [actor1, actor2] = [actor2, actor1];
  if (!actor2 && civilians && found.cue.eventType !== 'Battles') actor2 = civilians;
  return { actor1, actor2 };
}

function typeOf(
  cue: EventCue,
  actor1: Actor | null,
  actor2: Actor | null,
): Pick<EventCue, 'eventType' | 'subEventType'> {
  if (!cue.territory) return { eventType: cue.eventType, subEventType: cue.subEventType };
  if (actor1?.inter === 1 || (actor1?.inter === 3 && actor2?.inter !== 1)) {
    return { eventType: 'Battles', subEventType: 'Government regains territory' };
  }
  if (actor1) return { eventType: 'Battles', subEventType: 'Non-state actor overtakes territory' };
  return { eventType: 'Battles', subEventType: 'Armed clash' };
}
