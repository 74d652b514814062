import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_data_exports_status" AS ENUM('queued', 'running', 'ready', 'downloaded', 'expired', 'failed');
  CREATE TYPE "public"."enum_join_requests_setting_type" AS ENUM('primary', 'secondary', 'special', 'alternative-provision', 'all-through', 'sixth-form', 'college');
  CREATE TYPE "public"."enum_join_requests_status" AS ENUM('new', 'approved', 'declined');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'setting-data-export';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'data-export-cleanup';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'setting-data-export';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'data-export-cleanup';
  CREATE TABLE "data_exports" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"setting_id" integer NOT NULL,
  	"requested_by_id" integer,
  	"status" "enum_data_exports_status" DEFAULT 'queued' NOT NULL,
  	"progress" numeric DEFAULT 0,
  	"step" varchar,
  	"bytes" numeric,
  	"ready_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone,
  	"downloaded_at" timestamp(3) with time zone,
  	"failure" varchar,
  	"file_location" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "erasure_log" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"setting_id" integer,
  	"setting_name" varchar NOT NULL,
  	"erased_by_id" integer,
  	"erased_by_name" varchar,
  	"erased_at" timestamp(3) with time zone NOT NULL,
  	"counts" jsonb NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "join_requests" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"setting_name" varchar NOT NULL,
  	"urn" varchar NOT NULL,
  	"setting_type" "enum_join_requests_setting_type" NOT NULL,
  	"district" varchar NOT NULL,
  	"contact_name" varchar NOT NULL,
  	"job_title" varchar NOT NULL,
  	"email" varchar NOT NULL,
  	"message" varchar,
  	"consent" boolean DEFAULT false NOT NULL,
  	"form_nonce" varchar,
  	"status" "enum_join_requests_status" DEFAULT 'new' NOT NULL,
  	"decline_reason" varchar,
  	"decided_by_id" integer,
  	"decided_at" timestamp(3) with time zone,
  	"setting_id" integer,
  	"lead_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "data_exports" ADD CONSTRAINT "data_exports_setting_id_settings_id_fk" FOREIGN KEY ("setting_id") REFERENCES "public"."settings"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "data_exports" ADD CONSTRAINT "data_exports_requested_by_id_users_id_fk" FOREIGN KEY ("requested_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "erasure_log" ADD CONSTRAINT "erasure_log_setting_id_settings_id_fk" FOREIGN KEY ("setting_id") REFERENCES "public"."settings"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "erasure_log" ADD CONSTRAINT "erasure_log_erased_by_id_users_id_fk" FOREIGN KEY ("erased_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "join_requests" ADD CONSTRAINT "join_requests_decided_by_id_users_id_fk" FOREIGN KEY ("decided_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "join_requests" ADD CONSTRAINT "join_requests_setting_id_settings_id_fk" FOREIGN KEY ("setting_id") REFERENCES "public"."settings"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "join_requests" ADD CONSTRAINT "join_requests_lead_id_users_id_fk" FOREIGN KEY ("lead_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "data_exports_setting_idx" ON "data_exports" USING btree ("setting_id");
  CREATE INDEX "data_exports_requested_by_idx" ON "data_exports" USING btree ("requested_by_id");
  CREATE INDEX "data_exports_status_idx" ON "data_exports" USING btree ("status");
  CREATE INDEX "data_exports_expires_at_idx" ON "data_exports" USING btree ("expires_at");
  CREATE INDEX "data_exports_updated_at_idx" ON "data_exports" USING btree ("updated_at");
  CREATE INDEX "data_exports_created_at_idx" ON "data_exports" USING btree ("created_at");
  CREATE INDEX "erasure_log_setting_idx" ON "erasure_log" USING btree ("setting_id");
  CREATE INDEX "erasure_log_erased_by_idx" ON "erasure_log" USING btree ("erased_by_id");
  CREATE INDEX "erasure_log_erased_at_idx" ON "erasure_log" USING btree ("erased_at");
  CREATE INDEX "erasure_log_updated_at_idx" ON "erasure_log" USING btree ("updated_at");
  CREATE INDEX "erasure_log_created_at_idx" ON "erasure_log" USING btree ("created_at");
  CREATE INDEX "join_requests_urn_idx" ON "join_requests" USING btree ("urn");
  CREATE UNIQUE INDEX "join_requests_form_nonce_idx" ON "join_requests" USING btree ("form_nonce");
  CREATE INDEX "join_requests_status_idx" ON "join_requests" USING btree ("status");
  CREATE INDEX "join_requests_decided_by_idx" ON "join_requests" USING btree ("decided_by_id");
  CREATE INDEX "join_requests_setting_idx" ON "join_requests" USING btree ("setting_id");
  CREATE INDEX "join_requests_lead_idx" ON "join_requests" USING btree ("lead_id");
  CREATE INDEX "join_requests_updated_at_idx" ON "join_requests" USING btree ("updated_at");
  CREATE INDEX "join_requests_created_at_idx" ON "join_requests" USING btree ("created_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "data_exports" CASCADE;
  DROP TABLE "erasure_log" CASCADE;
  DROP TABLE "join_requests" CASCADE;
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'send-email', 'training-reminders', 'recompute-champions', 'award-recompute', 'award-daily');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'send-email', 'training-reminders', 'recompute-champions', 'award-recompute', 'award-daily');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP TYPE "public"."enum_data_exports_status";
  DROP TYPE "public"."enum_join_requests_setting_type";
  DROP TYPE "public"."enum_join_requests_status";`)
}
