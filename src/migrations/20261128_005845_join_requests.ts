import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_join_requests_setting_type" AS ENUM('primary', 'secondary', 'special', 'alternative-provision', 'all-through', 'sixth-form', 'college');
  CREATE TYPE "public"."enum_join_requests_status" AS ENUM('new', 'approved', 'declined');
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
  
  ALTER TABLE "join_requests" ADD CONSTRAINT "join_requests_decided_by_id_users_id_fk" FOREIGN KEY ("decided_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "join_requests" ADD CONSTRAINT "join_requests_setting_id_settings_id_fk" FOREIGN KEY ("setting_id") REFERENCES "public"."settings"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "join_requests" ADD CONSTRAINT "join_requests_lead_id_users_id_fk" FOREIGN KEY ("lead_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
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
   DROP TABLE "join_requests" CASCADE;
  DROP TYPE "public"."enum_join_requests_setting_type";
  DROP TYPE "public"."enum_join_requests_status";`)
}
