// medusaIntegrationTestRunner requires medusa-config.ts and the app's TypeScript sources at run
// time, outside vitest's transform; ts-node (with SWC, as Medusa's own CLI uses) compiles them.
import { register } from "ts-node"

register({ transpileOnly: true, swc: true, compilerOptions: { module: "commonjs" } })
