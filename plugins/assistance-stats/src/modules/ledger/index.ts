import type { MedusaContainer } from "@medusajs/framework/types"
import { Module } from "@medusajs/framework/utils"
import LedgerModuleService from "./service"

export const LEDGER_MODULE = "ledger"

export default Module(LEDGER_MODULE, {
  service: LedgerModuleService,
})

export type { default as LedgerModuleService } from "./service"
export type { CompletionInput, LedgerLabels, LedgerWhere } from "./types"
export { partKeyOf } from "./service"

/** The ledger module's service, as steps, queries and routes resolve it. */
export const ledger = (container: Pick<MedusaContainer, "resolve">) =>
  container.resolve<LedgerModuleService>(LEDGER_MODULE)
