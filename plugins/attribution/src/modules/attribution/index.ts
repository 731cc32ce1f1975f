import type { MedusaContainer } from "@medusajs/framework/types"
import { Module } from "@medusajs/framework/utils"
import AttributionModuleService from "./service"

export const ATTRIBUTION_MODULE = "attribution"

export default Module(ATTRIBUTION_MODULE, {
  service: AttributionModuleService,
})

export type { default as AttributionModuleService } from "./service"

/** The attribution module's service, as steps, hooks and routes resolve it. */
export const attribution = (container: Pick<MedusaContainer, "resolve">) =>
  container.resolve<AttributionModuleService>(ATTRIBUTION_MODULE)
