import { wordSet } from './words';

/* Words around a counted noun: what ends it and what kind of thing it is (lower case). */

/** Determiners and the like skipped between "of" and a counted noun: "dozens of the attackers". */
export const OF_DETERMINERS: ReadonlySet<string> = wordSet(`
  the these those their his her its our
`);

/** After "of", these mean the count refers back to an earlier noun ("11 of whom", "scores of them"). */
export const OF_PRONOUNS: ReadonlySet<string> = wordSet(`
  them whom which us those these it you
`);

/** Words right after a number that modify it rather than name what is counted ("24 more", "dozens more"). */
export const COUNT_MODIFIERS: ReadonlySet<string> = wordSet(`
  more additional further extra other
`);

/** Function words, and common verbs after a bare count ("11 million remain"), that end a counted noun phrase. */
export const HEAD_STOPS: ReadonlySet<string> = wordSet(`
  a an the this that these those who whom which whose were was are is be been being have has had
  will would could should may might can must do did does and or but nor in on at by for from to with
  without into onto over under near across along among between after before during since until of as
  than per via including while whereas said say says according reportedly allegedly also still each
  every most others their his her its our your my them they he she it we you not no only just all
  both either neither some any there here when where why how what if then so too very up down out
  off away ago later earlier today yesterday tonight now again against inside outside around about
  following across throughout amid despite because though although whom remain remained stay stayed
  live lived need needed face faced lack reached took went came arrived left got told returned
`);

/** Counted nouns that are objects or places, never casualties ("five military tanks", "25 bases"). */
export const THING_NOUNS: ReadonlySet<string> = wordSet(`
  locations location positions position bases base districts district villages village towns town
  cities city neighbourhoods neighborhoods areas area regions region provinces province states
  countries homes houses house home buildings building shops schools hospitals clinics mosques
  churches tanks tank vehicles vehicle trucks cars rockets missiles drones shells bombs mortars
  rounds munitions weapons rifles guns launchers aircraft helicopters jets planes warplanes bombers
  airstrikes strikes attacks raids incidents operations checkpoints roads highways bridges hills
  fields airfields airports camps sites targets facilities structures points fronts pivots routes
  projectiles explosions barrels boats ships vessels apartments blocks crops containers centers
  centres headquarters quarters depots warehouses outposts settlements hamlets communities markets
  wells pipelines plants stations tunnels trenches barracks ammunition tonnes cases times votes
  seats pieces items devices ieds mines landmines grenades cartridges bullets cannons batteries
  artillery armoured armored motorcycles pickups technicals convoys flights sorties
`);

/** Nouns for people that do not follow the suffix rules in isPersonNoun. */
export const PERSON_NOUNS: ReadonlySet<string> = wordSet(`
  people persons person children child kids women woman men man girls boys babies infants minors
  families households individuals adults elderly pilgrims troops police personnel staff crew members
  relatives youths youth victims hostages prisoners captives detainees refugees migrants idps bodies
  casualties soldiers soldier officers commanders leaders officials suspects militia militias
  mercenaries rebels rebel jihadists civilians civilian militants militant insurgents fighters
  fighter gunmen recruits conscripts guards cadets doctors nurses patients students pupils teachers
  journalists reporters farmers herders villagers residents worshippers protesters protestors
  demonstrators deputies lives deaths
`);

/** Plurals that do not end in -s. */
export const IRREGULAR_PLURALS: ReadonlySet<string> = wordSet(`
  people children women men police personnel staff crew militia youth elderly aircraft cattle
  livestock sheep ammunition artillery equipment infantry
`);
