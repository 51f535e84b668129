export { findNumbers, NUMBER_PASSES } from './find-numbers';
export { conservativeValue } from './conservative';
export type { NumberMention } from './types';
