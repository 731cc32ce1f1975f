// What other packages may run of attribution's workflows (the package's `exports`: ./workflows).
export * from "./attribution/workflows/create-units"
export * from "./attribution/workflows/memberships"
export * from "./attribution/workflows/set-purchase-intent"
export * from "./attribution/workflows/set-unit-basis"
export * from "./attribution/workflows/update-unit"
