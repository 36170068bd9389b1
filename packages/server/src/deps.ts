import type { Db } from './db/database.js';
import type { Clock } from './clock.js';
import type { Analyzer } from './analysis/analyzer.js';

/** What services need from the outside world: the database, the time, and the analyzer (which may run on other threads). */
export interface Deps {
  db: Db;
  clock: Clock;
  analyzer: Analyzer;
}
