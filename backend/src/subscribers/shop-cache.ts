import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { SHOP_CACHE_EVENTS, shopCacheTagsOf, type ShopCacheTag } from "@zhunong/common/catalog-events"
import { readEnv } from "../lib/env"

/** Events arriving within this window share one call: an import or an order moves many rows at once. */
const GATHER_MS = 250

const pending = new Set<ShopCacheTag>()
let timer: NodeJS.Timeout | null = null
let failing = false
/** Read once: stock events come with every order, and the environment does not change while the process runs. */
let env: ReturnType<typeof readEnv> | undefined

/**
 * Tells the storefront which of its cached catalog reads a change made stale (its POST
 * /api/revalidate), so a new price, stock level or certificate shows within a second or two while
 * every shopper is otherwise served from the cache. Not a workflow: it writes nothing here, and a
 * lost call costs at most the storefront's hour-long cache lifetime.
 */
export default async function revalidateShopCache({ event, container }: SubscriberArgs<unknown>) {
  const { STOREFRONT_URL, SHOP_REVALIDATE_SECRET } = (env ??= readEnv())
  if (!SHOP_REVALIDATE_SECRET) return
  for (const tag of shopCacheTagsOf(event.name)) pending.add(tag)
  if (timer || !pending.size) return
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  timer = setTimeout(() => {
    const tags = [...pending]
    pending.clear()
    timer = null
    fetch(`${STOREFRONT_URL}/api/revalidate`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-revalidate-secret": SHOP_REVALIDATE_SECRET },
      body: JSON.stringify({ tags }),
      signal: AbortSignal.timeout(5_000),
    })
      .then((response) => {
        if (!response.ok) throw new Error(`HTTP ${response.status}`)
        if (failing) logger.info("Shop cache: the storefront answers revalidation calls again.")
        failing = false
      })
      .catch((error: Error) => {
        // once per outage: while the seed runs or the storefront restarts there is nobody to tell
        if (!failing) logger.warn(`Shop cache: could not tell the storefront (${tags.join(", ")}): ${error.message}`)
        failing = true
      })
  }, GATHER_MS)
}

export const config: SubscriberConfig = { event: SHOP_CACHE_EVENTS }
