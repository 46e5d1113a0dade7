import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE INDEX \`_status_association_createdAt_idx\` ON \`news_releases\` (\`_status\`,\`association_id\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`version__status_version_association_version_createdAt_idx\` ON \`_news_releases_v\` (\`version__status\`,\`version_association_id\`,\`version_created_at\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`_status_association_createdAt_idx\`;`)
  await db.run(sql`DROP INDEX \`version__status_version_association_version_createdAt_idx\`;`)
}
