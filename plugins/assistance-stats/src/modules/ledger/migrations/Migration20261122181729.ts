import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261122181729 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "completion_step" drop constraint if exists "completion_step_order_id_part_key_step_unique";`);
    this.addSql(`create table if not exists "completion_step" ("id" text not null, "order_id" text not null, "part_key" text not null, "step" text check ("step" in ('paid', 'delivered', 'accepted', 'rated')) not null, "occurred_at" timestamptz not null, "actor_id" text null, "rating" integer null, "comment" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "completion_step_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_completion_step_deleted_at" ON "completion_step" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_completion_step_order_id_part_key_step_unique" ON "completion_step" ("order_id", "part_key", "step") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "completion_step" cascade;`);
  }

}
