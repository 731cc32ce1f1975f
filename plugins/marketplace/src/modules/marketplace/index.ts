import type { MedusaContainer } from "@medusajs/framework/types"
import { Module } from "@medusajs/framework/utils"
import MarketplaceModuleService from "./service"

export const MARKETPLACE_MODULE = "marketplace"

export default Module(MARKETPLACE_MODULE, {
  service: MarketplaceModuleService,
})

export type { default as MarketplaceModuleService } from "./service"

/** The marketplace module's service, as steps and routes resolve it. */
export const marketplace = (container: Pick<MedusaContainer, "resolve">) =>
  container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE)
