// What other packages may ask of the ledger (the package's `exports`: ./queries): the hash chain's verification.
export * from "./verify-ledger"
