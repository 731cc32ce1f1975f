import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261122223802 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "part_evidence" drop constraint if exists "part_evidence_order_id_part_key_unique";`);
    this.addSql(`create table if not exists "part_evidence" ("id" text not null, "order_id" text not null, "part_key" text not null, "carrier" text null, "tracking_number" text null, "invoice_number" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "part_evidence_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_part_evidence_deleted_at" ON "part_evidence" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_part_evidence_order_id_part_key_unique" ON "part_evidence" ("order_id", "part_key") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "part_evidence" cascade;`);
  }

}
