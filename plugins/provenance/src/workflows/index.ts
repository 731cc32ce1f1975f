// What other packages may run of provenance's workflows (the package's `exports`: ./workflows), and what they take.
export * from "./provenance/workflows/apply-certificate"
export * from "./provenance/workflows/import-division-flags"
export * from "./provenance/workflows/import-pairings"
export * from "./provenance/workflows/link-certificate-products"
export * from "./provenance/workflows/load-divisions"
export * from "./provenance/workflows/set-product-origin"
export * from "./provenance/workflows/transition-certificate"
export type { CertificateApplication } from "./provenance/steps/certificates"
