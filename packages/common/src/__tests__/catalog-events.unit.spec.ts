import { describe, expect, it } from "vitest"
import { RevalidateBody, SHOP_CACHE_EVENTS, shopCacheTagsOf } from "../catalog-events"

describe("the shop cache's tags", () => {
  it("makes only the product reads stale when stock or a price moves, the origin tree too when a product moves county", () => {
    expect(shopCacheTagsOf("reservation-item.created")).toEqual(["products"])
    expect(shopCacheTagsOf("product-variant.updated")).toEqual(["products"])
    expect(shopCacheTagsOf("product.origin_set")).toEqual(["products", "origins"])
    expect(shopCacheTagsOf("supplier.suspended")).toEqual(["products", "origins"])
    expect(shopCacheTagsOf("certificate.revoked")).toEqual(["products", "certificates"])
    expect(shopCacheTagsOf("product-category.updated")).toEqual(["categories"])
    expect(shopCacheTagsOf("order.placed")).toEqual([])
  })

  it("subscribes to every event that makes some tag stale", () => {
    for (const event of SHOP_CACHE_EVENTS) expect(shopCacheTagsOf(event), event).not.toEqual([])
  })

  it("accepts only known tags", () => {
    expect(RevalidateBody.safeParse({ tags: ["products", "origins"] }).success).toBe(true)
    expect(RevalidateBody.safeParse({ tags: [] }).error?.issues[0].message).toBe("tags: 至少一个缓存标签")
    expect(RevalidateBody.safeParse({ tags: ["orders"] }).error?.issues[0].message).toBe("tags: 未知的缓存标签")
  })
})
