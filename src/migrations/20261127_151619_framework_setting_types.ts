import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_framework_references_setting_types" AS ENUM('primary', 'secondary', 'special', 'alternative-provision', 'all-through', 'sixth-form', 'college');
  CREATE TABLE "framework_references_setting_types" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_framework_references_setting_types",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  ALTER TABLE "framework_references_setting_types" ADD CONSTRAINT "framework_references_setting_types_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."framework_references"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "framework_references_setting_types_order_idx" ON "framework_references_setting_types" USING btree ("order");
  CREATE INDEX "framework_references_setting_types_parent_idx" ON "framework_references_setting_types" USING btree ("parent_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "framework_references_setting_types" CASCADE;
  DROP TYPE "public"."enum_framework_references_setting_types";`)
}
