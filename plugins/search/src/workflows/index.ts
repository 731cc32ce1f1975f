export * from "./search/workflows/check-product-index"
