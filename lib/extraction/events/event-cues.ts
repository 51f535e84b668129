import type { EventType, SubEventType } from '../../schema';
import { PhraseIndex } from '../matcher/phrase-index';

/**
 * Words that say what kind of event a sentence reports. `territory` cues become "Government
 * regains territory" or "Non-state actor overtakes territory" depending on who acts; `repel`
 * cues mark a defender as the subject, so the attacker is actor 1.
 */
export interface EventCue {
  eventType: EventType;
  subEventType: SubEventType;
  /** Higher wins when one sentence has several cues. */
  priority: number;
  territory?: boolean;
  repel?: boolean;
}

type CueSpec = [phrases: string, cue: EventCue];

const cue = (
  eventType: EventType,
  subEventType: SubEventType,
  priority: number,
  extra: Partial<EventCue> = {},
) => ({
  eventType,
  subEventType,
  priority,
  ...extra,
});

const TERRITORY = cue('Battles', 'Government regains territory', 90, { territory: true });
const CLASH = cue('Battles', 'Armed clash', 50);
const REPEL = cue('Battles', 'Armed clash', 55, { repel: true });
const AIR = cue('Explosions/Remote violence', 'Air/drone strike', 70);
const SHELLING = cue('Explosions/Remote violence', 'Shelling/artillery/missile attack', 65);
const IED = cue('Explosions/Remote violence', 'Remote explosive/landmine/IED', 75);
const SUICIDE = cue('Explosions/Remote violence', 'Suicide bomb', 85);
const CHEMICAL = cue('Explosions/Remote violence', 'Chemical weapon', 88);
const GRENADE = cue('Explosions/Remote violence', 'Grenade', 72);
const CIVILIAN_ATTACK = cue('Violence against civilians', 'Attack', 40);
const ABDUCTION = cue('Violence against civilians', 'Abduction/forced disappearance', 60);
const SEXUAL = cue('Violence against civilians', 'Sexual violence', 60);
const PROTEST = cue('Protests', 'Peaceful protest', 30);
const PROTEST_INTERVENTION = cue('Protests', 'Protest with intervention', 35);
const RIOT = cue('Riots', 'Violent demonstration', 33);
const MOB = cue('Riots', 'Mob violence', 34);
const ARREST = cue('Strategic developments', 'Arrests', 25);
const AGREEMENT = cue('Strategic developments', 'Agreement', 20);
const LOOTING = cue('Strategic developments', 'Looting/property destruction', 22);
const TRANSFER = cue('Strategic developments', 'Non-violent transfer of territory', 21);
const DISRUPTED = cue('Strategic developments', 'Disrupted weapons use', 23);
const BASE = cue('Strategic developments', 'Headquarters or base established', 19);
const OTHER = cue('Strategic developments', 'Other', 10);

/** Comma-separated phrases (word forms spelled out: matching is on whole folded words). */
const CUES: CueSpec[] = [
  [
    'captured, recaptured, retook, retaken, recapture, seized control, seized back control, seized back, took control, taken control, gained control, regained control, win control, won control, liberated, liberate, liberation of, overran, overrun, freed, entered and secured, fell to, fallen to, took over',
    TERRITORY,
  ],
  [
    'clashes, clashed, clash, fighting, fought, battle, battles, battled, firefight, gunfight, exchange of fire, exchanged fire, stormed, storm, assault, offensive, counteroffensive, counter-offensive, ambush, ambushed, attacked, attack on, attacks on, attacked positions, attacks against',
    CLASH,
  ],
  ['repelled, repulsed, fended off, thwarted an attack, foiled an attack, beat back, pushed back', REPEL],
  [
    'airstrike, airstrikes, air strike, air strikes, air raid, air raids, airstrikes on, strike, strikes, warplanes, warplane, jets, fighter jets, aircraft, helicopters, gunships, jets pounded, bombed, bombing raids, aerial attacks, aerial attack, aerial bombardment, aerial shelling, helicopter gunships, barrel bombs, barrel bomb, drone strike, drone strikes, drone attack, drone attacks, drones struck, kamikaze drone, air force, glide bombs, glide bomb, cluster bombs, thermobaric',
    AIR,
  ],
  [
    'shelling, shelled, shell, shells, artillery, mortar, mortars, mortar fire, rocket, rockets, rocket fire, missile, missiles, tank fire, grad, mlrs, multiple rocket, howitzer, ballistic missile, cruise missile, shelled the, pounded, targeted, smashed',
    SHELLING,
  ],
  [
    'ied, improvised explosive, roadside bomb, landmine, landmines, land mine, car bomb, car bombs, explosive device, vbied, booby trap, booby-trapped, blast, explosion, exploded, detonated',
    IED,
  ],
  [
    'suicide bomber, suicide bombers, suicide bombing, suicide attack, suicide car bomb, suicide vest',
    SUICIDE,
  ],
  [
    'chemical attack, chemical weapons, chemical weapon, chlorine, sarin, toxic gas, gas attack, nerve agent',
    CHEMICAL,
  ],
  ['grenade, grenades, hand grenade', GRENADE],
  [
    'massacre, massacred, executed, execution, executions, gunned down, shot dead, killed civilians, opened fire on civilians, stabbed, lynched, burned alive',
    CIVILIAN_ATTACK,
  ],
  ['abducted, kidnapped, abduction, kidnapping, forcibly disappeared, taken hostage, hostages', ABDUCTION],
  ['raped, rape, sexual violence, sexually assaulted', SEXUAL],
  [
    'protest, protests, protested, protesters, protestors, demonstration, demonstrations, demonstrators, rally, rallied, march, marched, sit-in',
    PROTEST,
  ],
  [
    'dispersed protesters, tear gas, teargas, water cannon, broke up the protest, dispersed the demonstration',
    PROTEST_INTERVENTION,
  ],
  ['riot, riots, rioters, rioting', RIOT],
  ['mob, lynch mob, vigilantes', MOB],
  ['arrested, detained, arrest, arrests, detention, rounded up', ARREST],
  [
    'ceasefire agreement, agreed, agreement, truce, signed a deal, peace deal, prisoner exchange, prisoner swap, evacuation deal, reconciliation agreement',
    AGREEMENT,
  ],
  ['looted, looting, torched, set fire, burned homes, demolished, razed, destroyed homes', LOOTING],
  ['withdrew from, handed over, pulled out of, withdrawal from', TRANSFER],
  ['shot down, intercepted, defused, dismantled, seized weapons, weapons cache, arms cache', DISRUPTED],
  ['established a base, set up a base, new headquarters, set up headquarters', BASE],
  ['ultimatum, demanding, vowed, humanitarian pause, unilateral ceasefire, declared a halt', OTHER],
];

let index: PhraseIndex<EventCue> | null = null;

/** The cue dictionary, built once. */
export function eventCueIndex(): PhraseIndex<EventCue> {
  if (index) return index;
  index = new PhraseIndex<EventCue>();
  for (const [phrases, value] of CUES) {
    for (const phrase of phrases.split(',')) index.add(phrase.trim(), value);
  }
  return index;
}
