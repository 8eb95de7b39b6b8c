export * from './limits';
export * from './blocks';
export * from './article';
export * from './cache-tags';
export * from './comment';
export * from './urls';
export * from './stories';
export * from './notifications';
