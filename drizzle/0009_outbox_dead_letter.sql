CREATE TABLE "outbox_dead_letters" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"topic" text NOT NULL,
	"entity_id" uuid NOT NULL,
	"error" text NOT NULL,
	"attempts" integer NOT NULL,
	"first_seen_at" timestamp with time zone NOT NULL,
	"last_seen_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "outbox_dead_letters_entity_idx" ON "outbox_dead_letters" USING btree ("topic","entity_id");--> statement-breakpoint
CREATE INDEX "outbox_dead_letters_last_seen_idx" ON "outbox_dead_letters" USING btree ("last_seen_at");