import { defineLink } from "@medusajs/framework/utils"
import CustomerModule from "@medusajs/medusa/customer"
import AttributionModule from "../modules/attribution"

/** `membership.customer`: the member's name and email for unit admins and operators. */
export default defineLink(
  { linkable: AttributionModule.linkable.membership, field: "customer_id" },
  CustomerModule.linkable.customer,
  { readOnly: true }
)
