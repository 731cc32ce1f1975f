import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261122124829 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "unit_invite" drop constraint if exists "unit_invite_code_unique";`);
    this.addSql(`alter table if exists "unit_email_domain" drop constraint if exists "unit_email_domain_unit_id_domain_unique";`);
    this.addSql(`alter table if exists "unit_basis" drop constraint if exists "unit_basis_unit_id_year_unique";`);
    this.addSql(`alter table if exists "purchase_intent" drop constraint if exists "purchase_intent_cart_id_unique";`);
    this.addSql(`alter table if exists "order_attribution" drop constraint if exists "order_attribution_order_id_unique";`);
    this.addSql(`alter table if exists "order_attribution" drop constraint if exists "order_attribution_cart_id_unique";`);
    this.addSql(`alter table if exists "membership" drop constraint if exists "membership_unit_id_customer_id_unique";`);
    this.addSql(`alter table if exists "buying_unit" drop constraint if exists "buying_unit_uscc_unique";`);
    this.addSql(`create table if not exists "buying_unit" ("id" text not null, "name" text not null, "uscc" text not null, "type" text check ("type" in ('party_government', 'public_institution', 'school', 'hospital', 'state_enterprise', 'union', 'private_enterprise', 'social_organization')) not null, "parent_id" text null, "jurisdiction_code" text not null, "address" text null, "status" text check ("status" in ('active', 'inactive')) not null default 'active', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "buying_unit_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_buying_unit_deleted_at" ON "buying_unit" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_buying_unit_uscc_unique" ON "buying_unit" ("uscc") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_buying_unit_parent_id" ON "buying_unit" ("parent_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_buying_unit_jurisdiction_code" ON "buying_unit" ("jurisdiction_code") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "email_verification" ("id" text not null, "customer_id" text not null, "email" text not null, "code_hash" text not null, "expires_at" timestamptz not null, "attempts" integer not null default 0, "consumed_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "email_verification_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_email_verification_deleted_at" ON "email_verification" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_email_verification_customer_id" ON "email_verification" ("customer_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "membership" ("id" text not null, "customer_id" text not null, "role" text check ("role" in ('member', 'procurement_officer', 'union_officer', 'unit_admin')) not null default 'member', "status" text check ("status" in ('pending', 'active', 'removed')) not null default 'pending', "joined_via" text check ("joined_via" in ('invite', 'email_domain', 'operator')) not null, "invite_id" text null, "decided_by" text null, "decided_at" timestamptz null, "unit_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "membership_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_membership_unit_id" ON "membership" ("unit_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_membership_deleted_at" ON "membership" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_membership_unit_id_customer_id_unique" ON "membership" ("unit_id", "customer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_membership_customer_id_status" ON "membership" ("customer_id", "status") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "order_attribution" ("id" text not null, "cart_id" text not null, "order_id" text null, "customer_id" text null, "membership_id" text null, "member_role" text check ("member_role" in ('member', 'procurement_officer', 'union_officer', 'unit_admin')) null, "unit_id" text null, "unit_name" text null, "unit_type" text check ("unit_type" in ('party_government', 'public_institution', 'school', 'hospital', 'state_enterprise', 'union', 'private_enterprise', 'social_organization')) null, "unit_uscc" text null, "parent_chain" jsonb null, "jurisdiction_code" text null, "jurisdiction_chain" jsonb null, "channel" text check ("channel" in ('personal', 'canteen', 'office', 'holiday_gift', 'welfare')) not null, "funding" text check ("funding" in ('personal', 'budget', 'union', 'own_funds')) not null, "amount_fen" numeric not null, "year" integer not null, "attributed_at" timestamptz not null, "raw_amount_fen" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "order_attribution_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_order_attribution_deleted_at" ON "order_attribution" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_order_attribution_cart_id_unique" ON "order_attribution" ("cart_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_order_attribution_order_id_unique" ON "order_attribution" ("order_id") WHERE order_id IS NOT NULL AND deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_order_attribution_unit_id_year_funding_channel" ON "order_attribution" ("unit_id", "year", "funding", "channel") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "purchase_intent" ("id" text not null, "cart_id" text not null, "customer_id" text not null, "unit_id" text not null, "channel" text check ("channel" in ('personal', 'canteen', 'office', 'holiday_gift', 'welfare')) not null, "funding" text check ("funding" in ('personal', 'budget', 'union', 'own_funds')) not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "purchase_intent_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_purchase_intent_deleted_at" ON "purchase_intent" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_purchase_intent_cart_id_unique" ON "purchase_intent" ("cart_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "unit_basis" ("id" text not null, "year" integer not null, "canteen_total_fen" numeric null, "holiday_gift_total_fen" numeric null, "union_members" integer null, "union_welfare_per_member_fen" integer not null default 50000, "unit_id" text not null, "raw_canteen_total_fen" jsonb null, "raw_holiday_gift_total_fen" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "unit_basis_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_unit_basis_unit_id" ON "unit_basis" ("unit_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_unit_basis_deleted_at" ON "unit_basis" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_unit_basis_unit_id_year_unique" ON "unit_basis" ("unit_id", "year") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "unit_email_domain" ("id" text not null, "domain" text not null, "unit_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "unit_email_domain_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_unit_email_domain_unit_id" ON "unit_email_domain" ("unit_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_unit_email_domain_deleted_at" ON "unit_email_domain" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_unit_email_domain_domain" ON "unit_email_domain" ("domain") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_unit_email_domain_unit_id_domain_unique" ON "unit_email_domain" ("unit_id", "domain") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "unit_invite" ("id" text not null, "code" text not null, "role" text check ("role" in ('member', 'procurement_officer', 'union_officer', 'unit_admin')) not null default 'member', "auto_approve" boolean not null default false, "expires_at" timestamptz not null, "revoked_at" timestamptz null, "max_uses" integer null, "used_count" integer not null default 0, "created_by" text not null, "unit_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "unit_invite_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_unit_invite_unit_id" ON "unit_invite" ("unit_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_unit_invite_deleted_at" ON "unit_invite" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_unit_invite_code_unique" ON "unit_invite" ("code") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "membership" add constraint "membership_unit_id_foreign" foreign key ("unit_id") references "buying_unit" ("id") on update cascade;`);

    this.addSql(`alter table if exists "unit_basis" add constraint "unit_basis_unit_id_foreign" foreign key ("unit_id") references "buying_unit" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "unit_email_domain" add constraint "unit_email_domain_unit_id_foreign" foreign key ("unit_id") references "buying_unit" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "unit_invite" add constraint "unit_invite_unit_id_foreign" foreign key ("unit_id") references "buying_unit" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "membership" drop constraint if exists "membership_unit_id_foreign";`);

    this.addSql(`alter table if exists "unit_basis" drop constraint if exists "unit_basis_unit_id_foreign";`);

    this.addSql(`alter table if exists "unit_email_domain" drop constraint if exists "unit_email_domain_unit_id_foreign";`);

    this.addSql(`alter table if exists "unit_invite" drop constraint if exists "unit_invite_unit_id_foreign";`);

    this.addSql(`drop table if exists "buying_unit" cascade;`);

    this.addSql(`drop table if exists "email_verification" cascade;`);

    this.addSql(`drop table if exists "membership" cascade;`);

    this.addSql(`drop table if exists "order_attribution" cascade;`);

    this.addSql(`drop table if exists "purchase_intent" cascade;`);

    this.addSql(`drop table if exists "unit_basis" cascade;`);

    this.addSql(`drop table if exists "unit_email_domain" cascade;`);

    this.addSql(`drop table if exists "unit_invite" cascade;`);
  }

}
