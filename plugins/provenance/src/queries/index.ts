// What other packages may ask provenance (the package's `exports`: ./queries): certificates valid
// for products on a date, and each certificate's history.
export * from "./certified-products"
export { certificatesValidAt, type CertificateHistory } from "../lib/certified-on"
export { PAIRING_TYPE_LABELS } from "../lib/pairing-types"
