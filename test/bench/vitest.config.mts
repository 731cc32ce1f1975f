import { fileURLToPath } from "node:url"
import { defineConfig } from "vitest/config"

/**
 * Benchmarks: `npm run bench`. Not part of `npm test`: they print figures (and compare with a
 * baseline measured in the same run) rather than pass or fail on time, and docs/benchmarks.md is
 * written from them when the run ends. They boot Medusa like the
 * integration tests do, on the same Postgres setup.
 */
export default defineConfig({
  test: {
    root: fileURLToPath(new URL("../..", import.meta.url)),
    include: ["test/bench/**/*.bench.spec.ts"],
    globalSetup: ["test/support/global-setup.ts", "test/bench/support/write-report.ts"],
    setupFiles: ["test/support/register-ts.mts"],
    globals: true,
    pool: "forks",
    fileParallelism: false,
    testTimeout: 15 * 60_000,
    hookTimeout: 5 * 60_000,
  },
})
