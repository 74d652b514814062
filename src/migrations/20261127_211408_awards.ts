import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_award_criteria_track" AS ENUM('both', 'school', 'college');
  CREATE TYPE "public"."enum_award_criteria_rule" AS ENUM('assessment-within', 'principle-score', 'staff-trained', 'champions', 'case-studies', 'actions-completed', 'manual');
  CREATE TYPE "public"."enum_award_criteria_staff_measure" AS ENUM('count', 'percent');
  CREATE TYPE "public"."enum_award_criteria_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__award_criteria_v_version_track" AS ENUM('both', 'school', 'college');
  CREATE TYPE "public"."enum__award_criteria_v_version_rule" AS ENUM('assessment-within', 'principle-score', 'staff-trained', 'champions', 'case-studies', 'actions-completed', 'manual');
  CREATE TYPE "public"."enum__award_criteria_v_version_staff_measure" AS ENUM('count', 'percent');
  CREATE TYPE "public"."enum__award_criteria_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_awards_track" AS ENUM('school', 'college');
  CREATE TYPE "public"."enum_awards_status" AS ENUM('in-progress', 'achieved', 'expired', 'revoked');
  CREATE TABLE "award_criteria" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"track" "enum_award_criteria_track" DEFAULT 'both',
  	"order" numeric DEFAULT 10,
  	"guidance" varchar,
  	"rule" "enum_award_criteria_rule",
  	"months" numeric,
  	"staff_measure" "enum_award_criteria_staff_measure",
  	"minimum" numeric,
  	"percent" numeric,
  	"principle_id" integer,
  	"active" boolean DEFAULT true,
  	"key" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_award_criteria_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_award_criteria_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_track" "enum__award_criteria_v_version_track" DEFAULT 'both',
  	"version_order" numeric DEFAULT 10,
  	"version_guidance" varchar,
  	"version_rule" "enum__award_criteria_v_version_rule",
  	"version_months" numeric,
  	"version_staff_measure" "enum__award_criteria_v_version_staff_measure",
  	"version_minimum" numeric,
  	"version_percent" numeric,
  	"version_principle_id" integer,
  	"version_active" boolean DEFAULT true,
  	"version_key" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__award_criteria_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "awards_checklist" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"criterion_id" integer NOT NULL,
  	"title" varchar NOT NULL,
  	"met" boolean DEFAULT false,
  	"met_at" timestamp(3) with time zone,
  	"explanation" varchar,
  	"action_path" varchar,
  	"action_label" varchar
  );
  
  CREATE TABLE "awards_confirmations" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"criterion_id" integer NOT NULL,
  	"note" varchar NOT NULL,
  	"confirmed_by_id" integer,
  	"confirmed_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "awards" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"setting_id" integer NOT NULL,
  	"track" "enum_awards_track" NOT NULL,
  	"cycle" numeric DEFAULT 1 NOT NULL,
  	"status" "enum_awards_status" DEFAULT 'in-progress' NOT NULL,
  	"percent_complete" numeric DEFAULT 0,
  	"last_evaluated_at" timestamp(3) with time zone,
  	"achieved_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone,
  	"certificate_number" varchar,
  	"verification_code" varchar,
  	"achieved_email_queued_at" timestamp(3) with time zone,
  	"renewal_reminder_sent_at" timestamp(3) with time zone,
  	"expired_at" timestamp(3) with time zone,
  	"revocation_reason" varchar,
  	"revoked_at" timestamp(3) with time zone,
  	"revoked_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "award_criteria_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "awards_id" integer;
  ALTER TABLE "hub_options" ADD COLUMN "award_renewal_reminder_days" numeric DEFAULT 60 NOT NULL;
  ALTER TABLE "award_criteria" ADD CONSTRAINT "award_criteria_principle_id_principles_id_fk" FOREIGN KEY ("principle_id") REFERENCES "public"."principles"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_award_criteria_v" ADD CONSTRAINT "_award_criteria_v_parent_id_award_criteria_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."award_criteria"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_award_criteria_v" ADD CONSTRAINT "_award_criteria_v_version_principle_id_principles_id_fk" FOREIGN KEY ("version_principle_id") REFERENCES "public"."principles"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "awards_checklist" ADD CONSTRAINT "awards_checklist_criterion_id_award_criteria_id_fk" FOREIGN KEY ("criterion_id") REFERENCES "public"."award_criteria"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "awards_checklist" ADD CONSTRAINT "awards_checklist_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."awards"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "awards_confirmations" ADD CONSTRAINT "awards_confirmations_criterion_id_award_criteria_id_fk" FOREIGN KEY ("criterion_id") REFERENCES "public"."award_criteria"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "awards_confirmations" ADD CONSTRAINT "awards_confirmations_confirmed_by_id_users_id_fk" FOREIGN KEY ("confirmed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "awards_confirmations" ADD CONSTRAINT "awards_confirmations_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."awards"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "awards" ADD CONSTRAINT "awards_setting_id_settings_id_fk" FOREIGN KEY ("setting_id") REFERENCES "public"."settings"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "awards" ADD CONSTRAINT "awards_revoked_by_id_users_id_fk" FOREIGN KEY ("revoked_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "award_criteria_track_idx" ON "award_criteria" USING btree ("track");
  CREATE INDEX "award_criteria_order_idx" ON "award_criteria" USING btree ("order");
  CREATE INDEX "award_criteria_principle_idx" ON "award_criteria" USING btree ("principle_id");
  CREATE INDEX "award_criteria_active_idx" ON "award_criteria" USING btree ("active");
  CREATE UNIQUE INDEX "award_criteria_key_idx" ON "award_criteria" USING btree ("key");
  CREATE INDEX "award_criteria_updated_at_idx" ON "award_criteria" USING btree ("updated_at");
  CREATE INDEX "award_criteria_created_at_idx" ON "award_criteria" USING btree ("created_at");
  CREATE INDEX "award_criteria__status_idx" ON "award_criteria" USING btree ("_status");
  CREATE INDEX "_award_criteria_v_parent_idx" ON "_award_criteria_v" USING btree ("parent_id");
  CREATE INDEX "_award_criteria_v_version_version_track_idx" ON "_award_criteria_v" USING btree ("version_track");
  CREATE INDEX "_award_criteria_v_version_version_order_idx" ON "_award_criteria_v" USING btree ("version_order");
  CREATE INDEX "_award_criteria_v_version_version_principle_idx" ON "_award_criteria_v" USING btree ("version_principle_id");
  CREATE INDEX "_award_criteria_v_version_version_active_idx" ON "_award_criteria_v" USING btree ("version_active");
  CREATE INDEX "_award_criteria_v_version_version_key_idx" ON "_award_criteria_v" USING btree ("version_key");
  CREATE INDEX "_award_criteria_v_version_version_updated_at_idx" ON "_award_criteria_v" USING btree ("version_updated_at");
  CREATE INDEX "_award_criteria_v_version_version_created_at_idx" ON "_award_criteria_v" USING btree ("version_created_at");
  CREATE INDEX "_award_criteria_v_version_version__status_idx" ON "_award_criteria_v" USING btree ("version__status");
  CREATE INDEX "_award_criteria_v_created_at_idx" ON "_award_criteria_v" USING btree ("created_at");
  CREATE INDEX "_award_criteria_v_updated_at_idx" ON "_award_criteria_v" USING btree ("updated_at");
  CREATE INDEX "_award_criteria_v_latest_idx" ON "_award_criteria_v" USING btree ("latest");
  CREATE INDEX "awards_checklist_order_idx" ON "awards_checklist" USING btree ("_order");
  CREATE INDEX "awards_checklist_parent_id_idx" ON "awards_checklist" USING btree ("_parent_id");
  CREATE INDEX "awards_checklist_criterion_idx" ON "awards_checklist" USING btree ("criterion_id");
  CREATE INDEX "awards_confirmations_order_idx" ON "awards_confirmations" USING btree ("_order");
  CREATE INDEX "awards_confirmations_parent_id_idx" ON "awards_confirmations" USING btree ("_parent_id");
  CREATE INDEX "awards_confirmations_criterion_idx" ON "awards_confirmations" USING btree ("criterion_id");
  CREATE INDEX "awards_confirmations_confirmed_by_idx" ON "awards_confirmations" USING btree ("confirmed_by_id");
  CREATE INDEX "awards_setting_idx" ON "awards" USING btree ("setting_id");
  CREATE INDEX "awards_status_idx" ON "awards" USING btree ("status");
  CREATE INDEX "awards_percent_complete_idx" ON "awards" USING btree ("percent_complete");
  CREATE INDEX "awards_achieved_at_idx" ON "awards" USING btree ("achieved_at");
  CREATE INDEX "awards_expires_at_idx" ON "awards" USING btree ("expires_at");
  CREATE UNIQUE INDEX "awards_certificate_number_idx" ON "awards" USING btree ("certificate_number");
  CREATE UNIQUE INDEX "awards_verification_code_idx" ON "awards" USING btree ("verification_code");
  CREATE INDEX "awards_revoked_by_idx" ON "awards" USING btree ("revoked_by_id");
  CREATE INDEX "awards_updated_at_idx" ON "awards" USING btree ("updated_at");
  CREATE INDEX "awards_created_at_idx" ON "awards" USING btree ("created_at");
  CREATE UNIQUE INDEX "setting_cycle_idx" ON "awards" USING btree ("setting_id","cycle");
  -- At most one current award per setting (in progress, or achieved and not yet expired or revoked): concurrent
  -- recomputes can never start two cycles.
  CREATE UNIQUE INDEX "awards_one_current_per_setting" ON "awards" USING btree ("setting_id") WHERE "status" IN ('in-progress', 'achieved');
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_award_criteria_fk" FOREIGN KEY ("award_criteria_id") REFERENCES "public"."award_criteria"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_awards_fk" FOREIGN KEY ("awards_id") REFERENCES "public"."awards"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_award_criteria_id_idx" ON "payload_locked_documents_rels" USING btree ("award_criteria_id");
  CREATE INDEX "payload_locked_documents_rels_awards_id_idx" ON "payload_locked_documents_rels" USING btree ("awards_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "award_criteria" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_award_criteria_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "awards_checklist" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "awards_confirmations" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "awards" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "award_criteria" CASCADE;
  DROP TABLE "_award_criteria_v" CASCADE;
  DROP TABLE "awards_checklist" CASCADE;
  DROP TABLE "awards_confirmations" CASCADE;
  DROP TABLE "awards" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_award_criteria_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_awards_fk";
  
  DROP INDEX "payload_locked_documents_rels_award_criteria_id_idx";
  DROP INDEX "payload_locked_documents_rels_awards_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "award_criteria_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "awards_id";
  ALTER TABLE "hub_options" DROP COLUMN "award_renewal_reminder_days";
  DROP TYPE "public"."enum_award_criteria_track";
  DROP TYPE "public"."enum_award_criteria_rule";
  DROP TYPE "public"."enum_award_criteria_staff_measure";
  DROP TYPE "public"."enum_award_criteria_status";
  DROP TYPE "public"."enum__award_criteria_v_version_track";
  DROP TYPE "public"."enum__award_criteria_v_version_rule";
  DROP TYPE "public"."enum__award_criteria_v_version_staff_measure";
  DROP TYPE "public"."enum__award_criteria_v_version_status";
  DROP TYPE "public"."enum_awards_track";
  DROP TYPE "public"."enum_awards_status";`)
}
