import type { Context } from "@medusajs/framework/types"
import { MikroOrmBase } from "@medusajs/framework/utils"

type Manager = { execute<Row>(sql: string, params?: unknown[]): Promise<Row[]> }

/** What a shopper's provenance filters ask of a product (GET /store/products?county_code=…&certified=true). */
export interface ProvenanceMatch {
  /** Its origin county's code starts with each of these (a county's full code, a prefecture's or province's prefix). */
  countyPrefixes: string[]
  /** …and with one of these, when given (the counties a jurisdiction is paired with; empty: none). */
  countyAnyPrefix: string[] | null
  /** …and the county is a 脱贫县. */
  povertyExit: boolean
  /** A certificate of this type covers it. */
  certificateType: string | null
  /** A certificate valid on this day (YYYY-MM-DD, Asia/Shanghai) covers it. */
  validOn: string | null
}

/**
 * Reads of the product–origin link in SQL. The link table and Medusa's product table live in the
 * same database; one grouped query counts a 100,000-product catalog's origins in Postgres instead
 * of loading every product into the server to count them there.
 */
export class OriginRepository extends MikroOrmBase {
  /** How many published products each origin county has, by county code. */
  async publishedProductsByCounty(context: Context): Promise<{ code: string; product_count: number }[]> {
    return this.getActiveManager<Manager>(context).execute<{ code: string; product_count: number }>(
      `select d.code, count(*)::int as product_count
         from product_product_provenance_division l
         join product p on p.id = l.product_id and p.deleted_at is null and p.status = 'published'
         join division d on d.id = l.division_id and d.deleted_at is null
        where l.deleted_at is null
        group by d.code`
    )
  }

  /**
   * The products matching provenance filters, read from the two link tables in one statement.
   * Medusa's product route cannot filter across a module link, so its `id` filter gets these;
   * reading them through Query would load every matching product from the product module first.
   */
  async productIdsMatching(match: ProvenanceMatch, context: Context): Promise<string[]> {
    const parts: string[] = []
    const params: unknown[] = []
    const byCounty = match.countyPrefixes.length > 0 || match.countyAnyPrefix !== null || match.povertyExit
    if (byCounty) {
      const where = ["l.deleted_at is null", "d.level = 'county'"]
      for (const prefix of match.countyPrefixes) {
        where.push("d.code like ?")
        params.push(`${prefix}%`)
      }
      if (match.countyAnyPrefix !== null) {
        // one placeholder per prefix (an array binding would be spread into a list); none matches nothing
        const any = match.countyAnyPrefix.map(() => "d.code like ?")
        where.push(any.length ? `(${any.join(" or ")})` : "false")
        params.push(...match.countyAnyPrefix.map((prefix) => `${prefix}%`))
      }
      if (match.povertyExit) where.push("d.is_poverty_exit")
      parts.push(
        `select l.product_id from product_product_provenance_division l
           join division d on d.id = l.division_id and d.deleted_at is null
          where ${where.join(" and ")}`
      )
    }
    if (match.certificateType || match.validOn) {
      const where = ["l.deleted_at is null"]
      if (match.certificateType) {
        where.push("c.type = ?")
        params.push(match.certificateType)
      }
      if (match.validOn) {
        where.push("c.status = 'valid' and c.valid_from <= ? and c.valid_to >= ?")
        params.push(match.validOn, match.validOn)
      }
      parts.push(
        `select l.product_id from product_product_provenance_certificate l
           join certificate c on c.id = l.certificate_id and c.deleted_at is null
          where ${where.join(" and ")}`
      )
    }
    if (parts.length === 0) return []
    const rows = await this.getActiveManager<Manager>(context).execute<{ product_id: string }>(
      parts.join(" intersect "),
      params
    )
    return rows.map((row) => row.product_id)
  }
}
