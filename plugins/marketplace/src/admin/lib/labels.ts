import type { SupplierStatus } from "@zhunong/common/supplier-rules"

export const STATUS_COLORS: Record<SupplierStatus, "green" | "orange" | "red" | "grey" | "blue"> = {
  pending: "blue",
  approved: "green",
  suspended: "orange",
  terminated: "grey",
}
