// medusaIntegrationTestRunner requires medusa-config.ts and the app's TypeScript sources at run
// time, outside vitest's transform; ts-node (with SWC, as Medusa's own CLI uses) compiles them.
import { register } from "ts-node"

register({ transpileOnly: true, swc: true, compilerOptions: { module: "commonjs" } })

// Integration files sign in the same accounts and register dozens from one address within minutes;
// they run with every rate limit raised a hundredfold. The test of the limits sets the real ones (1).
process.env.RATE_LIMIT_FACTOR ??= "100"
