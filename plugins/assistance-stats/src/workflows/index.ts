// What other packages may run of assistance-stats' workflows (the package's `exports`: ./workflows).
export * from "./offices/workflows/create-office-account"
export * from "./targets/create-target"
export * from "./offline/offline-purchases"
