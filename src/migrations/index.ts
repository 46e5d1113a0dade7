import * as migration_20261126_221758_initial from './20261126_221758_initial';
import * as migration_20261130_120640_accessibility_statement from './20261130_120640_accessibility_statement';

export const migrations = [
  {
    up: migration_20261126_221758_initial.up,
    down: migration_20261126_221758_initial.down,
    name: '20261126_221758_initial',
  },
  {
    up: migration_20261130_120640_accessibility_statement.up,
    down: migration_20261130_120640_accessibility_statement.down,
    name: '20261130_120640_accessibility_statement'
  },
];
