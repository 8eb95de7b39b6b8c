/** API tests against a real Strapi (`strapi start`): each test file boots its own on a scratch database. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests/api'],
  transform: { '^.+\\.ts$': '@swc/jest' },
  testTimeout: 60_000,
};
