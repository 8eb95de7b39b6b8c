/** Fault and recovery tests: slower, they stop and restart real processes and databases. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests/resilience'],
  transform: { '^.+\\.ts$': '@swc/jest' },
  testTimeout: 180_000,
};
