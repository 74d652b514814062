// Written by hand: at most one draft self-assessment per setting, enforced by the database itself so that two
// simultaneous "start" clicks cannot both succeed (the collection hook gives the friendly message).
import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`CREATE UNIQUE INDEX "assessments_one_draft_per_setting" ON "assessments" ("setting_id") WHERE "status" = 'draft';`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`DROP INDEX IF EXISTS "assessments_one_draft_per_setting";`)
}
