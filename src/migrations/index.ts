import * as migration_20261123_010128_schema from './20261123_010128_schema';
import * as migration_20261123_013015_assessments from './20261123_013015_assessments';
import * as migration_20261123_013016_one_draft_per_setting from './20261123_013016_one_draft_per_setting';

export const migrations = [
  {
    up: migration_20261123_010128_schema.up,
    down: migration_20261123_010128_schema.down,
    name: '20261123_010128_schema',
  },
  {
    up: migration_20261123_013015_assessments.up,
    down: migration_20261123_013015_assessments.down,
    name: '20261123_013015_assessments',
  },
  {
    up: migration_20261123_013016_one_draft_per_setting.up,
    down: migration_20261123_013016_one_draft_per_setting.down,
    name: '20261123_013016_one_draft_per_setting',
  },
];
