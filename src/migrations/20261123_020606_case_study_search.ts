// Written by hand: full-text search over the *published* version of case studies, weighted title > summary >
// body, kept up to date by PostgreSQL itself (a generated column) and indexed with GIN.
import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
    ALTER TABLE "case_studies" ADD COLUMN "search" tsvector GENERATED ALWAYS AS (
      setweight(to_tsvector('english', coalesce("published_title", '')), 'A') ||
      setweight(to_tsvector('english', coalesce("published_summary", '')), 'B') ||
      setweight(to_tsvector('english', coalesce("published_body_text", '')), 'C')
    ) STORED;
    CREATE INDEX "case_studies_search_idx" ON "case_studies" USING GIN ("search");`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`DROP INDEX IF EXISTS "case_studies_search_idx"; ALTER TABLE "case_studies" DROP COLUMN IF EXISTS "search";`)
}
