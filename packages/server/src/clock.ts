/** The one place the server reads the time, passed in so tests can fix it. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** Today as an ISO date (YYYY-MM-DD), in UTC: what the core's goal checks compare dates against. */
export const isoDay = (date: Date): string => date.toISOString().slice(0, 10);
