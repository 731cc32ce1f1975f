import { MedusaService } from "@medusajs/framework/utils"
import { OfficeUser } from "./models/office-user"

export default class OfficeModuleService extends MedusaService({ OfficeUser }) {}
