import { defineConfig, loadEnv } from "@medusajs/framework/utils"
import type { InputConfigModules } from "@medusajs/framework/types"
import { adminCjkFont } from "./src/lib/admin-cjk-font"
import { readEnv } from "./src/lib/env"

loadEnv(process.env.NODE_ENV || "development", process.cwd())
const env = readEnv()

/** With REDIS_URL, Medusa's Redis-backed event bus, workflow engine, cache and locking replace the in-process defaults. */
function redisModules(redisUrl: string): InputConfigModules {
  return [
    { resolve: "@medusajs/medusa/event-bus-redis", options: { redisUrl } },
    { resolve: "@medusajs/medusa/workflow-engine-redis", options: { redis: { redisUrl } } },
    { resolve: "@medusajs/medusa/cache-redis", options: { redisUrl } },
    {
      resolve: "@medusajs/medusa/locking",
      options: {
        providers: [
          { resolve: "@medusajs/medusa/locking-redis", id: "locking-redis", is_default: true, options: { redisUrl } },
        ],
      },
    },
  ]
}

/**
 * Emails (the code that proves a work address before joining a unit by its domain) go through the
 * local provider, which writes them to the backend log; a real email provider replaces it in production.
 */
const notification = {
  resolve: "@medusajs/medusa/notification",
  options: {
    providers: [
      { resolve: "@medusajs/medusa/notification-local", id: "local", options: { channels: ["feed", "email"] } },
    ],
  },
}

/**
 * Uploaded files are kept outside the build that a rebuild replaces: public ones (product
 * pictures) in UPLOAD_DIR, served by GET /uploads/:name; private ones (evidence, invoices) in
 * PRIVATE_UPLOAD_DIR, served only by routes that check who is asking (GET /supplier/files/:id).
 */
const file = {
  resolve: "@medusajs/medusa/file",
  options: {
    providers: [
      {
        resolve: "@medusajs/medusa/file-local",
        id: "local",
        options: {
          upload_dir: env.UPLOAD_DIR,
          private_upload_dir: env.PRIVATE_UPLOAD_DIR,
          backend_url: `${env.BACKEND_URL}/uploads`,
        },
      },
    ],
  },
}

/**
 * Payment providers (ids in @zhunong/common/payment-rules): 对公转账 always — unit money is paid by
 * remittance against an invoice — and Stripe, Alipay or WeChat Pay for personal purchases only when their keys are set.
 * Medusa's system provider (pp_system_default) is always registered; the demo pays personal orders with it.
 */
const payment = {
  resolve: "@medusajs/medusa/payment",
  options: {
    providers: [
      {
        resolve: "@zhunong/payments/providers/bank-transfer",
        id: "bank-transfer",
        options: {
          payee_name: env.BANK_TRANSFER_PAYEE_NAME,
          payee_bank: env.BANK_TRANSFER_PAYEE_BANK,
          payee_account: env.BANK_TRANSFER_PAYEE_ACCOUNT,
        },
      },
      ...(env.STRIPE_API_KEY
        ? [
            {
              resolve: "@zhunong/payments/providers/stripe",
              id: "stripe",
              options: {
                apiKey: env.STRIPE_API_KEY,
                webhookSecret: env.STRIPE_WEBHOOK_SECRET,
                // the order is paid when the shopper's payment succeeds: capture with the intent
                capture: true,
                paymentMethodTypes: env.STRIPE_PAYMENT_METHODS.split(","),
                apiBase: env.STRIPE_API_BASE,
              },
            },
          ]
        : []),
      ...(env.ALIPAY_APP_ID && env.ALIPAY_PRIVATE_KEY && env.ALIPAY_PUBLIC_KEY
        ? [
            {
              resolve: "@zhunong/payments/providers/alipay",
              id: "alipay",
              options: {
                appId: env.ALIPAY_APP_ID,
                privateKey: env.ALIPAY_PRIVATE_KEY,
                alipayPublicKey: env.ALIPAY_PUBLIC_KEY,
                gateway: env.ALIPAY_GATEWAY,
                notifyUrl: `${env.BACKEND_URL}/hooks/alipay`,
                returnUrl: `${env.STOREFRONT_URL}/checkout/paying`,
              },
            },
          ]
        : []),
      ...(env.WECHATPAY_MCHID &&
      env.WECHATPAY_APPID &&
      env.WECHATPAY_SERIAL &&
      env.WECHATPAY_PRIVATE_KEY &&
      env.WECHATPAY_PUBLIC_KEY_ID &&
      env.WECHATPAY_PUBLIC_KEY &&
      env.WECHATPAY_APIV3_KEY
        ? [
            {
              resolve: "@zhunong/payments/providers/wechat-pay",
              id: "wechat-pay",
              options: {
                mchid: env.WECHATPAY_MCHID,
                appid: env.WECHATPAY_APPID,
                serial: env.WECHATPAY_SERIAL,
                privateKey: env.WECHATPAY_PRIVATE_KEY,
                platformSerial: env.WECHATPAY_PUBLIC_KEY_ID,
                platformPublicKey: env.WECHATPAY_PUBLIC_KEY,
                apiV3Key: env.WECHATPAY_APIV3_KEY,
                notifyUrl: `${env.BACKEND_URL}/hooks/payment/wechat-pay_wechat-pay`,
                baseUrl: env.WECHATPAY_BASE_URL,
              },
            },
          ]
        : []),
    ],
  },
}

/**
 * Medusa's Search module. The shop's index lives in Meilisearch when MEILISEARCH_HOST is set, else in
 * Postgres through our provider that segments Chinese and matches pinyin (@zhunong/search). Medusa's
 * own Postgres provider stays registered: it owns the catalog table's migration, and a switch of
 * provider drops the previous engine's index on migrate.
 */
const searchModule = {
  resolve: "@medusajs/medusa/search",
  options: {
    providers: [
      { resolve: "@medusajs/medusa/search-postgres", id: "postgres", options: { engine: "native" } },
      { resolve: "@zhunong/search/providers/postgres-zh", id: "postgres-zh" },
      ...(env.MEILISEARCH_HOST
        ? [
            {
              resolve: "@zhunong/search/providers/meilisearch",
              id: "meilisearch",
              options: { host: env.MEILISEARCH_HOST, apiKey: env.MEILISEARCH_API_KEY },
            },
          ]
        : []),
    ],
    default_provider: env.MEILISEARCH_HOST ? "search-meilisearch" : "search-postgres-zh",
  },
}

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: env.DATABASE_URL,
    redisUrl: env.REDIS_URL,
    // Medusa marks the admin session cookie Secure in production, and express-session then never
    // sets it over plain http (a local `npm start`). Secure exactly when the public URL is https.
    cookieOptions: { secure: env.BACKEND_URL.startsWith("https://") },
    http: {
      storeCors: env.STORE_CORS,
      adminCors: env.ADMIN_CORS,
      authCors: env.AUTH_CORS,
      jwtSecret: env.JWT_SECRET,
      cookieSecret: env.COOKIE_SECRET,
    },
  },
  // No admin.backendUrl: the admin bundle then calls its own origin, so one build serves any
  // PORT (the smoke test builds on another port than `npm start`).
  admin: { vite: () => ({ plugins: [adminCjkFont()] }) },
  plugins: [
    { resolve: "@zhunong/provenance", options: {} },
    { resolve: "@zhunong/attribution", options: {} },
    { resolve: "@zhunong/marketplace", options: {} },
    { resolve: "@zhunong/assistance-stats", options: {} },
    {
      resolve: "@zhunong/payments",
      options: { due_days: env.BANK_TRANSFER_DUE_DAYS, grace_days: env.BANK_TRANSFER_GRACE_DAYS },
    },
    { resolve: "@zhunong/search", options: {} },
  ],
  modules: [notification, file, payment, searchModule, ...(env.REDIS_URL ? redisModules(env.REDIS_URL) : [])],
})
