export { ACTOR_PASSES, findActors, type ActorMention } from './find-actors';
export { loadActorDictionary, type ActorDictionary } from './dictionary';
export { defaultActorsFor, type ActorContext, type DefaultActors } from './resolve';
export type { ActorWork } from './work';
