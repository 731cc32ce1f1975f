// medusaIntegrationTestRunner requires medusa-config.ts and the app's TypeScript sources at run
// time, outside vitest's transform; ts-node (with SWC, as Medusa's own CLI uses) compiles them.
import { register } from "ts-node"

register({ transpileOnly: true, swc: true, compilerOptions: { module: "commonjs" } })

// Integration files sign in the same accounts and register dozens from one address within minutes;
// they run with every rate limit raised a hundredfold. The test of the limits sets the real ones (1).
process.env.RATE_LIMIT_FACTOR ??= "100"

// Integration files run two at a time (vitest.config.mts). Each Medusa app on Redis consumes the
// event and workflow queues it finds there, so each worker gets a Redis database of its own (11, 12…),
// apart from the one the stacks of the browser and smoke tests use.
if (process.env.REDIS_URL && process.env.VITEST_POOL_ID) {
  const url = new URL(process.env.REDIS_URL)
  url.pathname = `/${10 + Number(process.env.VITEST_POOL_ID)}`
  process.env.REDIS_URL = url.toString()
}
