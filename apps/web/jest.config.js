const nextJest = require('next/jest');

/** next/jest: SWC transforms, CSS and image mocks, `server-only` stubbed, next.config loaded. */
const createJestConfig = nextJest({ dir: __dirname });

const shared = {
  moduleNameMapper: { '^@/(.*)$': '<rootDir>/$1' },
  // Build output (.next, .next-test) holds copies of the app that must not be mistaken for it.
  modulePathIgnorePatterns: ['<rootDir>/\\.next'],
};

/** Two projects: components in jsdom, and HTML from a real `next start` against a real Strapi. */
module.exports = async () => ({
  // Per test; the HTML tests wait for a real CMS and a real revalidation.
  testTimeout: 30_000,
  projects: [
    await createJestConfig({
      ...shared,
      displayName: 'components',
      testEnvironment: 'jsdom',
      testMatch: ['<rootDir>/tests/components/**/*.test.tsx'],
      setupFilesAfterEnv: ['<rootDir>/tests/components/setup.ts'],
    })(),
    await createJestConfig({
      ...shared,
      displayName: 'html',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/tests/html/**/*.test.ts'],
      globalSetup: '<rootDir>/tests/html/global-setup.ts',
      globalTeardown: '<rootDir>/tests/html/global-teardown.ts',
    })(),
    // Faults and load: boots its own stack per file; run with `pnpm test:resilience`.
    await createJestConfig({
      ...shared,
      displayName: 'resilience',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/tests/resilience/**/*.test.ts'],
    })(),
    // The production topology: a real `pnpm start:cluster` (nginx edge, replicas); `pnpm test:cluster`.
    await createJestConfig({
      ...shared,
      displayName: 'cluster',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/tests/cluster/**/*.test.ts'],
    })(),
  ],
});
