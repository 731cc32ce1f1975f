import { resolve } from "node:path"
import { z } from "@medusajs/framework/zod"

/**
 * Every environment variable the product reads, validated once per process. The launcher
 * (scripts/start.ts) and medusa-config.ts both call `readEnv`, so a bad value stops start-up
 * before anything is spawned, with a message that names the variable.
 * Keep this table and the README's configuration table in step.
 */
const port = z.coerce.number().int().min(1).max(65535)
const DEV_SECRET = "zhunong-development-secret-not-for-production"

const WECHATPAY_KEYS = [
  "WECHATPAY_MCHID",
  "WECHATPAY_APPID",
  "WECHATPAY_SERIAL",
  "WECHATPAY_PRIVATE_KEY",
  "WECHATPAY_PUBLIC_KEY_ID",
  "WECHATPAY_PUBLIC_KEY",
  "WECHATPAY_APIV3_KEY",
] as const

const schema = z
  .object({
    NODE_ENV: z.enum(["development", "test", "staging", "production"]).default("development"),
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\/.+/, "must be a postgres:// or postgresql:// URL")
      .optional(),
    DATA_DIR: z.string().min(1).default(".data"),
    UPLOAD_DIR: z.string().min(1).optional(),
    PRIVATE_UPLOAD_DIR: z.string().min(1).optional(),
    EMBEDDED_PG_PORT: port.default(54329),
    REDIS_URL: z
      .string()
      .regex(/^rediss?:\/\/.+/, "must be a redis:// or rediss:// URL")
      .optional(),
    PORT: port.default(9000),
    STOREFRONT_PORT: port.default(8000),
    BACKEND_URL: z.url().optional(),
    STOREFRONT_URL: z.url().optional(),
    STORE_CORS: z.string().optional(),
    ADMIN_CORS: z.string().optional(),
    AUTH_CORS: z.string().optional(),
    JWT_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
    COOKIE_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
    ADMIN_EMAIL: z.email().default("admin@zhunong.local"),
    ADMIN_PASSWORD: z.string().min(8, "must be at least 8 characters").default("zhunong-admin-2026"),
    BANK_TRANSFER_PAYEE_NAME: z.string().min(1).default("助农集市（上海）供应链管理有限公司"),
    BANK_TRANSFER_PAYEE_BANK: z.string().min(1).default("中国工商银行上海市松江支行"),
    BANK_TRANSFER_PAYEE_ACCOUNT: z.string().min(1).default("1001 2345 6789 0123 456"),
    BANK_TRANSFER_DUE_DAYS: z.coerce.number().int().min(1).max(365).default(15),
    BANK_TRANSFER_GRACE_DAYS: z.coerce.number().int().min(0).max(365).default(7),
    STRIPE_API_KEY: z
      .string()
      .regex(/^(sk|rk)_(test|live)_\w+$/, "must be a Stripe secret key (sk_test_… or sk_live_…)")
      .optional(),
    STRIPE_WEBHOOK_SECRET: z
      .string()
      .regex(/^whsec_\w+$/, "must be a Stripe webhook signing secret (whsec_…)")
      .optional(),
    /** The shop's Payment Element runs in the browser with the account's publishable key; without it the shop does not offer Stripe. */
    STRIPE_PUBLISHABLE_KEY: z
      .string()
      .regex(/^pk_(test|live)_\w+$/, "must be a Stripe publishable key (pk_test_… or pk_live_…)")
      .optional(),
    /** Another Stripe API endpoint (stripe-mock, or the contract test's server); unset: api.stripe.com. */
    STRIPE_API_BASE: z.url().optional(),
    /** Comma-separated Stripe payment method types; card by default, alipay / wechat_pay where the account's country allows. */
    STRIPE_PAYMENT_METHODS: z
      .string()
      .regex(/^[a-z_]+(,[a-z_]+)*$/, "must be comma-separated payment method types, e.g. card,alipay")
      .default("card"),
    /** 支付宝 direct: all three turn it on (keys as PEM or bare base64; `\\n` in one line stands for a line break). */
    ALIPAY_APP_ID: z
      .string()
      .regex(/^\d{10,32}$/, "must be the application's numeric APPID")
      .optional(),
    ALIPAY_PRIVATE_KEY: z.string().min(100, "must be the application's RSA private key").optional(),
    ALIPAY_PUBLIC_KEY: z.string().min(100, "must be Alipay's RSA public key").optional(),
    /** Alipay's gateway: its sandbox (https://openapi-sandbox.dl.alipaydev.com/gateway.do) or the contract test's stand-in. */
    ALIPAY_GATEWAY: z.url().optional(),
    /** 微信支付 direct (Native): the merchant, its API certificate serial and private key, WeChat Pay's public key and its id, the APIv3 key. */
    WECHATPAY_MCHID: z
      .string()
      .regex(/^\d{8,12}$/, "must be the merchant's numeric 商户号")
      .optional(),
    WECHATPAY_APPID: z.string().min(1).optional(),
    WECHATPAY_SERIAL: z.string().min(1).optional(),
    WECHATPAY_PRIVATE_KEY: z.string().min(100, "must be the merchant's API private key (PEM)").optional(),
    WECHATPAY_PUBLIC_KEY_ID: z.string().min(1).optional(),
    WECHATPAY_PUBLIC_KEY: z.string().min(100, "must be WeChat Pay's public key (PEM)").optional(),
    WECHATPAY_APIV3_KEY: z.string().length(32, "must be the 32-character APIv3 key").optional(),
    /** Another endpoint than api.mch.weixin.qq.com: the contract test's stand-in. */
    WECHATPAY_BASE_URL: z.url().optional(),
    /** A Meilisearch server (≥ 1.20) for the shop's search instead of Postgres, and its API key. */
    MEILISEARCH_HOST: z.url().optional(),
    MEILISEARCH_API_KEY: z.string().min(1).optional(),
    /** `false`: the first-run seed leaves out the demo year (suppliers of every paired county, a year of orders); for test stacks that do not need it. */
    SEED_DEMO_YEAR: z.enum(["true", "false"], "must be true or false").default("true"),
    /** Shared by the backend and the storefront: the backend's call that makes cached catalog pages stale. `npm start` generates one. */
    SHOP_REVALIDATE_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
    LOG_LEVEL: z.enum(["error", "warn", "info", "http", "verbose", "debug", "silly"]).default("info"),
  })
  .superRefine((env, ctx) => {
    const alipay = [env.ALIPAY_APP_ID, env.ALIPAY_PRIVATE_KEY, env.ALIPAY_PUBLIC_KEY].filter(Boolean).length
    if (alipay && alipay < 3)
      ctx.addIssue({
        code: "custom",
        path: ["ALIPAY_APP_ID"],
        message: "set ALIPAY_APP_ID, ALIPAY_PRIVATE_KEY and ALIPAY_PUBLIC_KEY together",
      })
    // a publishable key of another mode than the secret key would confirm intents Stripe cannot find
    const mode = (key: string | undefined) => key?.split("_")[1]
    if (env.STRIPE_PUBLISHABLE_KEY && mode(env.STRIPE_PUBLISHABLE_KEY) !== mode(env.STRIPE_API_KEY))
      ctx.addIssue({
        code: "custom",
        path: ["STRIPE_PUBLISHABLE_KEY"],
        message: "needs STRIPE_API_KEY of the same mode (both test or both live)",
      })
    const wechat = WECHATPAY_KEYS.filter((key) => env[key]).length
    if (wechat && wechat < WECHATPAY_KEYS.length)
      ctx.addIssue({ code: "custom", path: ["WECHATPAY_MCHID"], message: `set ${WECHATPAY_KEYS.join(", ")} together` })
    if (env.NODE_ENV !== "production") return
    for (const key of ["JWT_SECRET", "COOKIE_SECRET"] as const) {
      if (!env[key]) {
        ctx.addIssue({ code: "custom", path: [key], message: "is required when NODE_ENV=production" })
      }
    }
  })
  .transform((env) => {
    const backendUrl = env.BACKEND_URL ?? `http://localhost:${env.PORT}`
    const storefrontUrl = env.STOREFRONT_URL ?? `http://localhost:${env.STOREFRONT_PORT}`
    return {
      ...env,
      BACKEND_URL: backendUrl,
      // Absolute, so the seed (run in backend/) and the server (run in its build) use one folder.
      UPLOAD_DIR: resolve(env.UPLOAD_DIR ?? "static"),
      // Beside the public folder, never inside it: GET /uploads/:name cannot reach a private file.
      PRIVATE_UPLOAD_DIR: resolve(env.PRIVATE_UPLOAD_DIR ?? `${env.UPLOAD_DIR ?? "static"}-private`),
      STOREFRONT_URL: storefrontUrl,
      STORE_CORS: env.STORE_CORS ?? storefrontUrl,
      ADMIN_CORS: env.ADMIN_CORS ?? backendUrl,
      AUTH_CORS: env.AUTH_CORS ?? `${storefrontUrl},${backendUrl}`,
      ALIPAY_PRIVATE_KEY: env.ALIPAY_PRIVATE_KEY?.replace(/\\n/g, "\n"),
      ALIPAY_PUBLIC_KEY: env.ALIPAY_PUBLIC_KEY?.replace(/\\n/g, "\n"),
      WECHATPAY_PRIVATE_KEY: env.WECHATPAY_PRIVATE_KEY?.replace(/\\n/g, "\n"),
      WECHATPAY_PUBLIC_KEY: env.WECHATPAY_PUBLIC_KEY?.replace(/\\n/g, "\n"),
      JWT_SECRET: env.JWT_SECRET ?? DEV_SECRET,
      COOKIE_SECRET: env.COOKIE_SECRET ?? DEV_SECRET,
    }
  })

export type Env = z.output<typeof schema>

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join("\n")}`)
    this.name = "ConfigError"
  }
}

export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  // An empty variable (`DATABASE_URL=`) means "not set", as in most shells' .env files.
  const present = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== ""))
  const result = schema.safeParse(present)
  if (result.success) return result.data
  throw new ConfigError(result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`))
}
