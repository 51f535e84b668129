export { findNumbers } from './find-numbers';
export { conservativeValue } from './conservative';
export type { NumberMention } from './types';
