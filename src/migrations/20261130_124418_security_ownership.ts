import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`forms\` ADD \`owner_id\` integer REFERENCES associations(id);`)
  await db.run(sql`CREATE INDEX \`forms_owner_idx\` ON \`forms\` (\`owner_id\`);`)
  await db.run(sql`ALTER TABLE \`form_submissions\` ADD \`association_id\` integer REFERENCES associations(id);`)
  await db.run(sql`CREATE INDEX \`form_submissions_association_idx\` ON \`form_submissions\` (\`association_id\`);`)
  // Backfill (issue 11): a registration belongs to the association of the event it was made for; a form to
  // the organiser of the event using it (the published one first), else to the association whose guests it
  // holds; a plain form's submissions to the form's owner.
  await db.run(sql`UPDATE \`form_submissions\` SET \`association_id\` = (SELECT \`organiser_id\` FROM \`events\` WHERE \`events\`.\`id\` = \`form_submissions\`.\`event_id\`) WHERE \`association_id\` IS NULL AND \`event_id\` IS NOT NULL;`)
  await db.run(sql`UPDATE \`forms\` SET \`owner_id\` = COALESCE(
    (SELECT \`organiser_id\` FROM \`events\` WHERE \`events\`.\`rsvp_form_id\` = \`forms\`.\`id\` AND \`organiser_id\` IS NOT NULL ORDER BY (\`_status\` = 'published') DESC, \`id\` LIMIT 1),
    (SELECT \`association_id\` FROM \`form_submissions\` WHERE \`form_submissions\`.\`form_id\` = \`forms\`.\`id\` AND \`association_id\` IS NOT NULL ORDER BY \`id\` LIMIT 1)
  ) WHERE \`owner_id\` IS NULL;`)
  await db.run(sql`UPDATE \`form_submissions\` SET \`association_id\` = (SELECT \`owner_id\` FROM \`forms\` WHERE \`forms\`.\`id\` = \`form_submissions\`.\`form_id\`) WHERE \`association_id\` IS NULL AND \`event_id\` IS NULL;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`login_attempts\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`lock_until\`;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_forms\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`submit_button_label\` text,
  	\`confirmation_type\` text DEFAULT 'message',
  	\`confirmation_message\` text,
  	\`redirect_url\` text,
  	\`retention_months\` numeric DEFAULT 3,
  	\`seats_confirmed\` numeric DEFAULT 0,
  	\`seats_waiting\` numeric DEFAULT 0,
  	\`arrivals\` numeric DEFAULT 0,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`INSERT INTO \`__new_forms\`("id", "title", "submit_button_label", "confirmation_type", "confirmation_message", "redirect_url", "retention_months", "seats_confirmed", "seats_waiting", "arrivals", "updated_at", "created_at") SELECT "id", "title", "submit_button_label", "confirmation_type", "confirmation_message", "redirect_url", "retention_months", "seats_confirmed", "seats_waiting", "arrivals", "updated_at", "created_at" FROM \`forms\`;`)
  await db.run(sql`DROP TABLE \`forms\`;`)
  await db.run(sql`ALTER TABLE \`__new_forms\` RENAME TO \`forms\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`forms_updated_at_idx\` ON \`forms\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`forms_created_at_idx\` ON \`forms\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_form_submissions\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`form_id\` integer NOT NULL,
  	\`event_id\` integer,
  	\`first_name\` text,
  	\`last_name\` text,
  	\`email\` text,
  	\`attendees\` numeric,
  	\`status\` text,
  	\`arrival\` numeric,
  	\`cancelled_at\` text,
  	\`erased_at\` text,
  	\`cancel_token_hash\` text,
  	\`dedupe_key\` text,
  	\`attended\` integer,
  	\`checked_in_at\` text,
  	\`checked_in_by\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`form_id\`) REFERENCES \`forms\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`event_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_form_submissions\`("id", "form_id", "event_id", "first_name", "last_name", "email", "attendees", "status", "arrival", "cancelled_at", "erased_at", "cancel_token_hash", "dedupe_key", "attended", "checked_in_at", "checked_in_by", "updated_at", "created_at") SELECT "id", "form_id", "event_id", "first_name", "last_name", "email", "attendees", "status", "arrival", "cancelled_at", "erased_at", "cancel_token_hash", "dedupe_key", "attended", "checked_in_at", "checked_in_by", "updated_at", "created_at" FROM \`form_submissions\`;`)
  await db.run(sql`DROP TABLE \`form_submissions\`;`)
  await db.run(sql`ALTER TABLE \`__new_form_submissions\` RENAME TO \`form_submissions\`;`)
  await db.run(sql`CREATE INDEX \`form_submissions_form_idx\` ON \`form_submissions\` (\`form_id\`);`)
  await db.run(sql`CREATE INDEX \`form_submissions_event_idx\` ON \`form_submissions\` (\`event_id\`);`)
  await db.run(sql`CREATE INDEX \`form_submissions_email_idx\` ON \`form_submissions\` (\`email\`);`)
  await db.run(sql`CREATE INDEX \`form_submissions_status_idx\` ON \`form_submissions\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`form_submissions_arrival_idx\` ON \`form_submissions\` (\`arrival\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`form_submissions_dedupe_key_idx\` ON \`form_submissions\` (\`dedupe_key\`);`)
  await db.run(sql`CREATE INDEX \`form_submissions_attended_idx\` ON \`form_submissions\` (\`attended\`);`)
  await db.run(sql`CREATE INDEX \`form_submissions_updated_at_idx\` ON \`form_submissions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`form_submissions_created_at_idx\` ON \`form_submissions\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`login_attempts\` numeric DEFAULT 0;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`lock_until\` text;`)
}
