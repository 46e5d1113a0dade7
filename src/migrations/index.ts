import * as migration_20261126_221758_initial from './20261126_221758_initial';
import * as migration_20261130_120640_accessibility_statement from './20261130_120640_accessibility_statement';
import * as migration_20261130_121351_checkin from './20261130_121351_checkin';
import * as migration_20261130_124418_security_ownership from './20261130_124418_security_ownership';
import * as migration_20261130_133344_news_releases_status_association from './20261130_133344_news_releases_status_association';

export const migrations = [
  {
    up: migration_20261126_221758_initial.up,
    down: migration_20261126_221758_initial.down,
    name: '20261126_221758_initial',
  },
  {
    up: migration_20261130_120640_accessibility_statement.up,
    down: migration_20261130_120640_accessibility_statement.down,
    name: '20261130_120640_accessibility_statement',
  },
  {
    up: migration_20261130_121351_checkin.up,
    down: migration_20261130_121351_checkin.down,
    name: '20261130_121351_checkin',
  },
  {
    up: migration_20261130_124418_security_ownership.up,
    down: migration_20261130_124418_security_ownership.down,
    name: '20261130_124418_security_ownership',
  },
  {
    up: migration_20261130_133344_news_releases_status_association.up,
    down: migration_20261130_133344_news_releases_status_association.down,
    name: '20261130_133344_news_releases_status_association'
  },
];
