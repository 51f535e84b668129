import { EventTypeSchema, SubEventTypeSchema } from '../../schema/acled';
import { isSubEventOf } from '../../schema/acled-vocabulary';
import { z } from '../../schema/zod';
import { PhrasesSchema as phrases } from '../lexicon/word-schemas';

/** Words that say what kind of event a sentence reports, all with the same reading. */
const CueSchema = z
  .object({
    eventType: EventTypeSchema,
    subEventType: SubEventTypeSchema,
    /** Higher wins when one clause has several cues. */
    priority: z.number().int(),
    /** Taking ground: "Government regains territory" or "Non-state actor overtakes territory" by who acts. */
    territory: z.boolean().optional(),
    /** A defender is the subject ("X repelled Y"): the attacker is actor 1. */
    repel: z.boolean().optional(),
    /**
     * Violence done to someone ("shot dead", "beat"), typed by who did it to whom: armed on armed
     * is a battle, a crowd's is a riot, on protesters excessive force, else violence against
     * civilians.
     */
    violence: z.boolean().optional(),
    /** Downing a weapon in flight: a drone or missile, not a manned aircraft (that is an attack on its crew). */
    interception: z.boolean().optional(),
    phrases,
  })
  .refine((cue) => isSubEventOf(cue.eventType, cue.subEventType), {
    message: 'sub-event type does not belong to the event type',
  });

/**
 * The event proposer's words of a language (`lib/data/lexicon/<language>/events.json`). Phrases
 * may hold slots (`{year}`, `{month}`, `{number}`, …; see lexicon/phrase-pattern.ts).
 */
export const EventLexiconSchema = z.strictObject({
  cues: z.array(CueSchema).min(1),
  /** A sentence holding one of these is a running total or a look back, not news to code. */
  background: phrases,
  /** Plans and threats just before an act ("threatened to attack"): it has not happened yet. */
  hypothetical: phrases,
  /**
   * Modal verbs: just before a cue, or after it in its own clause, they make it a forecast ("will
   * attack", "the capture of X would open the road"), unless a relative word puts them in a clause
   * of their own ("plans that would cut pay").
   */
  modals: z.strictObject({ verbs: phrases, relatives: phrases }),
  /** Cue words that, in a protest's clause, are a labour strike and not an air strike ("teachers on a strike rallied"). */
  labourStrikes: phrases,
  /** Words before police or soldiers that make them civilians, as ACLED codes them ("an off-duty officer"). */
  offDuty: phrases,
  /** Aircraft with a crew: shooting one down is violence against them, not disrupted weapons use. */
  mannedAircraft: phrases,
  /** After a territory cue ("captured"), these objects are seized goods or people, not ground. */
  capturedThings: z.strictObject({ determiners: phrases, things: phrases }),
  /** Words before violence in a protest's clause that make it the grievance ("protested against the killing of"). */
  grievanceLeads: phrases,
  /** Words before a cue that make it what someone is accused of ("arrested on charges of bombing"), not an event. */
  allegationLeads: phrases,
  /** Where one sentence holds two clauses that may each report an event. */
  clauses: z.strictObject({
    conjunctions: phrases,
    coordination: z.string().min(1),
    forceNouns: phrases,
    /** What joins two cues of two events ("fighting and airstrikes"). */
    joiner: z.string().min(1),
  }),
  /** "killed by gunmen", "an attack carried out by the militia": the actor after these did the act. */
  agentLeads: phrases,
  /** Words before a noun that point back to what was told ("the wounded", "this attack"). */
  anaphora: phrases,
  /** What armed sides hold: violence done to one ("attacked a checkpoint") is a battle. */
  armedTargets: phrases,
  /** "20 insurgents were killed": an actor things happen to is never the one acting. */
  victims: z.strictObject({ auxiliaries: phrases, verbs: phrases }),
  /** Places named only to locate another ("near X", "5 km from X", "between X and Y"). */
  landmarks: z.strictObject({
    leads: phrases,
    leadSuffix: z.string().min(1),
    between: z.string().min(1),
    betweenSuffix: z.string().min(1),
    betweenPair: z.string().min(1),
    directions: phrases,
    distanceUnits: phrases,
    settlements: phrases,
    betweenSettlements: phrases,
  }),
  /**
   * Places named near these are not where anything happened: a gathering's venue or an embassy's
   * owner ("a summit in Addis Ababa", "embassies of Rwanda"), a route's ends ("the road that
   * links X and Y").
   */
  mereMentions: z.strictObject({ gatherings: phrases, routes: phrases }),
  /** "X in (the) Y": Y only says where X is. */
  parentLead: z.string().min(1),
  /** What may join two places of one list ("X and Y", "X, Y"). */
  listJoins: phrases,
  /** "12 killed, including 3 children": the later figures are part of the first, not added to it. */
  fatalitySubsets: phrases,
  /** Whom a crowd is counted in ("thousands of protesters", "300 students"): its size is tagged. */
  crowdMembers: phrases,
  /** "a farmer was shot dead", "killed a trader": one death though no number is written. */
  oneDeath: z.strictObject({ determiners: phrases, people: phrases, killings: phrases }),
});

export type EventLexicon = z.infer<typeof EventLexiconSchema>;
export type EventCue = Omit<z.infer<typeof CueSchema>, 'phrases'>;
