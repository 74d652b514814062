import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_assessments_answers_value" AS ENUM('0', '1', '2', '3', 'na');
  CREATE TYPE "public"."enum_assessments_status" AS ENUM('draft', 'submitted');
  CREATE TYPE "public"."enum_actions_status" AS ENUM('not-started', 'in-progress', 'done');
  CREATE TABLE "assessments_answers" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"question_id" integer NOT NULL,
  	"value" "enum_assessments_answers_value",
  	"evidence" varchar
  );
  
  CREATE TABLE "assessments" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"setting_id" integer NOT NULL,
  	"status" "enum_assessments_status" DEFAULT 'draft' NOT NULL,
  	"started_by_id" integer,
  	"submitted_by_id" integer,
  	"submitted_at" timestamp(3) with time zone,
  	"phase" varchar,
  	"snapshot" jsonb,
  	"results" jsonb,
  	"recommendations" jsonb,
  	"internal_note" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "actions" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"setting_id" integer NOT NULL,
  	"assessment_id" integer,
  	"recommendation_id" integer,
  	"owner" varchar,
  	"due_date" timestamp(3) with time zone,
  	"status" "enum_actions_status" DEFAULT 'not-started' NOT NULL,
  	"notes" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "assessments_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "actions_id" integer;
  ALTER TABLE "assessments_answers" ADD CONSTRAINT "assessments_answers_question_id_questions_id_fk" FOREIGN KEY ("question_id") REFERENCES "public"."questions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "assessments_answers" ADD CONSTRAINT "assessments_answers_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."assessments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "assessments" ADD CONSTRAINT "assessments_setting_id_settings_id_fk" FOREIGN KEY ("setting_id") REFERENCES "public"."settings"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "assessments" ADD CONSTRAINT "assessments_started_by_id_users_id_fk" FOREIGN KEY ("started_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "assessments" ADD CONSTRAINT "assessments_submitted_by_id_users_id_fk" FOREIGN KEY ("submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "actions" ADD CONSTRAINT "actions_setting_id_settings_id_fk" FOREIGN KEY ("setting_id") REFERENCES "public"."settings"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "actions" ADD CONSTRAINT "actions_assessment_id_assessments_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."assessments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "actions" ADD CONSTRAINT "actions_recommendation_id_recommendations_id_fk" FOREIGN KEY ("recommendation_id") REFERENCES "public"."recommendations"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "assessments_answers_order_idx" ON "assessments_answers" USING btree ("_order");
  CREATE INDEX "assessments_answers_parent_id_idx" ON "assessments_answers" USING btree ("_parent_id");
  CREATE INDEX "assessments_answers_question_idx" ON "assessments_answers" USING btree ("question_id");
  CREATE INDEX "assessments_setting_idx" ON "assessments" USING btree ("setting_id");
  CREATE INDEX "assessments_status_idx" ON "assessments" USING btree ("status");
  CREATE INDEX "assessments_started_by_idx" ON "assessments" USING btree ("started_by_id");
  CREATE INDEX "assessments_submitted_by_idx" ON "assessments" USING btree ("submitted_by_id");
  CREATE INDEX "assessments_submitted_at_idx" ON "assessments" USING btree ("submitted_at");
  CREATE INDEX "assessments_phase_idx" ON "assessments" USING btree ("phase");
  CREATE INDEX "assessments_updated_at_idx" ON "assessments" USING btree ("updated_at");
  CREATE INDEX "assessments_created_at_idx" ON "assessments" USING btree ("created_at");
  CREATE INDEX "actions_setting_idx" ON "actions" USING btree ("setting_id");
  CREATE INDEX "actions_assessment_idx" ON "actions" USING btree ("assessment_id");
  CREATE INDEX "actions_recommendation_idx" ON "actions" USING btree ("recommendation_id");
  CREATE INDEX "actions_due_date_idx" ON "actions" USING btree ("due_date");
  CREATE INDEX "actions_status_idx" ON "actions" USING btree ("status");
  CREATE INDEX "actions_updated_at_idx" ON "actions" USING btree ("updated_at");
  CREATE INDEX "actions_created_at_idx" ON "actions" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_assessments_fk" FOREIGN KEY ("assessments_id") REFERENCES "public"."assessments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_actions_fk" FOREIGN KEY ("actions_id") REFERENCES "public"."actions"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_assessments_id_idx" ON "payload_locked_documents_rels" USING btree ("assessments_id");
  CREATE INDEX "payload_locked_documents_rels_actions_id_idx" ON "payload_locked_documents_rels" USING btree ("actions_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "assessments_answers" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "assessments" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "actions" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "assessments_answers" CASCADE;
  DROP TABLE "assessments" CASCADE;
  DROP TABLE "actions" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_assessments_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_actions_fk";
  
  DROP INDEX "payload_locked_documents_rels_assessments_id_idx";
  DROP INDEX "payload_locked_documents_rels_actions_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "assessments_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "actions_id";
  DROP TYPE "public"."enum_assessments_answers_value";
  DROP TYPE "public"."enum_assessments_status";
  DROP TYPE "public"."enum_actions_status";`)
}
