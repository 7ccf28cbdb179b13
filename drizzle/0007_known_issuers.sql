CREATE TYPE "public"."known_issuer_source" AS ENUM('organisation', 'admin', 'registry');--> statement-breakpoint
CREATE TABLE "known_issuers" (
	"issuer_id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"normalised_name" text NOT NULL,
	"domains" text[] DEFAULT '{}'::text[] NOT NULL,
	"source" "known_issuer_source" NOT NULL,
	"source_detail" text,
	"added_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "badges" ADD COLUMN "issuer_known" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "job_requirements" ADD COLUMN "issuer_id" text;--> statement-breakpoint
ALTER TABLE "jobs" ADD COLUMN "accept_unknown_issuers" boolean DEFAULT false NOT NULL;--> statement-breakpoint
CREATE INDEX "known_issuers_normalised_name_idx" ON "known_issuers" USING btree ("normalised_name");--> statement-breakpoint
CREATE INDEX "badges_issuer_achievement_idx" ON "badges" USING btree ("issuer_id","achievement_id");--> statement-breakpoint
-- The trusted list becomes the known-issuer registry (names normalised as the app does for plain ASCII names).
INSERT INTO "known_issuers" ("issuer_id", "name", "normalised_name", "source", "source_detail", "added_at")
  SELECT "issuer_id", "name", regexp_replace(lower("name"), '[^a-z0-9]+', '', 'g'), 'admin', 'trusted issuer list', "created_at" FROM "trusted_issuers"
  ON CONFLICT DO NOTHING;--> statement-breakpoint
UPDATE "badges" SET "issuer_known" = true WHERE "issuer_id" IN (SELECT "issuer_id" FROM "known_issuers");--> statement-breakpoint
-- An achievement requirement names its issuer: the one whose verified badges carry that achievement id most.
UPDATE "job_requirements" r SET "issuer_id" = (
  SELECT b."issuer_id" FROM "badges" b WHERE b."achievement_id" = r."code"
  GROUP BY b."issuer_id" ORDER BY bool_or(b."issuer_known") DESC, count(*) FILTER (WHERE b."state" = 'verified') DESC, count(*) DESC LIMIT 1
) WHERE r."kind" = 'achievement';--> statement-breakpoint
-- Stored reports: sentences become codes. Old reasons are kept as a parameter, and every badge is due for a re-check now.
UPDATE "badges" SET
  "report" = jsonb_set("report", '{checks}', (
    SELECT coalesce(jsonb_agg(jsonb_build_object(
      'check', c->>'check', 'status', c->>'status', 'code', 'legacy', 'params', jsonb_build_object('legacyReason', coalesce(c->>'reason', ''), 'legacyCode', c->>'code')
    )), '[]'::jsonb) FROM jsonb_array_elements("report"->'checks') c
  )),
  "checked_at" = to_timestamp(0)
WHERE EXISTS (SELECT 1 FROM jsonb_array_elements("report"->'checks') c WHERE c ? 'reason');
