CREATE TYPE "public"."badge_format" AS ENUM('ob2', 'ob3');--> statement-breakpoint
CREATE TYPE "public"."badge_source" AS ENUM('png', 'svg', 'json', 'jwt', 'url', 'presentation');--> statement-breakpoint
CREATE TYPE "public"."badge_state" AS ENUM('verified', 'unverified', 'failed', 'revoked', 'expired');--> statement-breakpoint
CREATE TABLE "badges" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"cv_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"format" "badge_format" NOT NULL,
	"source" "badge_source" NOT NULL,
	"raw" text NOT NULL,
	"raw_hash" text NOT NULL,
	"credential_key" text NOT NULL,
	"achievement_id" text NOT NULL,
	"achievement_name" text NOT NULL,
	"description" text,
	"image_url" text,
	"criteria" text,
	"issuer_id" text NOT NULL,
	"issuer_name" text NOT NULL,
	"level" text,
	"alignments" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"skill_keys" text[] DEFAULT '{}'::text[] NOT NULL,
	"micro_credential" jsonb,
	"issued_at" timestamp with time zone,
	"expires_at" timestamp with time zone,
	"state" "badge_state" NOT NULL,
	"report" jsonb NOT NULL,
	"recipient_bound" text,
	"checked_at" timestamp with time zone DEFAULT now() NOT NULL,
	"verified_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "outgoing_mail" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid,
	"to" text NOT NULL,
	"subject" text NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "seeker_identities" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"type" text NOT NULL,
	"value" text NOT NULL,
	"verified_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "trusted_issuers" (
	"issuer_id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "badges" ADD CONSTRAINT "badges_cv_id_cvs_id_fk" FOREIGN KEY ("cv_id") REFERENCES "public"."cvs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "badges" ADD CONSTRAINT "badges_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outgoing_mail" ADD CONSTRAINT "outgoing_mail_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "seeker_identities" ADD CONSTRAINT "seeker_identities_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "badges_user_credential_key" ON "badges" USING btree ("user_id","credential_key");--> statement-breakpoint
CREATE INDEX "badges_cv_idx" ON "badges" USING btree ("cv_id");--> statement-breakpoint
CREATE INDEX "badges_credential_idx" ON "badges" USING btree ("credential_key");--> statement-breakpoint
CREATE INDEX "badges_checked_idx" ON "badges" USING btree ("checked_at");--> statement-breakpoint
CREATE UNIQUE INDEX "seeker_identities_user_value_key" ON "seeker_identities" USING btree ("user_id","type","value");