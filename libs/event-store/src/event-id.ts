import { v7 } from 'uuid';

/**
 * A new event id: a UUIDv7 (RFC 9562), time-ordered so that new ids land at the right edge of the event_id
 * index instead of on a random page of it (as random v4 ids do). `uuid` keeps one process's ids strictly
 * increasing, even within a millisecond (a counter seeded at random each millisecond) and when the clock
 * steps back (the last timestamp is kept until the clock passes it).
 */
export function newEventId(): string {
  return v7();
}
