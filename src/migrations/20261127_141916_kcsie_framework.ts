import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_framework_references_framework" ADD VALUE 'kcsie';`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "framework_references" ALTER COLUMN "framework" SET DATA TYPE text;
  DROP TYPE "public"."enum_framework_references_framework";
  CREATE TYPE "public"."enum_framework_references_framework" AS ENUM('ofsted', 'send-code', 'nice');
  ALTER TABLE "framework_references" ALTER COLUMN "framework" SET DATA TYPE "public"."enum_framework_references_framework" USING "framework"::"public"."enum_framework_references_framework";`)
}
