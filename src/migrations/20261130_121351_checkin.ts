import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`form_submissions\` ADD \`attended\` integer;`)
  await db.run(sql`ALTER TABLE \`form_submissions\` ADD \`checked_in_at\` text;`)
  await db.run(sql`ALTER TABLE \`form_submissions\` ADD \`checked_in_by\` text;`)
  await db.run(sql`CREATE INDEX \`form_submissions_attended_idx\` ON \`form_submissions\` (\`attended\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`form_submissions_attended_idx\`;`)
  await db.run(sql`ALTER TABLE \`form_submissions\` DROP COLUMN \`attended\`;`)
  await db.run(sql`ALTER TABLE \`form_submissions\` DROP COLUMN \`checked_in_at\`;`)
  await db.run(sql`ALTER TABLE \`form_submissions\` DROP COLUMN \`checked_in_by\`;`)
}
