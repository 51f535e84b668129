export * from './messages';
export * from './messenger';
