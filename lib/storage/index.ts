export * from './article-store';
export * from './database';
export * from './settings-store';
export * from './event-store';
export * from './event-batches';
export * from './correction-store';
export * from './confirmed-events-feed';
export * from './export-ids';
