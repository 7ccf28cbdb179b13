CREATE TABLE "badge_images" (
	"badge_id" uuid PRIMARY KEY NOT NULL,
	"content_type" text NOT NULL,
	"bytes" "bytea" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "badge_images" ADD CONSTRAINT "badge_images_badge_id_badges_id_fk" FOREIGN KEY ("badge_id") REFERENCES "public"."badges"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
-- Artwork is served by Badgeboard from now on: links to images on issuers' hosts are dropped (the card shows the badge icon).
UPDATE "badges" SET "image_url" = NULL WHERE "image_url" ~* '^https?://';
--> statement-breakpoint
-- data: images were shown straight from the credential, never stripped: only artwork kept in badge_images is shown.
UPDATE "badges" SET "image_url" = NULL WHERE "image_url" IS NOT NULL AND "image_url" !~ '^/api/v1/badges/';
