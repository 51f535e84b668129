import type { Actor } from '../../schema';
import { defaultActorsFor, type DefaultActors } from '../actors';
import { within } from '../doc/spans';
import type { Pass } from '../pipeline';
import type { EventCue } from './lexicon-schema';
import {
  withinParagraphs,
  type ActorMention,
  type Clause,
  type EventWork,
  type FoundCue,
} from './event-work';

/** ACLED's actor types of unarmed crowds: rioters, protesters, civilians. */
const CROWD_TYPES: ReadonlySet<number> = new Set([5, 6, 7]);
const isCrowd = (actor: Actor | null) => actor !== null && CROWD_TYPES.has(actor.inter);
const isArmed = (actor: Actor | null) => actor !== null && !CROWD_TYPES.has(actor.inter);

/**
 * Who did what to whom in each clause, and so the event's type: actor 1 is the actor before the
 * cue (its subject: armed, or a crowd right before it), else the armed one after it, else the
 * paragraph's last actor 1; actor 2 is the other side, a victim of the verb, or the civilians
 * named in the sentence. A territory cue is typed by who took the ground, violence by whom it was
 * done to. Protests and riots take ACLED's crowd actors of the country they happened in.
 */
export const eventActors: Pass<EventWork> = {
  name: 'events/actors',
  run(work) {
    const { doc, words, mentions } = work;
    const defaults = new Map<string | null, DefaultActors>();
    const defaultsIn = (country: string | null) => {
      if (!defaults.has(country)) defaults.set(country, defaultActorsFor(country, doc.publishedAt));
      return defaults.get(country) as DefaultActors;
    };
    withinParagraphs<Actor>(work.clauses, (clause, previousActor1) => {
      const cue = clause.cue as FoundCue;
      const after = (a: ActorMention) => doc.text.slice(a.end, a.end + 40);
      const isParty = (a: ActorMention) => !words.speaks.test(after(a));
      const reading: Reading = {
        suffers: (a) => words.suffers.test(after(a)),
        isAgent: (a) => a.start > cue.at && words.agentLead.test(doc.text.slice(cue.at, a.start)),
        isSubject: (a) => a.end <= cue.at && words.subjectGap.test(doc.text.slice(a.end, cue.at)),
        passive: words.passiveBefore.test(doc.text.slice(Math.max(clause.start, cue.at - 30), cue.at)),
      };
      // ACLED codes off-duty police and soldiers who are attacked as the civilians they are then.
      const asCoded = (a: ActorMention): ActorMention =>
        (a.actor.inter === 1 || a.actor.inter === 8) &&
        (a.start >= cue.at || reading.suffers(a)) &&
        words.offDutyBefore.test(doc.text.slice(Math.max(0, a.start - 25), a.start))
          ? { ...a, actor: defaultsIn(doc.focusCountries[0] ?? null).civilians }
          : a;
      const chosen = chooseActors(
        within(mentions.actor, clause).filter(isParty).map(asCoded),
        cue,
        previousActor1,
        within(mentions.actor, clause.sentence).filter(isParty).map(asCoded),
        reading,
      );
      // "attacked a checkpoint", "attacked El Fasher": a post or a town, which armed men hold.
      const armedTarget =
        words.armedTargetAfter.test(doc.text.slice(cue.end, Math.min(clause.end, cue.end + 60))) ||
        within(mentions.place, clause).some(
          (p) =>
            p.place.level === 'city' && p.start >= cue.end && /^\s*$/.test(doc.text.slice(cue.end, p.start)),
        );
      const type = typeOf(cue, chosen.actor1, chosen.actor2, armedTarget);
      const country = clause.locations?.[0]?.place.place.country ?? doc.focusCountries[0] ?? null;
      Object.assign(clause, type, crowdActors(type, chosen, defaultsIn(country)));
      return chosen.actor1 ?? previousActor1;
    });
  },
};

/** How an actor stands to the clause's cue. */
interface Reading {
  /** Things happen to it ("were killed"). */
  suffers: (actor: ActorMention) => boolean;
  /** Named after the cue as the one who did it ("killed by gunmen"). */
  isAgent: (actor: ActorMention) => boolean;
  /** Named right before the cue as its subject ("protesters then stormed"), not in a clause of its own. */
  isSubject: (actor: ActorMention) => boolean;
  /** The cue is a passive verb ("were repelled"). */
  passive: boolean;
}

interface Chosen {
  actor1: Actor | null;
  actor2: Actor | null;
}

function chooseActors(
  actors: ActorMention[],
  found: FoundCue,
  previousActor1: Actor | null,
  sentenceActors: ActorMention[],
  { suffers, isAgent, isSubject, passive }: Reading,
): Chosen {
  const victims = actors.filter((a) => a.actor.inter !== 7 && suffers(a));
  const armed = actors.filter((a) => a.actor.inter !== 7 && !suffers(a));
  const civilians = (actors.length ? actors : sentenceActors).find((a) => a.actor.inter === 7)?.actor ?? null;
  // An actor that starts before the cue is its subject, even when the cue word is inside its
  // mention ("US jets struck"); a crowd is the subject only when it is the nearest actor before
  // the cue and its subject ("residents beat a thief", not "civilians fled as militants attacked"
  // nor "relatives of a man who was killed").
  const before = armed.filter((a) => a.start < found.at);
  const nearest = actors.filter((a) => a.start < found.at && !suffers(a)).at(-1);
  // With no armed side and no victim named, a crowd named anywhere did it ("a clash between
  // relatives and nurses"), but not one named after a cue of violence, which it suffered ("men
  // opened fire at a crowd").
  const objectsOnly = found.cue.repel === true || found.cue.violence === true;
  const crowdActor =
    nearest?.actor.inter === 7
      ? isSubject(nearest)
        ? nearest.actor
        : undefined
      : armed.length === 0 && victims.length === 0
        ? actors.find((a) => a.actor.inter === 7 && !suffers(a) && !(objectsOnly && a.start >= found.at))
            ?.actor
        : undefined;
  // "clashes between residents and police": a crowd named first among a clash's sides is one.
  const firstSide = actors.find((a) => a.start >= found.at && !suffers(a));
  const crowdSide =
    found.cue.eventType === 'Battles' && before.length === 0 && firstSide?.actor.inter === 7
      ? firstSide.actor
      : undefined;
  const crowd = crowdsDo(found.cue) ? (crowdActor ?? crowdSide) : undefined;
  const after = armed.filter((a) => a.start >= found.at);
  const agent = actors.find((a) => a.start >= found.at && !suffers(a) && isAgent(a))?.actor;
  // After a cue of violence or repelling (objectsOnly), the actor is the one it was done to,
  // unless named as its agent ("shot by gunmen"); after another cue it may be the subject
  // ("clashes broke out between X and Y").
  // The agent of a passive verb acted ("soldiers were killed in an attack by the militia").
  const subject = agent ?? crowd ?? before[0]?.actor ?? (objectsOnly ? undefined : after[0]?.actor);
  let actor1: Actor | null = subject ?? previousActor1;
  let actor2 =
    [...victims, ...after, ...before].find((a) => actor1 === null || a.actor.canonical !== actor1.canonical)
      ?.actor ?? null;
  // "X repelled an attack": X defended; "… an attack by Y" already named the attacker, and in
  // "Y were repelled by X" the one repelled attacked.
  if (found.cue.repel && actor2 && (!agent || passive)) [actor1, actor2] = [actor2, actor1];
  if (!actor2 && civilians && civilians !== actor1 && found.cue.eventType !== 'Battles') actor2 = civilians;
  return { actor1, actor2 };
}

/** Looting, burning, vandalism. */
const isDestruction = (cue: EventCue) => cue.subEventType === 'Looting/property destruction';

/**
 * Cues a crowd may be the subject of: violence, clashes, destruction, riots and protests, not air
 * strikes.
 */
function crowdsDo(cue: EventCue): boolean {
  return (
    cue.violence === true ||
    isDestruction(cue) ||
    cue.eventType === 'Riots' ||
    cue.eventType === 'Protests' ||
    (cue.eventType === 'Battles' && cue.subEventType === 'Armed clash')
  );
}

type EventKind = Pick<EventCue, 'eventType' | 'subEventType'>;

function typeOf(
  found: FoundCue,
  actor1: Actor | null,
  actor2: Actor | null,
  armedTarget: boolean,
): EventKind {
  const { cue } = found;
  if (cue.territory) {
    if (actor1?.inter === 1 || (actor1?.inter === 3 && actor2?.inter !== 1)) {
      return { eventType: 'Battles', subEventType: 'Government regains territory' };
    }
    if (actor1) return { eventType: 'Battles', subEventType: 'Non-state actor overtakes territory' };
    return { eventType: 'Battles', subEventType: 'Armed clash' };
  }
  const clash = cue.eventType === 'Battles' && cue.subEventType === 'Armed clash';
  const violent = clash || cue.violence === true;
  const violentDemonstration: EventKind = { eventType: 'Riots', subEventType: 'Violent demonstration' };
  // A crowd that burns or smashes things riots (ACLED): armed men who do are a strategic development.
  const crowdViolence = (violent || isDestruction(cue)) && isCrowd(actor1);
  if (found.protest) {
    if (cue.violence && actor2?.inter === 6) {
      return { eventType: 'Protests', subEventType: 'Excessive force against protesters' };
    }
    if (crowdViolence) return violentDemonstration;
    // A killing named in a protest's clause, not by the crowd nor of armed men, is what the
    // protest is about ("relatives of a man who was killed held a protest").
    if (cue.violence && !isArmed(actor2)) {
      return { eventType: found.protest.eventType, subEventType: found.protest.subEventType };
    }
    // Violence at a protest that is not one armed side fighting another ("clashed with police").
    if ((violent && !(isArmed(actor1) && isArmed(actor2))) || cue.eventType === 'Riots') {
      return violentDemonstration;
    }
  }
  // Battles are fought between armed, organised sides; a crowd's violence is a riot.
  if (crowdViolence) return { eventType: 'Riots', subEventType: 'Mob violence' };
  if (!cue.violence) return { eventType: cue.eventType, subEventType: cue.subEventType };
  if (isArmed(actor2) || armedTarget) return { eventType: 'Battles', subEventType: 'Armed clash' };
  return { eventType: 'Violence against civilians', subEventType: 'Attack' };
}

/**
 * ACLED's actors for crowd events: a protest's actor 1 is always `Protesters (Country)`, with the
 * police as actor 2 when they intervened; a riot's is `Rioters (Country)`; violence against
 * civilians and mob violence fall on `Civilians (Country)` when the clause names no victim, and an
 * attack, fight, bomb or grenade by no one named is `Unidentified Armed Group (Country)`'s.
 */
function crowdActors(
  type: EventKind,
  { actor1, actor2 }: Chosen,
  defaults: DefaultActors,
): Pick<Clause, 'actor1' | 'actor2'> {
  switch (type.eventType) {
    case 'Protests': {
      if (type.subEventType === 'Peaceful protest') return { actor1: defaults.protesters, actor2: null };
      const state = [actor1, actor2].find((a) => a?.inter === 1 || a?.inter === 8);
      return { actor1: defaults.protesters, actor2: state ?? defaults.police };
    }
    case 'Riots': {
      const other = [actor2, actor1].find((a) => a !== null && !isCrowd(a)) ?? null;
      return {
        actor1: defaults.rioters,
        actor2: other ?? (type.subEventType === 'Mob violence' ? defaults.civilians : null),
      };
    }
    case 'Violence against civilians':
      return { actor1: actor1 ?? defaults.unidentified, actor2: actor2 ?? defaults.civilians };
    case 'Explosions/Remote violence':
      // A bomb or grenade nobody claimed: ACLED's unidentified armed group. Aircraft and artillery have owners.
      return {
        actor1:
          actor1 ??
          (type.subEventType === 'Remote explosive/landmine/IED' || type.subEventType === 'Grenade'
            ? defaults.unidentified
            : null),
        actor2,
      };
    case 'Battles':
      // A fight between sides nobody named ("a shoot-out between unknown shooters").
      return { actor1: actor1 ?? defaults.unidentified, actor2 };
    default:
      return { actor1, actor2 };
  }
}
