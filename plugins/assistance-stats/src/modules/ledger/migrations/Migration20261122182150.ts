import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261122182150 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "export_job" ("id" text not null, "office_user_id" text not null, "jurisdiction_code" text not null, "office_name" text not null, "report" text check ("report" in ('ledger', 'monthly')) not null, "format" text check ("format" in ('csv', 'xlsx')) not null, "params" jsonb not null, "status" text check ("status" in ('queued', 'running', 'done', 'failed')) not null default 'queued', "total_rows" integer null, "written_rows" integer not null default 0, "filename" text null, "file_path" text null, "error" text null, "finished_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "export_job_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_export_job_deleted_at" ON "export_job" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_export_job_office_user_id_created_at" ON "export_job" ("office_user_id", "created_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "export_job" cascade;`);
  }

}
