import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_case_studies_decisions_decision" AS ENUM('approved', 'changes-requested', 'rejected');
  CREATE TYPE "public"."enum_case_studies_status" AS ENUM('private', 'pending', 'published', 'changes-requested', 'rejected');
  CREATE TABLE "case_studies_decisions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"decision" "enum_case_studies_decisions_decision" NOT NULL,
  	"decided_by_id" integer,
  	"decided_at" timestamp(3) with time zone,
  	"feedback" varchar
  );
  
  CREATE TABLE "case_studies" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"summary" varchar NOT NULL,
  	"body" jsonb NOT NULL,
  	"anonymous" boolean DEFAULT false,
  	"setting_id" integer NOT NULL,
  	"author_id" integer,
  	"status" "enum_case_studies_status" DEFAULT 'private' NOT NULL,
  	"shared_at" timestamp(3) with time zone,
  	"pupil_confirmation_confirmed_by_id" integer,
  	"pupil_confirmation_confirmed_at" timestamp(3) with time zone,
  	"feedback" varchar,
  	"published_live" boolean DEFAULT false,
  	"published_title" varchar,
  	"published_summary" varchar,
  	"published_body" jsonb,
  	"published_body_text" varchar,
  	"published_setting_type" varchar,
  	"published_publisher_name" varchar,
  	"published_published_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "case_studies_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"principles_id" integer,
  	"media_id" integer
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "case_studies_id" integer;
  ALTER TABLE "case_studies_decisions" ADD CONSTRAINT "case_studies_decisions_decided_by_id_users_id_fk" FOREIGN KEY ("decided_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "case_studies_decisions" ADD CONSTRAINT "case_studies_decisions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."case_studies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "case_studies" ADD CONSTRAINT "case_studies_setting_id_settings_id_fk" FOREIGN KEY ("setting_id") REFERENCES "public"."settings"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "case_studies" ADD CONSTRAINT "case_studies_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "case_studies" ADD CONSTRAINT "case_studies_pupil_confirmation_confirmed_by_id_users_id_fk" FOREIGN KEY ("pupil_confirmation_confirmed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "case_studies_rels" ADD CONSTRAINT "case_studies_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."case_studies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "case_studies_rels" ADD CONSTRAINT "case_studies_rels_principles_fk" FOREIGN KEY ("principles_id") REFERENCES "public"."principles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "case_studies_rels" ADD CONSTRAINT "case_studies_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "case_studies_decisions_order_idx" ON "case_studies_decisions" USING btree ("_order");
  CREATE INDEX "case_studies_decisions_parent_id_idx" ON "case_studies_decisions" USING btree ("_parent_id");
  CREATE INDEX "case_studies_decisions_decided_by_idx" ON "case_studies_decisions" USING btree ("decided_by_id");
  CREATE INDEX "case_studies_setting_idx" ON "case_studies" USING btree ("setting_id");
  CREATE INDEX "case_studies_author_idx" ON "case_studies" USING btree ("author_id");
  CREATE INDEX "case_studies_status_idx" ON "case_studies" USING btree ("status");
  CREATE INDEX "case_studies_shared_at_idx" ON "case_studies" USING btree ("shared_at");
  CREATE INDEX "case_studies_pupil_confirmation_pupil_confirmation_confi_idx" ON "case_studies" USING btree ("pupil_confirmation_confirmed_by_id");
  CREATE INDEX "case_studies_published_published_live_idx" ON "case_studies" USING btree ("published_live");
  CREATE INDEX "case_studies_published_published_setting_type_idx" ON "case_studies" USING btree ("published_setting_type");
  CREATE INDEX "case_studies_published_published_published_at_idx" ON "case_studies" USING btree ("published_published_at");
  CREATE INDEX "case_studies_updated_at_idx" ON "case_studies" USING btree ("updated_at");
  CREATE INDEX "case_studies_created_at_idx" ON "case_studies" USING btree ("created_at");
  CREATE INDEX "case_studies_rels_order_idx" ON "case_studies_rels" USING btree ("order");
  CREATE INDEX "case_studies_rels_parent_idx" ON "case_studies_rels" USING btree ("parent_id");
  CREATE INDEX "case_studies_rels_path_idx" ON "case_studies_rels" USING btree ("path");
  CREATE INDEX "case_studies_rels_principles_id_idx" ON "case_studies_rels" USING btree ("principles_id");
  CREATE INDEX "case_studies_rels_media_id_idx" ON "case_studies_rels" USING btree ("media_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_case_studies_fk" FOREIGN KEY ("case_studies_id") REFERENCES "public"."case_studies"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_case_studies_id_idx" ON "payload_locked_documents_rels" USING btree ("case_studies_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "case_studies_decisions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "case_studies" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "case_studies_rels" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "case_studies_decisions" CASCADE;
  DROP TABLE "case_studies" CASCADE;
  DROP TABLE "case_studies_rels" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_case_studies_fk";
  
  DROP INDEX "payload_locked_documents_rels_case_studies_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "case_studies_id";
  DROP TYPE "public"."enum_case_studies_decisions_decision";
  DROP TYPE "public"."enum_case_studies_status";`)
}
