import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_settings_type" AS ENUM('primary', 'secondary', 'special', 'alternative-provision', 'all-through', 'sixth-form', 'college');
  CREATE TYPE "public"."enum_settings_award_track" AS ENUM('school', 'college');
  CREATE TYPE "public"."enum_users_role" AS ENUM('service-admin', 'service-staff', 'setting-lead', 'setting-staff');
  CREATE TYPE "public"."enum_framework_references_framework" AS ENUM('ofsted', 'send-code', 'nice');
  CREATE TYPE "public"."enum_questions_setting_types" AS ENUM('primary', 'secondary', 'special', 'alternative-provision', 'all-through', 'sixth-form', 'college');
  CREATE TYPE "public"."enum_questions_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__questions_v_version_setting_types" AS ENUM('primary', 'secondary', 'special', 'alternative-provision', 'all-through', 'sixth-form', 'college');
  CREATE TYPE "public"."enum__questions_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_recommendations_trigger_kind" AS ENUM('principle-band', 'question-level');
  CREATE TYPE "public"."enum_recommendations_trigger_band" AS ENUM('red', 'amber', 'green');
  CREATE TYPE "public"."enum_recommendations_trigger_level" AS ENUM('0', '1', '2');
  CREATE TYPE "public"."enum_recommendations_priority" AS ENUM('high', 'medium', 'low');
  CREATE TYPE "public"."enum_recommendations_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__recommendations_v_version_trigger_kind" AS ENUM('principle-band', 'question-level');
  CREATE TYPE "public"."enum__recommendations_v_version_trigger_band" AS ENUM('red', 'amber', 'green');
  CREATE TYPE "public"."enum__recommendations_v_version_trigger_level" AS ENUM('0', '1', '2');
  CREATE TYPE "public"."enum__recommendations_v_version_priority" AS ENUM('high', 'medium', 'low');
  CREATE TYPE "public"."enum__recommendations_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'send-email');
  CREATE TYPE "public"."enum_payload_jobs_log_state" AS ENUM('failed', 'succeeded');
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'send-email');
  CREATE TABLE "settings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"urn" varchar,
  	"type" "enum_settings_type" NOT NULL,
  	"district" varchar,
  	"award_track" "enum_settings_award_track",
  	"active" boolean DEFAULT true,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "users_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"created_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "users" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"role" "enum_users_role" DEFAULT 'setting-staff' NOT NULL,
  	"setting_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"email" varchar NOT NULL,
  	"reset_password_token" varchar,
  	"reset_password_expiration" timestamp(3) with time zone,
  	"salt" varchar,
  	"hash" varchar,
  	"reset_password_requested_at" timestamp(3) with time zone,
  	"login_attempts" numeric DEFAULT 0,
  	"lock_until" timestamp(3) with time zone
  );
  
  CREATE TABLE "media" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"alt" varchar NOT NULL,
  	"setting_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric,
  	"sizes_thumbnail_url" varchar,
  	"sizes_thumbnail_width" numeric,
  	"sizes_thumbnail_height" numeric,
  	"sizes_thumbnail_mime_type" varchar,
  	"sizes_thumbnail_filesize" numeric,
  	"sizes_thumbnail_filename" varchar
  );
  
  CREATE TABLE "principles" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" numeric NOT NULL,
  	"label" varchar NOT NULL,
  	"title" varchar NOT NULL,
  	"description" varchar,
  	"key" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "framework_references" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"framework" "enum_framework_references_framework" NOT NULL,
  	"version" varchar NOT NULL,
  	"code" varchar NOT NULL,
  	"title" varchar NOT NULL,
  	"url" varchar,
  	"superseded" boolean DEFAULT false,
  	"key" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "questions_setting_types" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_questions_setting_types",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "questions" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"principle_id" integer,
  	"order" numeric,
  	"prompt" varchar,
  	"guidance" jsonb,
  	"weight" numeric DEFAULT 1,
  	"active" boolean DEFAULT true,
  	"key" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_questions_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "questions_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"framework_references_id" integer
  );
  
  CREATE TABLE "_questions_v_version_setting_types" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__questions_v_version_setting_types",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_questions_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_principle_id" integer,
  	"version_order" numeric,
  	"version_prompt" varchar,
  	"version_guidance" jsonb,
  	"version_weight" numeric DEFAULT 1,
  	"version_active" boolean DEFAULT true,
  	"version_key" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__questions_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_questions_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"framework_references_id" integer
  );
  
  CREATE TABLE "recommendations_resources" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"label" varchar,
  	"url" varchar
  );
  
  CREATE TABLE "recommendations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"body" jsonb,
  	"principle_id" integer,
  	"trigger_kind" "enum_recommendations_trigger_kind" DEFAULT 'principle-band',
  	"trigger_band" "enum_recommendations_trigger_band",
  	"trigger_question_id" integer,
  	"trigger_level" "enum_recommendations_trigger_level",
  	"priority" "enum_recommendations_priority" DEFAULT 'medium',
  	"active" boolean DEFAULT true,
  	"key" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_recommendations_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_recommendations_v_version_resources" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"label" varchar,
  	"url" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_recommendations_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_body" jsonb,
  	"version_principle_id" integer,
  	"version_trigger_kind" "enum__recommendations_v_version_trigger_kind" DEFAULT 'principle-band',
  	"version_trigger_band" "enum__recommendations_v_version_trigger_band",
  	"version_trigger_question_id" integer,
  	"version_trigger_level" "enum__recommendations_v_version_trigger_level",
  	"version_priority" "enum__recommendations_v_version_priority" DEFAULT 'medium',
  	"version_active" boolean DEFAULT true,
  	"version_key" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__recommendations_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "payload_kv" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"data" jsonb NOT NULL
  );
  
  CREATE TABLE "payload_jobs_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"executed_at" timestamp(3) with time zone NOT NULL,
  	"completed_at" timestamp(3) with time zone NOT NULL,
  	"task_slug" "enum_payload_jobs_log_task_slug" NOT NULL,
  	"task_i_d" varchar NOT NULL,
  	"input" jsonb,
  	"output" jsonb,
  	"state" "enum_payload_jobs_log_state" NOT NULL,
  	"error" jsonb
  );
  
  CREATE TABLE "payload_jobs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"input" jsonb,
  	"completed_at" timestamp(3) with time zone,
  	"total_tried" numeric DEFAULT 0,
  	"has_error" boolean DEFAULT false,
  	"error" jsonb,
  	"task_slug" "enum_payload_jobs_task_slug",
  	"queue" varchar DEFAULT 'default',
  	"wait_until" timestamp(3) with time zone,
  	"processing" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"global_slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"settings_id" integer,
  	"users_id" integer,
  	"media_id" integer,
  	"principles_id" integer,
  	"framework_references_id" integer,
  	"questions_id" integer,
  	"recommendations_id" integer
  );
  
  CREATE TABLE "payload_preferences" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"value" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_preferences_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_migrations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"batch" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "hub_options" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"rag_bands_red_below" numeric DEFAULT 40 NOT NULL,
  	"rag_bands_amber_below" numeric DEFAULT 75 NOT NULL,
  	"champion_threshold" numeric DEFAULT 3 NOT NULL,
  	"benchmark_minimum" numeric DEFAULT 5 NOT NULL,
  	"service_inbox" varchar,
  	"award_validity_years" numeric DEFAULT 3 NOT NULL,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "users_sessions" ADD CONSTRAINT "users_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users" ADD CONSTRAINT "users_setting_id_settings_id_fk" FOREIGN KEY ("setting_id") REFERENCES "public"."settings"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "media" ADD CONSTRAINT "media_setting_id_settings_id_fk" FOREIGN KEY ("setting_id") REFERENCES "public"."settings"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "questions_setting_types" ADD CONSTRAINT "questions_setting_types_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."questions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "questions" ADD CONSTRAINT "questions_principle_id_principles_id_fk" FOREIGN KEY ("principle_id") REFERENCES "public"."principles"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "questions_rels" ADD CONSTRAINT "questions_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."questions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "questions_rels" ADD CONSTRAINT "questions_rels_framework_references_fk" FOREIGN KEY ("framework_references_id") REFERENCES "public"."framework_references"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_questions_v_version_setting_types" ADD CONSTRAINT "_questions_v_version_setting_types_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_questions_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_questions_v" ADD CONSTRAINT "_questions_v_parent_id_questions_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."questions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_questions_v" ADD CONSTRAINT "_questions_v_version_principle_id_principles_id_fk" FOREIGN KEY ("version_principle_id") REFERENCES "public"."principles"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_questions_v_rels" ADD CONSTRAINT "_questions_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_questions_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_questions_v_rels" ADD CONSTRAINT "_questions_v_rels_framework_references_fk" FOREIGN KEY ("framework_references_id") REFERENCES "public"."framework_references"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "recommendations_resources" ADD CONSTRAINT "recommendations_resources_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."recommendations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "recommendations" ADD CONSTRAINT "recommendations_principle_id_principles_id_fk" FOREIGN KEY ("principle_id") REFERENCES "public"."principles"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "recommendations" ADD CONSTRAINT "recommendations_trigger_question_id_questions_id_fk" FOREIGN KEY ("trigger_question_id") REFERENCES "public"."questions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_recommendations_v_version_resources" ADD CONSTRAINT "_recommendations_v_version_resources_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_recommendations_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_recommendations_v" ADD CONSTRAINT "_recommendations_v_parent_id_recommendations_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."recommendations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_recommendations_v" ADD CONSTRAINT "_recommendations_v_version_principle_id_principles_id_fk" FOREIGN KEY ("version_principle_id") REFERENCES "public"."principles"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_recommendations_v" ADD CONSTRAINT "_recommendations_v_version_trigger_question_id_questions_id_fk" FOREIGN KEY ("version_trigger_question_id") REFERENCES "public"."questions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_jobs_log" ADD CONSTRAINT "payload_jobs_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."payload_jobs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_locked_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_settings_fk" FOREIGN KEY ("settings_id") REFERENCES "public"."settings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_principles_fk" FOREIGN KEY ("principles_id") REFERENCES "public"."principles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_framework_references_fk" FOREIGN KEY ("framework_references_id") REFERENCES "public"."framework_references"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_questions_fk" FOREIGN KEY ("questions_id") REFERENCES "public"."questions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_recommendations_fk" FOREIGN KEY ("recommendations_id") REFERENCES "public"."recommendations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_preferences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  CREATE UNIQUE INDEX "settings_urn_idx" ON "settings" USING btree ("urn");
  CREATE INDEX "settings_type_idx" ON "settings" USING btree ("type");
  CREATE INDEX "settings_active_idx" ON "settings" USING btree ("active");
  CREATE INDEX "settings_updated_at_idx" ON "settings" USING btree ("updated_at");
  CREATE INDEX "settings_created_at_idx" ON "settings" USING btree ("created_at");
  CREATE INDEX "users_sessions_order_idx" ON "users_sessions" USING btree ("_order");
  CREATE INDEX "users_sessions_parent_id_idx" ON "users_sessions" USING btree ("_parent_id");
  CREATE INDEX "users_role_idx" ON "users" USING btree ("role");
  CREATE INDEX "users_setting_idx" ON "users" USING btree ("setting_id");
  CREATE INDEX "users_updated_at_idx" ON "users" USING btree ("updated_at");
  CREATE INDEX "users_created_at_idx" ON "users" USING btree ("created_at");
  CREATE UNIQUE INDEX "users_email_idx" ON "users" USING btree ("email");
  CREATE INDEX "media_setting_idx" ON "media" USING btree ("setting_id");
  CREATE INDEX "media_updated_at_idx" ON "media" USING btree ("updated_at");
  CREATE INDEX "media_created_at_idx" ON "media" USING btree ("created_at");
  CREATE UNIQUE INDEX "media_filename_idx" ON "media" USING btree ("filename");
  CREATE INDEX "media_sizes_thumbnail_sizes_thumbnail_filename_idx" ON "media" USING btree ("sizes_thumbnail_filename");
  CREATE UNIQUE INDEX "principles_order_idx" ON "principles" USING btree ("order");
  CREATE UNIQUE INDEX "principles_key_idx" ON "principles" USING btree ("key");
  CREATE INDEX "principles_updated_at_idx" ON "principles" USING btree ("updated_at");
  CREATE INDEX "principles_created_at_idx" ON "principles" USING btree ("created_at");
  CREATE INDEX "framework_references_framework_idx" ON "framework_references" USING btree ("framework");
  CREATE UNIQUE INDEX "framework_references_key_idx" ON "framework_references" USING btree ("key");
  CREATE INDEX "framework_references_updated_at_idx" ON "framework_references" USING btree ("updated_at");
  CREATE INDEX "framework_references_created_at_idx" ON "framework_references" USING btree ("created_at");
  CREATE INDEX "questions_setting_types_order_idx" ON "questions_setting_types" USING btree ("order");
  CREATE INDEX "questions_setting_types_parent_idx" ON "questions_setting_types" USING btree ("parent_id");
  CREATE INDEX "questions_principle_idx" ON "questions" USING btree ("principle_id");
  CREATE INDEX "questions_active_idx" ON "questions" USING btree ("active");
  CREATE UNIQUE INDEX "questions_key_idx" ON "questions" USING btree ("key");
  CREATE INDEX "questions_updated_at_idx" ON "questions" USING btree ("updated_at");
  CREATE INDEX "questions_created_at_idx" ON "questions" USING btree ("created_at");
  CREATE INDEX "questions__status_idx" ON "questions" USING btree ("_status");
  CREATE INDEX "questions_rels_order_idx" ON "questions_rels" USING btree ("order");
  CREATE INDEX "questions_rels_parent_idx" ON "questions_rels" USING btree ("parent_id");
  CREATE INDEX "questions_rels_path_idx" ON "questions_rels" USING btree ("path");
  CREATE INDEX "questions_rels_framework_references_id_idx" ON "questions_rels" USING btree ("framework_references_id");
  CREATE INDEX "_questions_v_version_setting_types_order_idx" ON "_questions_v_version_setting_types" USING btree ("order");
  CREATE INDEX "_questions_v_version_setting_types_parent_idx" ON "_questions_v_version_setting_types" USING btree ("parent_id");
  CREATE INDEX "_questions_v_parent_idx" ON "_questions_v" USING btree ("parent_id");
  CREATE INDEX "_questions_v_version_version_principle_idx" ON "_questions_v" USING btree ("version_principle_id");
  CREATE INDEX "_questions_v_version_version_active_idx" ON "_questions_v" USING btree ("version_active");
  CREATE INDEX "_questions_v_version_version_key_idx" ON "_questions_v" USING btree ("version_key");
  CREATE INDEX "_questions_v_version_version_updated_at_idx" ON "_questions_v" USING btree ("version_updated_at");
  CREATE INDEX "_questions_v_version_version_created_at_idx" ON "_questions_v" USING btree ("version_created_at");
  CREATE INDEX "_questions_v_version_version__status_idx" ON "_questions_v" USING btree ("version__status");
  CREATE INDEX "_questions_v_created_at_idx" ON "_questions_v" USING btree ("created_at");
  CREATE INDEX "_questions_v_updated_at_idx" ON "_questions_v" USING btree ("updated_at");
  CREATE INDEX "_questions_v_latest_idx" ON "_questions_v" USING btree ("latest");
  CREATE INDEX "_questions_v_rels_order_idx" ON "_questions_v_rels" USING btree ("order");
  CREATE INDEX "_questions_v_rels_parent_idx" ON "_questions_v_rels" USING btree ("parent_id");
  CREATE INDEX "_questions_v_rels_path_idx" ON "_questions_v_rels" USING btree ("path");
  CREATE INDEX "_questions_v_rels_framework_references_id_idx" ON "_questions_v_rels" USING btree ("framework_references_id");
  CREATE INDEX "recommendations_resources_order_idx" ON "recommendations_resources" USING btree ("_order");
  CREATE INDEX "recommendations_resources_parent_id_idx" ON "recommendations_resources" USING btree ("_parent_id");
  CREATE INDEX "recommendations_principle_idx" ON "recommendations" USING btree ("principle_id");
  CREATE INDEX "recommendations_trigger_trigger_question_idx" ON "recommendations" USING btree ("trigger_question_id");
  CREATE INDEX "recommendations_active_idx" ON "recommendations" USING btree ("active");
  CREATE UNIQUE INDEX "recommendations_key_idx" ON "recommendations" USING btree ("key");
  CREATE INDEX "recommendations_updated_at_idx" ON "recommendations" USING btree ("updated_at");
  CREATE INDEX "recommendations_created_at_idx" ON "recommendations" USING btree ("created_at");
  CREATE INDEX "recommendations__status_idx" ON "recommendations" USING btree ("_status");
  CREATE INDEX "_recommendations_v_version_resources_order_idx" ON "_recommendations_v_version_resources" USING btree ("_order");
  CREATE INDEX "_recommendations_v_version_resources_parent_id_idx" ON "_recommendations_v_version_resources" USING btree ("_parent_id");
  CREATE INDEX "_recommendations_v_parent_idx" ON "_recommendations_v" USING btree ("parent_id");
  CREATE INDEX "_recommendations_v_version_version_principle_idx" ON "_recommendations_v" USING btree ("version_principle_id");
  CREATE INDEX "_recommendations_v_version_trigger_version_trigger_quest_idx" ON "_recommendations_v" USING btree ("version_trigger_question_id");
  CREATE INDEX "_recommendations_v_version_version_active_idx" ON "_recommendations_v" USING btree ("version_active");
  CREATE INDEX "_recommendations_v_version_version_key_idx" ON "_recommendations_v" USING btree ("version_key");
  CREATE INDEX "_recommendations_v_version_version_updated_at_idx" ON "_recommendations_v" USING btree ("version_updated_at");
  CREATE INDEX "_recommendations_v_version_version_created_at_idx" ON "_recommendations_v" USING btree ("version_created_at");
  CREATE INDEX "_recommendations_v_version_version__status_idx" ON "_recommendations_v" USING btree ("version__status");
  CREATE INDEX "_recommendations_v_created_at_idx" ON "_recommendations_v" USING btree ("created_at");
  CREATE INDEX "_recommendations_v_updated_at_idx" ON "_recommendations_v" USING btree ("updated_at");
  CREATE INDEX "_recommendations_v_latest_idx" ON "_recommendations_v" USING btree ("latest");
  CREATE UNIQUE INDEX "payload_kv_key_idx" ON "payload_kv" USING btree ("key");
  CREATE INDEX "payload_jobs_log_order_idx" ON "payload_jobs_log" USING btree ("_order");
  CREATE INDEX "payload_jobs_log_parent_id_idx" ON "payload_jobs_log" USING btree ("_parent_id");
  CREATE INDEX "payload_jobs_completed_at_idx" ON "payload_jobs" USING btree ("completed_at");
  CREATE INDEX "payload_jobs_total_tried_idx" ON "payload_jobs" USING btree ("total_tried");
  CREATE INDEX "payload_jobs_has_error_idx" ON "payload_jobs" USING btree ("has_error");
  CREATE INDEX "payload_jobs_task_slug_idx" ON "payload_jobs" USING btree ("task_slug");
  CREATE INDEX "payload_jobs_queue_idx" ON "payload_jobs" USING btree ("queue");
  CREATE INDEX "payload_jobs_wait_until_idx" ON "payload_jobs" USING btree ("wait_until");
  CREATE INDEX "payload_jobs_processing_idx" ON "payload_jobs" USING btree ("processing");
  CREATE INDEX "payload_jobs_updated_at_idx" ON "payload_jobs" USING btree ("updated_at");
  CREATE INDEX "payload_jobs_created_at_idx" ON "payload_jobs" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_global_slug_idx" ON "payload_locked_documents" USING btree ("global_slug");
  CREATE INDEX "payload_locked_documents_updated_at_idx" ON "payload_locked_documents" USING btree ("updated_at");
  CREATE INDEX "payload_locked_documents_created_at_idx" ON "payload_locked_documents" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_rels_order_idx" ON "payload_locked_documents_rels" USING btree ("order");
  CREATE INDEX "payload_locked_documents_rels_parent_idx" ON "payload_locked_documents_rels" USING btree ("parent_id");
  CREATE INDEX "payload_locked_documents_rels_path_idx" ON "payload_locked_documents_rels" USING btree ("path");
  CREATE INDEX "payload_locked_documents_rels_settings_id_idx" ON "payload_locked_documents_rels" USING btree ("settings_id");
  CREATE INDEX "payload_locked_documents_rels_users_id_idx" ON "payload_locked_documents_rels" USING btree ("users_id");
  CREATE INDEX "payload_locked_documents_rels_media_id_idx" ON "payload_locked_documents_rels" USING btree ("media_id");
  CREATE INDEX "payload_locked_documents_rels_principles_id_idx" ON "payload_locked_documents_rels" USING btree ("principles_id");
  CREATE INDEX "payload_locked_documents_rels_framework_references_id_idx" ON "payload_locked_documents_rels" USING btree ("framework_references_id");
  CREATE INDEX "payload_locked_documents_rels_questions_id_idx" ON "payload_locked_documents_rels" USING btree ("questions_id");
  CREATE INDEX "payload_locked_documents_rels_recommendations_id_idx" ON "payload_locked_documents_rels" USING btree ("recommendations_id");
  CREATE INDEX "payload_preferences_key_idx" ON "payload_preferences" USING btree ("key");
  CREATE INDEX "payload_preferences_updated_at_idx" ON "payload_preferences" USING btree ("updated_at");
  CREATE INDEX "payload_preferences_created_at_idx" ON "payload_preferences" USING btree ("created_at");
  CREATE INDEX "payload_preferences_rels_order_idx" ON "payload_preferences_rels" USING btree ("order");
  CREATE INDEX "payload_preferences_rels_parent_idx" ON "payload_preferences_rels" USING btree ("parent_id");
  CREATE INDEX "payload_preferences_rels_path_idx" ON "payload_preferences_rels" USING btree ("path");
  CREATE INDEX "payload_preferences_rels_users_id_idx" ON "payload_preferences_rels" USING btree ("users_id");
  CREATE INDEX "payload_migrations_updated_at_idx" ON "payload_migrations" USING btree ("updated_at");
  CREATE INDEX "payload_migrations_created_at_idx" ON "payload_migrations" USING btree ("created_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "settings" CASCADE;
  DROP TABLE "users_sessions" CASCADE;
  DROP TABLE "users" CASCADE;
  DROP TABLE "media" CASCADE;
  DROP TABLE "principles" CASCADE;
  DROP TABLE "framework_references" CASCADE;
  DROP TABLE "questions_setting_types" CASCADE;
  DROP TABLE "questions" CASCADE;
  DROP TABLE "questions_rels" CASCADE;
  DROP TABLE "_questions_v_version_setting_types" CASCADE;
  DROP TABLE "_questions_v" CASCADE;
  DROP TABLE "_questions_v_rels" CASCADE;
  DROP TABLE "recommendations_resources" CASCADE;
  DROP TABLE "recommendations" CASCADE;
  DROP TABLE "_recommendations_v_version_resources" CASCADE;
  DROP TABLE "_recommendations_v" CASCADE;
  DROP TABLE "payload_kv" CASCADE;
  DROP TABLE "payload_jobs_log" CASCADE;
  DROP TABLE "payload_jobs" CASCADE;
  DROP TABLE "payload_locked_documents" CASCADE;
  DROP TABLE "payload_locked_documents_rels" CASCADE;
  DROP TABLE "payload_preferences" CASCADE;
  DROP TABLE "payload_preferences_rels" CASCADE;
  DROP TABLE "payload_migrations" CASCADE;
  DROP TABLE "hub_options" CASCADE;
  DROP TYPE "public"."enum_settings_type";
  DROP TYPE "public"."enum_settings_award_track";
  DROP TYPE "public"."enum_users_role";
  DROP TYPE "public"."enum_framework_references_framework";
  DROP TYPE "public"."enum_questions_setting_types";
  DROP TYPE "public"."enum_questions_status";
  DROP TYPE "public"."enum__questions_v_version_setting_types";
  DROP TYPE "public"."enum__questions_v_version_status";
  DROP TYPE "public"."enum_recommendations_trigger_kind";
  DROP TYPE "public"."enum_recommendations_trigger_band";
  DROP TYPE "public"."enum_recommendations_trigger_level";
  DROP TYPE "public"."enum_recommendations_priority";
  DROP TYPE "public"."enum_recommendations_status";
  DROP TYPE "public"."enum__recommendations_v_version_trigger_kind";
  DROP TYPE "public"."enum__recommendations_v_version_trigger_band";
  DROP TYPE "public"."enum__recommendations_v_version_trigger_level";
  DROP TYPE "public"."enum__recommendations_v_version_priority";
  DROP TYPE "public"."enum__recommendations_v_version_status";
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  DROP TYPE "public"."enum_payload_jobs_log_state";
  DROP TYPE "public"."enum_payload_jobs_task_slug";`)
}
