import type { ExecArgs, ISearchModuleService } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { progressBar } from "@zhunong/common/server/progress-bar"
import { checkProductIndexWorkflow } from "@zhunong/search/workflows"

/**
 * The shop's product search index from the command line (DATABASE_URL as for the backend):
 *   npx medusa exec ./src/scripts/search.ts reindex  — rebuild it, with a progress bar; it swaps in when complete
 *   npx medusa exec ./src/scripts/search.ts check    — how far it drifted from the catalog (exit 1 if at all)
 *   npx medusa exec ./src/scripts/search.ts repair   — the same, and rewrite what drifted
 */
export default async function searchIndex({ container, args }: ExecArgs) {
  const command = args[0] ?? "check"
  if (command === "reindex") return reindex(container)
  if (command !== "check" && command !== "repair")
    throw new Error(`unknown command "${command}": reindex | check | repair`)
  const { result } = await checkProductIndexWorkflow(container).run({ input: { repair: command === "repair" } })
  console.log(
    `${result.checked} products checked: ${result.missing.length} missing, ${result.stale.length} stale, ` +
      `${result.extra.length} extra${result.repaired ? " — repaired" : ""}`
  )
  for (const [label, ids] of [
    ["missing", result.missing],
    ["stale", result.stale],
    ["extra", result.extra],
  ] as const)
    if (ids.length) console.log(`  ${label}: ${ids.slice(0, 20).join(", ")}${ids.length > 20 ? ", …" : ""}`)
  if (command === "check" && result.missing.length + result.stale.length + result.extra.length) process.exitCode = 1
}

type Container = ExecArgs["container"]

/** A full rebuild, its progress drawn from the sync row the Search module updates after each batch it writes. */
async function reindex(container: Container) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const db = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const { metadata } = await query.graph({ entity: "product", fields: ["id"], pagination: { skip: 0, take: 1 } })
  const total = metadata?.count ?? 0
  const started = new Date()
  const bar = progressBar("Reindexing products", total)
  const timer = setInterval(async () => {
    // the module's own bookkeeping table: read only, for the progress of the run just started
    const [row] = await db("search_index_sync")
      .where("created_at", ">=", started)
      .orderBy("created_at", "desc")
      .first("documents_synced")
      .then((r: { documents_synced: number } | undefined) => (r ? [r] : []))
    if (row) bar.update(row.documents_synced)
  }, 1000)
  try {
    await container
      .resolve<ISearchModuleService & { reindex(input: { index: string }): Promise<unknown> }>(Modules.SEARCH)
      .reindex({ index: "product" })
  } finally {
    clearInterval(timer)
  }
  bar.finish()
}
