import * as migration_20261123_010128_schema from './20261123_010128_schema';

export const migrations = [
  {
    up: migration_20261123_010128_schema.up,
    down: migration_20261123_010128_schema.down,
    name: '20261123_010128_schema'
  },
];
