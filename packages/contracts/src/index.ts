export * from './limits';
export * from './blocks';
export * from './article';
export * from './cache-tags';
export * from './comment';
export * from './notifications';
