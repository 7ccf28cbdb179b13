CREATE INDEX "badges_achievement_idx" ON "badges" USING btree ("achievement_id");--> statement-breakpoint
CREATE INDEX "badges_user_idx" ON "badges" USING btree ("user_id");