import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { checkProductIndexWorkflow } from "../workflows/search/workflows/check-product-index"

/**
 * Each night just after midnight in China: the product index is checked against the catalog and
 * repaired — certificates that became valid or lapsed at midnight change no row and send no event —
 * and the drift is reported in the log, so an event that was lost shows up as a number.
 */
export default async function searchConsistency(container: MedusaContainer) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const { result } = await checkProductIndexWorkflow(container).run({ input: { repair: true } })
  const drifted = result.missing.length + result.stale.length + result.extra.length
  const summary = `search index: ${result.checked} products checked, ${result.missing.length} missing, ${result.stale.length} stale, ${result.extra.length} extra`
  if (drifted)
    logger.warn(
      `${summary} — repaired (e.g. ${[...result.missing, ...result.stale, ...result.extra].slice(0, 5).join(", ")})`
    )
  else logger.info(summary)
}

// 00:10 Asia/Shanghai, in the server's UTC
export const config = { name: "search-consistency", schedule: "10 16 * * *" }
