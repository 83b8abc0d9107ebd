import { defineConfig } from 'vitest/config';

// Three projects: pure unit tests, integration tests against a real Neo4j started once by the global setup,
// and browser tests in headless Chromium. Integration and browser tests share one database, so their files run
// one at a time. Every fast-check property runs from one fixed seed (test/setup/fastCheck.ts).
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: ['test/integration/**', 'test/browser/**', 'node_modules/**'],
          setupFiles: ['test/setup/fastCheck.ts'],
          testTimeout: 300_000,
        },
      },
      {
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts', 'test/browser/**/*.test.ts'],
          globalSetup: ['test/setup/neo4j.ts'],
          setupFiles: ['test/setup/fastCheck.ts'],
          fileParallelism: false,
          testTimeout: 600_000,
          hookTimeout: 600_000,
        },
      },
    ],
  },
});
