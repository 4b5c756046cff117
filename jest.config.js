// ESM throughout: @actions/core 3 and @actions/github 9 ship only ESM, so tests run
// under Node's VM modules with ts-jest's ESM preset (as actions/attest does).
/** @type {import('jest').Config} */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: { '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json' }] },
  testMatch: ['**/__tests__/**/*.test.ts'],
  testTimeout: 60_000,
  verbose: false,
}
