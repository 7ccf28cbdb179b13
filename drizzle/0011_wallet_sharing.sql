CREATE TABLE "wallet_exchanges" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"cv_id" uuid NOT NULL,
	"challenge" text NOT NULL,
	"state" text DEFAULT 'pending' NOT NULL,
	"protocol" text,
	"holder_did" text,
	"result" jsonb,
	"error" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"completed_at" timestamp with time zone,
	CONSTRAINT "wallet_exchanges_challenge_unique" UNIQUE("challenge")
);
--> statement-breakpoint
ALTER TABLE "seeker_identities" ALTER COLUMN "verified_at" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "seeker_identities" ALTER COLUMN "verified_at" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "badges" ADD COLUMN "share_visibility" text DEFAULT 'default' NOT NULL;--> statement-breakpoint
ALTER TABLE "seeker_identities" ADD COLUMN "method" text;--> statement-breakpoint
ALTER TABLE "seeker_identities" ADD COLUMN "created_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "wallet_exchanges" ADD CONSTRAINT "wallet_exchanges_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wallet_exchanges" ADD CONSTRAINT "wallet_exchanges_cv_id_cvs_id_fk" FOREIGN KEY ("cv_id") REFERENCES "public"."cvs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "wallet_exchanges_user_idx" ON "wallet_exchanges" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "seeker_identities_verified_value_key" ON "seeker_identities" USING btree ("type","value") WHERE "seeker_identities"."verified_at" is not null;