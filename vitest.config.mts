import { defineConfig } from "vitest/config"

/**
 * One runner for the whole repository, in two groups. First the unit and integration files, two at
 * a time: an integration file boots Medusa on a database of its own (and, with REDIS_URL, a Redis
 * database of its own: test/support/register-ts.mts), and half its time is spent waiting on
 * Postgres, so two keep both cores busy. Then the browser and smoke files, one at a time: each runs
 * `npm start` (which rebuilds what the integration files load) and measures or races on the machine.
 * All share the Postgres that test/support/global-setup.ts provides.
 */
export default defineConfig({
  test: {
    globalSetup: ["test/support/global-setup.ts"],
    projects: [
      {
        test: {
          name: "unit",
          sequence: { groupOrder: 0 },
          maxWorkers: 2,
          include: ["{backend,packages/*,plugins/*,seed,scripts,storefront/src}/**/__tests__/**/*.unit.spec.ts"],
          exclude: ["**/node_modules/**", "**/.medusa/**"],
        },
      },
      {
        test: {
          name: "integration",
          sequence: { groupOrder: 0 },
          maxWorkers: 2,
          include: [
            "{backend,plugins/*}/integration-tests/**/*.spec.ts",
            "scripts/**/__tests__/**/*.integration.spec.ts",
            "test/integration/**/*.spec.ts",
          ],
          exclude: ["**/node_modules/**", "**/.medusa/**"],
          globals: true,
          pool: "forks",
          setupFiles: ["test/support/register-ts.mts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: "e2e",
          sequence: { groupOrder: 1 },
          maxWorkers: 1,
          include: ["test/e2e/**/*.spec.ts"],
          // A browser waits on what the backend's subscribers do after a request answers (an order's
          // split among suppliers, a revalidated page): vitest's 1 s poll default is shorter than that
          // on a busy two-core CI machine.
          expect: { poll: { timeout: 20_000, interval: 250 } },
          testTimeout: 5 * 60_000,
          hookTimeout: 15 * 60_000,
        },
      },
      {
        test: {
          name: "smoke",
          sequence: { groupOrder: 1 },
          maxWorkers: 1,
          include: ["test/smoke/**/*.spec.ts"],
          testTimeout: 15 * 60_000,
          hookTimeout: 15 * 60_000,
        },
      },
    ],
  },
})
