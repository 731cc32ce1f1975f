// What other packages may run of the marketplace's workflows (the package's `exports`: ./workflows).
export * from "./marketplace/workflows/listings"
export * from "./marketplace/workflows/parts"
export * from "./marketplace/workflows/register-supplier"
export * from "./marketplace/workflows/set-sourcing-counties"
export * from "./marketplace/workflows/transition-supplier"
export * from "./marketplace/workflows/users"
// A step other packages add to their workflows: the buyer's 验收 and 评价 shown on the supplier's part.
export { recordBuyerVerdictStep } from "./marketplace/steps/parts"
