import * as migration_20261126_212916_initial from './20261126_212916_initial';

export const migrations = [
  {
    up: migration_20261126_212916_initial.up,
    down: migration_20261126_212916_initial.down,
    name: '20261126_212916_initial'
  },
];
