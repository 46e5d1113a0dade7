import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`site_settings_accessibility_pages\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`url\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`site_settings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`site_settings_accessibility_pages_order_idx\` ON \`site_settings_accessibility_pages\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`site_settings_accessibility_pages_parent_id_idx\` ON \`site_settings_accessibility_pages\` (\`_parent_id\`);`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`accessibility_rgaa_version\` text DEFAULT '4.1';`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`accessibility_auditor\` text;`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`accessibility_compliance_rate\` numeric;`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`accessibility_statement_date\` text;`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`accessibility_non_compliant\` text;`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`accessibility_derogations\` text;`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`accessibility_exempt\` text;`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`accessibility_technologies\` text;`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`accessibility_test_environment\` text;`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`accessibility_tools\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`site_settings_accessibility_pages\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`accessibility_rgaa_version\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`accessibility_auditor\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`accessibility_compliance_rate\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`accessibility_statement_date\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`accessibility_non_compliant\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`accessibility_derogations\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`accessibility_exempt\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`accessibility_technologies\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`accessibility_test_environment\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`accessibility_tools\`;`)
}
