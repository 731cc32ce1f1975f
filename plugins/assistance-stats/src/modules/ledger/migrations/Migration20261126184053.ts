import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * String lists become text[] (model.array) instead of jsonb. Postgres allows no subquery in USING, so a
 * function of the migration's own session (pg_temp) turns each JSON array into a text array.
 */
export class Migration20261126184053 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create or replace function pg_temp.text_array(list jsonb) returns text[] language sql immutable strict as $$ select array(select jsonb_array_elements_text(list)) $$;`
    )
    this.addSql(
      `alter table if exists "offline_purchase" alter column "invoice_numbers" type text[] using (pg_temp.text_array("invoice_numbers"));`
    )
    this.addSql(
      `alter table if exists "target" alter column "unit_types" type text[] using (pg_temp.text_array("unit_types"));`
    )
    this.addSql(
      `alter table if exists "target" alter column "channels" type text[] using (pg_temp.text_array("channels"));`
    )
    this.addSql(
      `alter table if exists "target" alter column "fundings" type text[] using (pg_temp.text_array("fundings"));`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "offline_purchase" alter column "invoice_numbers" type jsonb using (to_jsonb("invoice_numbers"));`)
    this.addSql(`alter table if exists "target" alter column "unit_types" type jsonb using (to_jsonb("unit_types"));`)
    this.addSql(`alter table if exists "target" alter column "channels" type jsonb using (to_jsonb("channels"));`)
    this.addSql(`alter table if exists "target" alter column "fundings" type jsonb using (to_jsonb("fundings"));`)
  }
}
