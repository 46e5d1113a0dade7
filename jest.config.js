/** ESM Payload needs native ESM in Jest: run with NODE_OPTIONS=--experimental-vm-modules (npm test does). */
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', tsx: true },
      transform: { react: { runtime: 'automatic' } },
      target: 'es2022',
    },
    module: { type: 'es6' },
  },
]

const common = {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts', '.tsx'],
  transform: { '^.+\\.(t|j)sx?$': swc },
  moduleNameMapper: {
    '^@payload-config$': '<rootDir>/payload.config.ts',
    '^@/(.*)$': '<rootDir>/src/$1',
    '^server-only$': '<rootDir>/tests/setup/empty.js',
    '\\.(css|scss)$': '<rootDir>/tests/setup/empty.js',
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
}

const config = {
  testTimeout: 60_000,
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/tests/unit/**/*.test.ts'] },
    {
      ...common,
      displayName: 'int',
      testMatch: ['<rootDir>/tests/int/**/*.test.ts'],
      setupFiles: ['<rootDir>/tests/setup/temporaryDatabase.ts'],
    },
    {
      ...common,
      displayName: 'web',
      testMatch: ['<rootDir>/tests/http/**/*.test.ts', '<rootDir>/tests/e2e/**/*.test.ts'],
      globalSetup: '<rootDir>/tests/setup/webServer.start.ts',
      globalTeardown: '<rootDir>/tests/setup/webServer.stop.ts',
    },
    // nginx + several `next start` + redis, started by each file (scripts/topology.mjs); needs a build.
    { ...common, displayName: 'topology', testMatch: ['<rootDir>/tests/topology/**/*.test.ts'] },
  ],
}

export default config
