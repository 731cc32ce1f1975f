import { defineConfig } from "vitest/config"

/**
 * One runner for the whole repository. Files run one at a time: integration files each boot Medusa
 * (CPU-bound on two cores) and the smoke test rebuilds what they load. They share the Postgres that
 * test/support/global-setup.ts provides.
 */
export default defineConfig({
  test: {
    globalSetup: ["test/support/global-setup.ts"],
    fileParallelism: false,
    projects: [
      {
        test: {
          name: "unit",
          include: ["{backend,packages/*,plugins/*,seed,scripts,storefront/src}/**/__tests__/**/*.unit.spec.ts"],
          exclude: ["**/node_modules/**", "**/.medusa/**"],
        },
      },
      {
        test: {
          name: "integration",
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
          include: ["test/smoke/**/*.spec.ts"],
          testTimeout: 15 * 60_000,
          hookTimeout: 15 * 60_000,
        },
      },
    ],
  },
})
