// Written by hand: the seed only fills an empty question bank, so a Hub seeded before framework references named
// their setting types gets them here: the Ofsted toolkit areas the seed knows by key, for the types inspected
// under them. Only references with no types yet are touched (never the service's own choice), and the lists are
// written out because a migration must not change when the seed content does.
import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-postgres'

const SCHOOLS = ['primary', 'secondary', 'special', 'alternative-provision', 'all-through']

const SETTING_TYPES_BY_KEY: Record<string, string[]> = {
  'ofsted-2025-inclusion': SCHOOLS,
  'ofsted-2025-curriculum-and-teaching': SCHOOLS,
  'ofsted-2025-achievement': SCHOOLS,
  'ofsted-2025-attendance-and-behaviour': SCHOOLS,
  'ofsted-2025-personal-development-and-well-being': SCHOOLS,
  'ofsted-2025-leadership-and-governance': SCHOOLS,
  'ofsted-2025-early-years': ['primary', 'special', 'all-through'],
  'ofsted-2025-sixth-form': ['secondary', 'special', 'all-through'],
  'ofsted-fe-2025-leadership-and-governance': ['college', 'sixth-form'],
  'ofsted-fe-2025-inclusion': ['college', 'sixth-form'],
  'ofsted-fe-2025-curriculum-and-teaching': ['college', 'sixth-form'],
  'ofsted-fe-2025-achievement': ['college', 'sixth-form'],
  'ofsted-fe-2025-participation-and-development': ['college', 'sixth-form'],
  'ofsted-fe-2025-contribution-to-meeting-skills-needs': ['college', 'sixth-form'],
  'ofsted-2019-quality-of-education': SCHOOLS,
  'ofsted-2019-behaviour-and-attitudes': SCHOOLS,
  'ofsted-2019-personal-development': SCHOOLS,
  'ofsted-2019-leadership-and-management': SCHOOLS,
}

export async function up({ db }: MigrateUpArgs): Promise<void> {
  for (const [key, types] of Object.entries(SETTING_TYPES_BY_KEY)) {
    await db.execute(sql`
      INSERT INTO "framework_references_setting_types" ("order", "parent_id", "value")
      SELECT t.n, r.id, t.value::"enum_framework_references_setting_types"
      FROM "framework_references" r
      CROSS JOIN LATERAL unnest(${`{${types.join(',')}}`}::text[]) WITH ORDINALITY AS t(value, n)
      WHERE r.key = ${key}
        AND NOT EXISTS (SELECT 1 FROM "framework_references_setting_types" s WHERE s.parent_id = r.id);`)
  }
}

// Nothing to undo: the schema migration before this one drops the whole table on the way down.
export async function down(_args: MigrateDownArgs): Promise<void> {}
