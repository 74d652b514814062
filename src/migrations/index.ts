import * as migration_20261123_010128_schema from './20261123_010128_schema';
import * as migration_20261123_013015_assessments from './20261123_013015_assessments';
import * as migration_20261123_013016_one_draft_per_setting from './20261123_013016_one_draft_per_setting';
import * as migration_20261123_020605_case_studies from './20261123_020605_case_studies';
import * as migration_20261123_020606_case_study_search from './20261123_020606_case_study_search';
import * as migration_20261127_141916_kcsie_framework from './20261127_141916_kcsie_framework';
import * as migration_20261127_151235_hardening_and_county from './20261127_151235_hardening_and_county';
import * as migration_20261127_151619_framework_setting_types from './20261127_151619_framework_setting_types';
import * as migration_20261127_151620_framework_setting_types_data from './20261127_151620_framework_setting_types_data';
import * as migration_20261127_160000_request_limits from './20261127_160000_request_limits';
import * as migration_20261127_170000_latest_results from './20261127_170000_latest_results';
import * as migration_20261127_174448_training from './20261127_174448_training';
import * as migration_20261127_175003_recompute_champions_task from './20261127_175003_recompute_champions_task';
import * as migration_20261127_211408_awards from './20261127_211408_awards';
import * as migration_20261127_212317_award_jobs from './20261127_212317_award_jobs';
import * as migration_20261128_005501_invitations from './20261128_005501_invitations';
import * as migration_20261128_021400_joining_data_overview from './20261128_021400_joining_data_overview';

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
  {
    up: migration_20261123_020605_case_studies.up,
    down: migration_20261123_020605_case_studies.down,
    name: '20261123_020605_case_studies',
  },
  {
    up: migration_20261123_020606_case_study_search.up,
    down: migration_20261123_020606_case_study_search.down,
    name: '20261123_020606_case_study_search',
  },
  {
    up: migration_20261127_141916_kcsie_framework.up,
    down: migration_20261127_141916_kcsie_framework.down,
    name: '20261127_141916_kcsie_framework',
  },
  {
    up: migration_20261127_151235_hardening_and_county.up,
    down: migration_20261127_151235_hardening_and_county.down,
    name: '20261127_151235_hardening_and_county',
  },
  {
    up: migration_20261127_151619_framework_setting_types.up,
    down: migration_20261127_151619_framework_setting_types.down,
    name: '20261127_151619_framework_setting_types',
  },
  {
    up: migration_20261127_151620_framework_setting_types_data.up,
    down: migration_20261127_151620_framework_setting_types_data.down,
    name: '20261127_151620_framework_setting_types_data',
  },
  {
    up: migration_20261127_160000_request_limits.up,
    down: migration_20261127_160000_request_limits.down,
    name: '20261127_160000_request_limits',
  },
  {
    up: migration_20261127_170000_latest_results.up,
    down: migration_20261127_170000_latest_results.down,
    name: '20261127_170000_latest_results',
  },
  {
    up: migration_20261127_174448_training.up,
    down: migration_20261127_174448_training.down,
    name: '20261127_174448_training',
  },
  {
    up: migration_20261127_175003_recompute_champions_task.up,
    down: migration_20261127_175003_recompute_champions_task.down,
    name: '20261127_175003_recompute_champions_task',
  },
  {
    up: migration_20261127_211408_awards.up,
    down: migration_20261127_211408_awards.down,
    name: '20261127_211408_awards',
  },
  {
    up: migration_20261127_212317_award_jobs.up,
    down: migration_20261127_212317_award_jobs.down,
    name: '20261127_212317_award_jobs',
  },
  {
    up: migration_20261128_005501_invitations.up,
    down: migration_20261128_005501_invitations.down,
    name: '20261128_005501_invitations',
  },
  {
    up: migration_20261128_021400_joining_data_overview.up,
    down: migration_20261128_021400_joining_data_overview.down,
    name: '20261128_021400_joining_data_overview'
  },
];
