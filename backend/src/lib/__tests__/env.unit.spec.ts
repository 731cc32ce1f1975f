import { resolve } from "node:path"
import { describe, expect, it } from "vitest"
import { ConfigError, readEnv } from "../env"

describe("readEnv", () => {
  it("fills defaults from the ports", () => {
    const env = readEnv({ PORT: "9100", STOREFRONT_PORT: "8100" })
    expect(env.BACKEND_URL).toBe("http://localhost:9100")
    expect(env.STORE_CORS).toBe("http://localhost:8100")
    expect(env.AUTH_CORS).toBe("http://localhost:8100,http://localhost:9100")
    expect(env.DATABASE_URL).toBeUndefined()
    expect(env.EMBEDDED_PG_PORT).toBe(54329)
  })

  it("makes the upload folder absolute, so the seed and the server (run in different folders) share it", () => {
    expect(readEnv({ UPLOAD_DIR: "/srv/zhunong/uploads" }).UPLOAD_DIR).toBe("/srv/zhunong/uploads")
    expect(readEnv({ UPLOAD_DIR: "data/uploads" }).UPLOAD_DIR).toBe(resolve("data/uploads"))
    expect(readEnv({}).UPLOAD_DIR).toBe(resolve("static"))
  })

  it("treats an empty variable as unset", () => {
    const env = readEnv({ DATABASE_URL: "", REDIS_URL: "" })
    expect(env.DATABASE_URL).toBeUndefined()
    expect(env.REDIS_URL).toBeUndefined()
  })

  it("names every bad variable in one error", () => {
    let error: unknown
    try {
      readEnv({ DATABASE_URL: "mysql://x", PORT: "70000", REDIS_URL: "localhost:6379" })
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(ConfigError)
    const problems = (error as ConfigError).problems
    expect(problems).toHaveLength(3)
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^DATABASE_URL: must be a postgres/),
        expect.stringMatching(/^PORT: /),
        expect.stringMatching(/^REDIS_URL: must be a redis/),
      ])
    )
  })

  it("requires real secrets in production", () => {
    expect(() => readEnv({ NODE_ENV: "production" })).toThrow(/JWT_SECRET: is required when NODE_ENV=production/)
    expect(() => readEnv({ NODE_ENV: "production", JWT_SECRET: "short", COOKIE_SECRET: "x".repeat(32) })).toThrow(
      /JWT_SECRET: must be at least 32 characters/
    )
    const secret = "s".repeat(32)
    expect(readEnv({ NODE_ENV: "production", JWT_SECRET: secret, COOKIE_SECRET: secret }).JWT_SECRET).toBe(secret)
  })

  it("takes Stripe's publishable key only beside a secret key of the same mode", () => {
    expect(() => readEnv({ STRIPE_PUBLISHABLE_KEY: "pk_test_abc" })).toThrow(
      /STRIPE_PUBLISHABLE_KEY: needs STRIPE_API_KEY of the same mode/
    )
    expect(() => readEnv({ STRIPE_API_KEY: "sk_live_abc", STRIPE_PUBLISHABLE_KEY: "pk_test_abc" })).toThrow(
      /STRIPE_PUBLISHABLE_KEY: needs STRIPE_API_KEY/
    )
    expect(() => readEnv({ STRIPE_API_KEY: "sk_test_abc", STRIPE_PUBLISHABLE_KEY: "sk_test_abc" })).toThrow(
      /STRIPE_PUBLISHABLE_KEY: must be a Stripe publishable key/
    )
    expect(
      readEnv({ STRIPE_API_KEY: "sk_test_abc", STRIPE_PUBLISHABLE_KEY: "pk_test_abc" }).STRIPE_PUBLISHABLE_KEY
    ).toBe("pk_test_abc")
  })
})
