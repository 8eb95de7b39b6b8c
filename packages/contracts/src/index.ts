export * from './limits';
export * from './blocks';
export * from './article';
