/**
 * Browser journeys against the real stack: the global setup builds and boots Strapi and the site
 * once; each test file drives its own Chromium. One file at a time: the machine has two cores.
 */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  transform: { '^.+\\.ts$': '@swc/jest' },
  globalSetup: '<rootDir>/support/global-setup.ts',
  globalTeardown: '<rootDir>/support/global-teardown.ts',
  testTimeout: 120_000,
};
