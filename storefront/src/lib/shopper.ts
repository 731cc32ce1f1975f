/**
 * What the shop's header says about the shopper (GET /api/shopper). The header's pages are the
 * same for everyone and cached, so this part is asked for by the browser after the page loads.
 */
export interface Shopper {
  signedIn: boolean
  /** Units in the open cart. */
  cartCount: number
}

/** Fired in the browser when something may have changed the cart or the sign-in. */
export const SHOPPER_CHANGED = "zn:shopper-changed"
