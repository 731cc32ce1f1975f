import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261126235111 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "supplier_file" ("id" text not null, "supplier_id" text not null, "purpose" text check ("purpose" in ('picture', 'evidence', 'invoice')) not null, "filename" text not null, "mime_type" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "supplier_file_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_supplier_file_supplier_id" ON "supplier_file" ("supplier_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_supplier_file_deleted_at" ON "supplier_file" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_supplier_file_supplier_id_created_at" ON "supplier_file" ("supplier_id", "created_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "supplier_file" add constraint "supplier_file_supplier_id_foreign" foreign key ("supplier_id") references "supplier" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "supplier_part" add column if not exists "accepted_at" timestamptz null, add column if not exists "rating" integer null, add column if not exists "rating_comment" text null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "supplier_file" cascade;`);

    this.addSql(`alter table if exists "supplier_part" drop column if exists "accepted_at", drop column if exists "rating", drop column if exists "rating_comment";`);
  }

}
