import { describe, expect, it } from 'vitest';
import { isId, newId } from './ids.js';

describe('ids', () => {
  it('are UUIDv7', () => {
    const id = newId();
    expect(isId(id)).toBe(true);
    expect(id[14]).toBe('7');
    expect('89ab').toContain(id[19]);
  });

  it('increase strictly, even many in one millisecond', () => {
    const ids = Array.from({ length: 10_000 }, () => newId(1_800_000_000_000));
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
  });

  it('sort by the time they were made', () => {
    const early = newId(2_000_000_000_000);
    const late = newId(2_000_000_060_000);
    expect(late > early).toBe(true);
    expect(late.slice(0, 13)).not.toBe(early.slice(0, 13));
  });
});
