// Written by hand: the county benchmark's maintained aggregate (src/assessment/latestResults.ts), each setting's
// latest submitted percentage per principle. Not a Payload collection: only the submit transaction writes it and
// only the report's anonymised benchmark reads it. Filled from the assessments already submitted.
import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`CREATE TABLE "latest_results" (
    "setting_id" integer NOT NULL REFERENCES "settings"("id") ON DELETE CASCADE,
    "principle_id" integer NOT NULL,
    "phase" varchar NOT NULL,
    "percentage" numeric NOT NULL,
    "assessment_id" integer NOT NULL REFERENCES "assessments"("id") ON DELETE CASCADE,
    PRIMARY KEY ("setting_id", "principle_id")
  );`)
  await db.execute(sql`CREATE INDEX "latest_results_phase_idx" ON "latest_results" ("phase", "principle_id");`)
  await db.execute(sql`
    INSERT INTO "latest_results" ("setting_id", "principle_id", "phase", "percentage", "assessment_id")
    SELECT latest."setting_id", (p->>'principle')::int, latest."phase", (p->>'percentage')::numeric, latest."id"
    FROM (
      SELECT DISTINCT ON ("setting_id") "id", "setting_id", "phase", "results" FROM "assessments"
      WHERE "status" = 'submitted' AND "setting_id" IS NOT NULL AND "phase" IS NOT NULL
      ORDER BY "setting_id", "submitted_at" DESC, "id" DESC
    ) latest
    CROSS JOIN LATERAL jsonb_array_elements(CASE WHEN jsonb_typeof(latest."results"->'principles') = 'array' THEN latest."results"->'principles' ELSE '[]'::jsonb END) p
    WHERE jsonb_typeof(p->'percentage') = 'number' AND (p->>'principle') ~ '^[0-9]+$';`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`DROP TABLE IF EXISTS "latest_results";`)
}
