import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261127063609 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "payment_evidence" drop constraint if exists "payment_evidence_order_id_unique";`);
    this.addSql(`create table if not exists "payment_evidence" ("id" text not null, "order_id" text not null, "provider_id" text not null, "reference" text not null, "amount_fen" integer not null, "paid_at" timestamptz not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "payment_evidence_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_payment_evidence_deleted_at" ON "payment_evidence" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_payment_evidence_order_id_unique" ON "payment_evidence" ("order_id") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "payment_evidence" cascade;`);
  }

}
