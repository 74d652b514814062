import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_training_courses_audience" AS ENUM('staff', 'pupils', 'parents-carers');
  CREATE TYPE "public"."enum_training_courses_format" AS ENUM('in-person', 'online', 'blended');
  CREATE TYPE "public"."enum_training_courses_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__training_courses_v_version_audience" AS ENUM('staff', 'pupils', 'parents-carers');
  CREATE TYPE "public"."enum__training_courses_v_version_format" AS ENUM('in-person', 'online', 'blended');
  CREATE TYPE "public"."enum__training_courses_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_training_sessions_startsat_tz" AS ENUM('Europe/London');
  CREATE TYPE "public"."enum_training_sessions_endsat_tz" AS ENUM('Europe/London');
  CREATE TYPE "public"."enum_training_sessions_mode" AS ENUM('in-person', 'online');
  CREATE TYPE "public"."enum_training_sessions_status" AS ENUM('scheduled', 'cancelled', 'completed');
  CREATE TYPE "public"."enum_attendances_status" AS ENUM('booked', 'waitlisted', 'apologies', 'cancelled', 'attended', 'absent');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'training-reminders';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'training-reminders';
  CREATE TABLE "recommendations_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"training_courses_id" integer
  );
  
  CREATE TABLE "_recommendations_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"training_courses_id" integer
  );
  
  CREATE TABLE "training_courses_audience" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_training_courses_audience",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "training_courses" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"summary" varchar,
  	"description" jsonb,
  	"format" "enum_training_courses_format" DEFAULT 'in-person',
  	"duration_minutes" numeric,
  	"active" boolean DEFAULT true,
  	"key" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_training_courses_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "training_courses_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"principles_id" integer
  );
  
  CREATE TABLE "_training_courses_v_version_audience" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__training_courses_v_version_audience",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_training_courses_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_description" jsonb,
  	"version_format" "enum__training_courses_v_version_format" DEFAULT 'in-person',
  	"version_duration_minutes" numeric,
  	"version_active" boolean DEFAULT true,
  	"version_key" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__training_courses_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_training_courses_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"principles_id" integer
  );
  
  CREATE TABLE "training_sessions" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"course_id" integer NOT NULL,
  	"title" varchar,
  	"starts_at" timestamp(3) with time zone NOT NULL,
  	"startsat_tz" "enum_training_sessions_startsat_tz" DEFAULT 'Europe/London' NOT NULL,
  	"ends_at" timestamp(3) with time zone NOT NULL,
  	"endsat_tz" "enum_training_sessions_endsat_tz" DEFAULT 'Europe/London' NOT NULL,
  	"mode" "enum_training_sessions_mode" DEFAULT 'in-person' NOT NULL,
  	"venue" varchar,
  	"joining_link" varchar,
  	"capacity" numeric DEFAULT 20 NOT NULL,
  	"waiting_list_size" numeric DEFAULT 10 NOT NULL,
  	"status" "enum_training_sessions_status" DEFAULT 'scheduled' NOT NULL,
  	"trainer_id" integer,
  	"notes" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "staff_members" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"job_role" varchar,
  	"email" varchar,
  	"active" boolean DEFAULT true,
  	"setting_id" integer NOT NULL,
  	"champion" boolean DEFAULT false,
  	"champion_since" timestamp(3) with time zone,
  	"sessions_attended" numeric DEFAULT 0,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "attendances" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"session_id" integer NOT NULL,
  	"staff_member_id" integer NOT NULL,
  	"setting_id" integer,
  	"status" "enum_attendances_status" DEFAULT 'booked' NOT NULL,
  	"booked_by_id" integer,
  	"booked_at" timestamp(3) with time zone,
  	"waitlisted_at" timestamp(3) with time zone,
  	"status_changed_by_id" integer,
  	"status_changed_at" timestamp(3) with time zone,
  	"marked_by_id" integer,
  	"marked_at" timestamp(3) with time zone,
  	"reminder_sent_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_jobs_stats" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"stats" jsonb,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "payload_jobs" ADD COLUMN "meta" jsonb;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "training_courses_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "training_sessions_id" integer;
  ALTER TABLE "recommendations_rels" ADD CONSTRAINT "recommendations_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."recommendations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "recommendations_rels" ADD CONSTRAINT "recommendations_rels_training_courses_fk" FOREIGN KEY ("training_courses_id") REFERENCES "public"."training_courses"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_recommendations_v_rels" ADD CONSTRAINT "_recommendations_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_recommendations_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_recommendations_v_rels" ADD CONSTRAINT "_recommendations_v_rels_training_courses_fk" FOREIGN KEY ("training_courses_id") REFERENCES "public"."training_courses"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "training_courses_audience" ADD CONSTRAINT "training_courses_audience_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."training_courses"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "training_courses_rels" ADD CONSTRAINT "training_courses_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."training_courses"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "training_courses_rels" ADD CONSTRAINT "training_courses_rels_principles_fk" FOREIGN KEY ("principles_id") REFERENCES "public"."principles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_training_courses_v_version_audience" ADD CONSTRAINT "_training_courses_v_version_audience_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_training_courses_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_training_courses_v" ADD CONSTRAINT "_training_courses_v_parent_id_training_courses_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."training_courses"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_training_courses_v_rels" ADD CONSTRAINT "_training_courses_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_training_courses_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_training_courses_v_rels" ADD CONSTRAINT "_training_courses_v_rels_principles_fk" FOREIGN KEY ("principles_id") REFERENCES "public"."principles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "training_sessions" ADD CONSTRAINT "training_sessions_course_id_training_courses_id_fk" FOREIGN KEY ("course_id") REFERENCES "public"."training_courses"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "training_sessions" ADD CONSTRAINT "training_sessions_trainer_id_users_id_fk" FOREIGN KEY ("trainer_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "staff_members" ADD CONSTRAINT "staff_members_setting_id_settings_id_fk" FOREIGN KEY ("setting_id") REFERENCES "public"."settings"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "attendances" ADD CONSTRAINT "attendances_session_id_training_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."training_sessions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "attendances" ADD CONSTRAINT "attendances_staff_member_id_staff_members_id_fk" FOREIGN KEY ("staff_member_id") REFERENCES "public"."staff_members"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "attendances" ADD CONSTRAINT "attendances_setting_id_settings_id_fk" FOREIGN KEY ("setting_id") REFERENCES "public"."settings"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "attendances" ADD CONSTRAINT "attendances_booked_by_id_users_id_fk" FOREIGN KEY ("booked_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "attendances" ADD CONSTRAINT "attendances_status_changed_by_id_users_id_fk" FOREIGN KEY ("status_changed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "attendances" ADD CONSTRAINT "attendances_marked_by_id_users_id_fk" FOREIGN KEY ("marked_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "recommendations_rels_order_idx" ON "recommendations_rels" USING btree ("order");
  CREATE INDEX "recommendations_rels_parent_idx" ON "recommendations_rels" USING btree ("parent_id");
  CREATE INDEX "recommendations_rels_path_idx" ON "recommendations_rels" USING btree ("path");
  CREATE INDEX "recommendations_rels_training_courses_id_idx" ON "recommendations_rels" USING btree ("training_courses_id");
  CREATE INDEX "_recommendations_v_rels_order_idx" ON "_recommendations_v_rels" USING btree ("order");
  CREATE INDEX "_recommendations_v_rels_parent_idx" ON "_recommendations_v_rels" USING btree ("parent_id");
  CREATE INDEX "_recommendations_v_rels_path_idx" ON "_recommendations_v_rels" USING btree ("path");
  CREATE INDEX "_recommendations_v_rels_training_courses_id_idx" ON "_recommendations_v_rels" USING btree ("training_courses_id");
  CREATE INDEX "training_courses_audience_order_idx" ON "training_courses_audience" USING btree ("order");
  CREATE INDEX "training_courses_audience_parent_idx" ON "training_courses_audience" USING btree ("parent_id");
  CREATE INDEX "training_courses_active_idx" ON "training_courses" USING btree ("active");
  CREATE UNIQUE INDEX "training_courses_key_idx" ON "training_courses" USING btree ("key");
  CREATE INDEX "training_courses_updated_at_idx" ON "training_courses" USING btree ("updated_at");
  CREATE INDEX "training_courses_created_at_idx" ON "training_courses" USING btree ("created_at");
  CREATE INDEX "training_courses__status_idx" ON "training_courses" USING btree ("_status");
  CREATE INDEX "training_courses_rels_order_idx" ON "training_courses_rels" USING btree ("order");
  CREATE INDEX "training_courses_rels_parent_idx" ON "training_courses_rels" USING btree ("parent_id");
  CREATE INDEX "training_courses_rels_path_idx" ON "training_courses_rels" USING btree ("path");
  CREATE INDEX "training_courses_rels_principles_id_idx" ON "training_courses_rels" USING btree ("principles_id");
  CREATE INDEX "_training_courses_v_version_audience_order_idx" ON "_training_courses_v_version_audience" USING btree ("order");
  CREATE INDEX "_training_courses_v_version_audience_parent_idx" ON "_training_courses_v_version_audience" USING btree ("parent_id");
  CREATE INDEX "_training_courses_v_parent_idx" ON "_training_courses_v" USING btree ("parent_id");
  CREATE INDEX "_training_courses_v_version_version_active_idx" ON "_training_courses_v" USING btree ("version_active");
  CREATE INDEX "_training_courses_v_version_version_key_idx" ON "_training_courses_v" USING btree ("version_key");
  CREATE INDEX "_training_courses_v_version_version_updated_at_idx" ON "_training_courses_v" USING btree ("version_updated_at");
  CREATE INDEX "_training_courses_v_version_version_created_at_idx" ON "_training_courses_v" USING btree ("version_created_at");
  CREATE INDEX "_training_courses_v_version_version__status_idx" ON "_training_courses_v" USING btree ("version__status");
  CREATE INDEX "_training_courses_v_created_at_idx" ON "_training_courses_v" USING btree ("created_at");
  CREATE INDEX "_training_courses_v_updated_at_idx" ON "_training_courses_v" USING btree ("updated_at");
  CREATE INDEX "_training_courses_v_latest_idx" ON "_training_courses_v" USING btree ("latest");
  CREATE INDEX "_training_courses_v_rels_order_idx" ON "_training_courses_v_rels" USING btree ("order");
  CREATE INDEX "_training_courses_v_rels_parent_idx" ON "_training_courses_v_rels" USING btree ("parent_id");
  CREATE INDEX "_training_courses_v_rels_path_idx" ON "_training_courses_v_rels" USING btree ("path");
  CREATE INDEX "_training_courses_v_rels_principles_id_idx" ON "_training_courses_v_rels" USING btree ("principles_id");
  CREATE INDEX "training_sessions_course_idx" ON "training_sessions" USING btree ("course_id");
  CREATE INDEX "training_sessions_starts_at_idx" ON "training_sessions" USING btree ("starts_at");
  CREATE INDEX "training_sessions_status_idx" ON "training_sessions" USING btree ("status");
  CREATE INDEX "training_sessions_trainer_idx" ON "training_sessions" USING btree ("trainer_id");
  CREATE INDEX "training_sessions_updated_at_idx" ON "training_sessions" USING btree ("updated_at");
  CREATE INDEX "training_sessions_created_at_idx" ON "training_sessions" USING btree ("created_at");
  CREATE INDEX "staff_members_active_idx" ON "staff_members" USING btree ("active");
  CREATE INDEX "staff_members_setting_idx" ON "staff_members" USING btree ("setting_id");
  CREATE INDEX "staff_members_champion_idx" ON "staff_members" USING btree ("champion");
  CREATE INDEX "staff_members_updated_at_idx" ON "staff_members" USING btree ("updated_at");
  CREATE INDEX "staff_members_created_at_idx" ON "staff_members" USING btree ("created_at");
  CREATE INDEX "attendances_session_idx" ON "attendances" USING btree ("session_id");
  CREATE INDEX "attendances_staff_member_idx" ON "attendances" USING btree ("staff_member_id");
  CREATE INDEX "attendances_setting_idx" ON "attendances" USING btree ("setting_id");
  CREATE INDEX "attendances_status_idx" ON "attendances" USING btree ("status");
  CREATE INDEX "attendances_booked_by_idx" ON "attendances" USING btree ("booked_by_id");
  CREATE INDEX "attendances_status_changed_by_idx" ON "attendances" USING btree ("status_changed_by_id");
  CREATE INDEX "attendances_marked_by_idx" ON "attendances" USING btree ("marked_by_id");
  CREATE INDEX "attendances_updated_at_idx" ON "attendances" USING btree ("updated_at");
  CREATE INDEX "attendances_created_at_idx" ON "attendances" USING btree ("created_at");
  CREATE UNIQUE INDEX "session_staffMember_idx" ON "attendances" USING btree ("session_id","staff_member_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_training_courses_fk" FOREIGN KEY ("training_courses_id") REFERENCES "public"."training_courses"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_training_sessions_fk" FOREIGN KEY ("training_sessions_id") REFERENCES "public"."training_sessions"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_training_courses_id_idx" ON "payload_locked_documents_rels" USING btree ("training_courses_id");
  CREATE INDEX "payload_locked_documents_rels_training_sessions_id_idx" ON "payload_locked_documents_rels" USING btree ("training_sessions_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "recommendations_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_recommendations_v_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "training_courses_audience" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "training_courses" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "training_courses_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_training_courses_v_version_audience" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_training_courses_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_training_courses_v_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "training_sessions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "staff_members" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "attendances" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payload_jobs_stats" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "recommendations_rels" CASCADE;
  DROP TABLE "_recommendations_v_rels" CASCADE;
  DROP TABLE "training_courses_audience" CASCADE;
  DROP TABLE "training_courses" CASCADE;
  DROP TABLE "training_courses_rels" CASCADE;
  DROP TABLE "_training_courses_v_version_audience" CASCADE;
  DROP TABLE "_training_courses_v" CASCADE;
  DROP TABLE "_training_courses_v_rels" CASCADE;
  DROP TABLE "training_sessions" CASCADE;
  DROP TABLE "staff_members" CASCADE;
  DROP TABLE "attendances" CASCADE;
  DROP TABLE "payload_jobs_stats" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_training_courses_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_training_sessions_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'send-email');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'send-email');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "payload_locked_documents_rels_training_courses_id_idx";
  DROP INDEX "payload_locked_documents_rels_training_sessions_id_idx";
  ALTER TABLE "payload_jobs" DROP COLUMN "meta";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "training_courses_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "training_sessions_id";
  DROP TYPE "public"."enum_training_courses_audience";
  DROP TYPE "public"."enum_training_courses_format";
  DROP TYPE "public"."enum_training_courses_status";
  DROP TYPE "public"."enum__training_courses_v_version_audience";
  DROP TYPE "public"."enum__training_courses_v_version_format";
  DROP TYPE "public"."enum__training_courses_v_version_status";
  DROP TYPE "public"."enum_training_sessions_startsat_tz";
  DROP TYPE "public"."enum_training_sessions_endsat_tz";
  DROP TYPE "public"."enum_training_sessions_mode";
  DROP TYPE "public"."enum_training_sessions_status";
  DROP TYPE "public"."enum_attendances_status";`)
}
