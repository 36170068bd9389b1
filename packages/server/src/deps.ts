import type { Db } from './db/database.js';
import type { Clock } from './clock.js';

/** What services need from the outside world: the database and the time. */
export interface Deps {
  db: Db;
  clock: Clock;
}
