import { MedusaService } from "@medusajs/framework/utils"
import { Division } from "./models/division"

export default class ProvenanceModuleService extends MedusaService({ Division }) {}
