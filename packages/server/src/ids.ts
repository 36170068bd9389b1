/**
 * Row ids: UUIDv7 (RFC 9562). Text ids work the same in SQLite and PostgreSQL, can be made
 * on any machine (accounts and sync later), and sort by creation time — so "newest first"
 * is an index scan on the id, with no tie between two rows made in the same millisecond.
 */
import { randomBytes } from 'node:crypto';

let lastMs = 0;
let counter = 0;

/** A new UUIDv7; ids from this process increase strictly, even within one millisecond. */
export function newId(now: number = Date.now()): string {
  if (now > lastMs) {
    lastMs = now;
    counter = randomBytes(2).readUInt16BE(0) & 0x7ff; // leave room to count up within the millisecond
  } else {
    counter += 1;
    if (counter > 0xfff) {
      // 4,096 ids in one millisecond: borrow the next one rather than repeat.
      lastMs += 1;
      counter = 0;
    }
  }
  const bytes = randomBytes(16);
  bytes.writeUIntBE(lastMs, 0, 6);
  bytes[6] = 0x70 | (counter >> 8);
  bytes[7] = counter & 0xff;
  bytes[8] = 0x80 | (bytes[8]! & 0x3f);
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
export const isId = (value: string): boolean => UUID.test(value);
