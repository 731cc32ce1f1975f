// What other packages may ask of the ledger (the package's `exports`: ./queries): reconciliation and
// the hash chain's verification.
export * from "./reconcile-ledger"
export * from "./verify-ledger"
