import { MedusaService } from "@medusajs/framework/utils"
import { Supplier } from "./models/supplier"
import { SupplierEvent } from "./models/supplier-event"
import { SupplierFile } from "./models/supplier-file"
import { SupplierNotification } from "./models/supplier-notification"
import { SupplierPart } from "./models/supplier-part"
import { SupplierUser } from "./models/supplier-user"

export default class MarketplaceModuleService extends MedusaService({
  Supplier,
  SupplierEvent,
  SupplierUser,
  SupplierPart,
  SupplierNotification,
  SupplierFile,
}) {}
