export * from './paths';
export * from './ports';
export * from './process';
export * from './secrets';
export * from './database';
export * from './cms';
export * from './admin';
export * from './web';
