import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261126212201 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "supplier_notification" drop constraint if exists "supplier_notification_supplier_id_dedupe_key_unique";`);
    this.addSql(`create table if not exists "supplier_notification" ("id" text not null, "supplier_id" text not null, "kind" text check ("kind" in ('order_to_ship', 'certificate_status', 'certificate_expiring', 'account_status')) not null, "title" text not null, "body" text null, "link" text null, "dedupe_key" text not null, "read_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "supplier_notification_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_supplier_notification_supplier_id" ON "supplier_notification" ("supplier_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_supplier_notification_deleted_at" ON "supplier_notification" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_supplier_notification_supplier_id_dedupe_key_unique" ON "supplier_notification" ("supplier_id", "dedupe_key") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_supplier_notification_supplier_id_read_at_created_at" ON "supplier_notification" ("supplier_id", "read_at", "created_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "supplier_notification" add constraint "supplier_notification_supplier_id_foreign" foreign key ("supplier_id") references "supplier" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "supplier_notification" cascade;`);
  }

}
