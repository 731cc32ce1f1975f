import type { Context } from "@medusajs/framework/types"
import { MikroOrmBase } from "@medusajs/framework/utils"

type Manager = { execute(sql: string, params?: unknown[]): Promise<{ code: string; product_count: number }[]> }

/**
 * Reads of the product–origin link in SQL. The link table and Medusa's product table live in the
 * same database; one grouped query counts a 100,000-product catalog's origins in Postgres instead
 * of loading every product into the server to count them there.
 */
export class OriginRepository extends MikroOrmBase {
  /** How many published products each origin county has, by county code. */
  async publishedProductsByCounty(context: Context): Promise<{ code: string; product_count: number }[]> {
    return this.getActiveManager<Manager>(context).execute(
      `select d.code, count(*)::int as product_count
         from product_product_provenance_division l
         join product p on p.id = l.product_id and p.deleted_at is null and p.status = 'published'
         join division d on d.id = l.division_id and d.deleted_at is null
        where l.deleted_at is null
        group by d.code`
    )
  }
}
