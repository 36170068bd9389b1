import { describe, expect, it } from 'vitest';
import { configFrom, dataDirFrom } from './config.js';

describe('the data directory', () => {
  it('is TRAJECTORY_DATA, resolved against the working directory', () => {
    expect(dataDirFrom({ TRAJECTORY_DATA: 'data' }, '/srv/app', '/home/ada')).toBe('/srv/app/data');
    expect(dataDirFrom({ TRAJECTORY_DATA: '/var/lib/t', XDG_DATA_HOME: '/x' }, '/srv', '/home/ada')).toBe('/var/lib/t');
  });

  it('else follows XDG_DATA_HOME when it is absolute', () => {
    expect(dataDirFrom({ XDG_DATA_HOME: '/home/ada/.data' }, '/', '/home/ada')).toBe('/home/ada/.data/trajectory');
    expect(dataDirFrom({ XDG_DATA_HOME: 'relative' }, '/', '/home/ada')).toBe('/home/ada/.local/share/trajectory');
  });

  it('else is ~/.local/share/trajectory', () => {
    expect(dataDirFrom({}, '/', '/home/ada')).toBe('/home/ada/.local/share/trajectory');
  });
});

describe('the server settings', () => {
  it('default to port 3000 on loopback, SQLite, at least one analysis thread', () => {
    const config = configFrom({ TRAJECTORY_DATA: '/d' });
    expect(config).toMatchObject({ port: 3000, host: '127.0.0.1', dataDir: '/d', databaseUrl: undefined });
    expect(config.analysisThreads).toBeGreaterThanOrEqual(1);
  });

  it('read PORT, DATABASE_URL and TRAJECTORY_ANALYSIS_THREADS', () => {
    expect(configFrom({ PORT: '8080', DATABASE_URL: ' postgres://u@h/db ', TRAJECTORY_ANALYSIS_THREADS: '0' })).toMatchObject({
      port: 8080,
      databaseUrl: 'postgres://u@h/db',
      analysisThreads: 0,
    });
  });

  it('refuse a bad PORT or thread count, naming the variable', () => {
    expect(() => configFrom({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => configFrom({ PORT: '70000' })).toThrow(/PORT/);
    expect(() => configFrom({ TRAJECTORY_ANALYSIS_THREADS: '-1' })).toThrow(/TRAJECTORY_ANALYSIS_THREADS/);
  });
});
