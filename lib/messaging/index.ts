export * from './listen';
export * from './protocol';
export * from './runtime-messages';
export * from './tab-messages';
export * from './sender-check';
