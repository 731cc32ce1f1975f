import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * String lists become text[] (model.array) instead of jsonb. Postgres allows no subquery in USING, so a
 * function of the migration's own session (pg_temp) turns each JSON array into a text array.
 */
export class Migration20261126184041 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create or replace function pg_temp.text_array(list jsonb) returns text[] language sql immutable strict as $$ select array(select jsonb_array_elements_text(list)) $$;`
    )
    this.addSql(
      `alter table if exists "supplier" alter column "sourcing_county_codes" type text[] using (pg_temp.text_array("sourcing_county_codes"));`
    )
    this.addSql(
      `alter table if exists "supplier_part" alter column "item_ids" type text[] using (pg_temp.text_array("item_ids"));`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "supplier" alter column "sourcing_county_codes" type jsonb using (to_jsonb("sourcing_county_codes"));`)
    this.addSql(`alter table if exists "supplier_part" alter column "item_ids" type jsonb using (to_jsonb("item_ids"));`)
  }
}
