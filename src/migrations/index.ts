import * as migration_20261126_214137_initial from './20261126_214137_initial';

export const migrations = [
  {
    up: migration_20261126_214137_initial.up,
    down: migration_20261126_214137_initial.down,
    name: '20261126_214137_initial'
  },
];
