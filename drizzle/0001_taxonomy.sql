CREATE TYPE "public"."concept_type" AS ENUM('skill', 'knowledge', 'group', 'occupation');--> statement-breakpoint
CREATE TABLE "concept_closure" (
	"ancestor_key" text NOT NULL,
	"descendant_key" text NOT NULL,
	"depth" integer NOT NULL,
	CONSTRAINT "concept_closure_descendant_key_ancestor_key_pk" PRIMARY KEY("descendant_key","ancestor_key")
);
--> statement-breakpoint
CREATE TABLE "concept_edges" (
	"concept_key" text NOT NULL,
	"broader_key" text NOT NULL,
	CONSTRAINT "concept_edges_concept_key_broader_key_pk" PRIMARY KEY("concept_key","broader_key")
);
--> statement-breakpoint
CREATE TABLE "concepts" (
	"key" text PRIMARY KEY NOT NULL,
	"framework_id" text NOT NULL,
	"code" text NOT NULL,
	"notation" text,
	"uri" text,
	"label" text,
	"alt_labels" text[] DEFAULT '{}'::text[] NOT NULL,
	"description" text,
	"type" "concept_type" NOT NULL,
	"collections" text[] DEFAULT '{}'::text[] NOT NULL,
	"path_keys" text[] DEFAULT '{}'::text[] NOT NULL,
	"search_text" text DEFAULT '' NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "taxonomy_frameworks" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"version" text,
	"owner_org_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "concept_edges" ADD CONSTRAINT "concept_edges_concept_key_concepts_key_fk" FOREIGN KEY ("concept_key") REFERENCES "public"."concepts"("key") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concept_edges" ADD CONSTRAINT "concept_edges_broader_key_concepts_key_fk" FOREIGN KEY ("broader_key") REFERENCES "public"."concepts"("key") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concepts" ADD CONSTRAINT "concepts_framework_id_taxonomy_frameworks_id_fk" FOREIGN KEY ("framework_id") REFERENCES "public"."taxonomy_frameworks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "taxonomy_frameworks" ADD CONSTRAINT "taxonomy_frameworks_owner_org_id_organisations_id_fk" FOREIGN KEY ("owner_org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "concept_closure_ancestor_idx" ON "concept_closure" USING btree ("ancestor_key");--> statement-breakpoint
CREATE INDEX "concept_edges_broader_idx" ON "concept_edges" USING btree ("broader_key");--> statement-breakpoint
CREATE UNIQUE INDEX "concepts_framework_code_key" ON "concepts" USING btree ("framework_id","code");--> statement-breakpoint
CREATE INDEX "concepts_notation_idx" ON "concepts" USING btree ("notation");--> statement-breakpoint
-- Trigram index for autocomplete where pg_trgm is available (it is not in every embedded store).
DO $$
BEGIN
  CREATE EXTENSION IF NOT EXISTS pg_trgm;
  CREATE INDEX IF NOT EXISTS concepts_search_trgm_idx ON concepts USING gin (search_text gin_trgm_ops);
EXCEPTION WHEN OTHERS THEN
  RAISE NOTICE 'pg_trgm unavailable: autocomplete uses a sequential scan';
END $$;
