/**
 * What `npm start` reads from the database to know the demo seed has run, kept free of Medusa
 * imports so the launcher can load it in milliseconds.
 */
/** Bumped when the demo data changes shape; `npm start` seeds when the store's mark differs. */
export const SEED_VERSION = "1"
/** The publishable key the seed creates and the storefront is started with. */
export const PUBLISHABLE_KEY_TITLE = "助农集市 Storefront"
