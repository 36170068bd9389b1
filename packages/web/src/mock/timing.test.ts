import { describe, expect, it } from 'vitest';
import { timerAnnouncement, timerPhase } from './timing.js';

describe('timer', () => {
  it('is calm until the warning, warns until the limit, then is over', () => {
    expect(timerPhase(0, 90, 120)).toBe('calm');
    expect(timerPhase(89.9, 90, 120)).toBe('calm');
    expect(timerPhase(90, 90, 120)).toBe('warning');
    expect(timerPhase(119.9, 90, 120)).toBe('warning');
    expect(timerPhase(120, 90, 120)).toBe('over');
  });

  it('announces the start, the warning with the time left, and the time up', () => {
    expect(timerAnnouncement('calm', 120, 90)).toBe('Timer started: 2 minutes.');
    expect(timerAnnouncement('warning', 120, 90)).toBe('1 minute 30 seconds gone, 30 seconds left. Start wrapping up.');
    expect(timerAnnouncement('over', 120, 90)).toMatch(/^Time is up: 2 minutes\./);
    expect(timerAnnouncement('warning', 60, 45)).toContain('15 seconds left');
  });
});
