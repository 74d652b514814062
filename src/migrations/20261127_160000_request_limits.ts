// Written by hand: the table in which rate-limiter-flexible counts sign-in and password-reset requests per client
// (src/auth/requestLimits.ts), in the library's own shape. Created here, once per release, rather than by the
// library at run time: app instances then need no right to create tables and do not race to create it.
import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`CREATE TABLE "request_limits" (
    "key" varchar(255) PRIMARY KEY,
    "points" integer NOT NULL DEFAULT 0,
    "expire" bigint
  );`)
  // The library deletes expired rows every few minutes.
  await db.execute(sql`CREATE INDEX "request_limits_expire_idx" ON "request_limits" ("expire");`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`DROP TABLE IF EXISTS "request_limits";`)
}
