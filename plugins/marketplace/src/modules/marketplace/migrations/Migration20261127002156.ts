import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261127002156 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "supplier_file" add column if not exists "order_id" text null, add column if not exists "certificate_id" text null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "supplier_file" drop column if exists "order_id", drop column if exists "certificate_id";`);
  }

}
