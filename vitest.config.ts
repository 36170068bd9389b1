import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const src = (pkg: string) => fileURLToPath(new URL(`./packages/${pkg}/src/index.ts`, import.meta.url));

export default defineConfig({
  resolve: {
    // Tests run on the TypeScript sources, so no build is needed between edits.
    alias: [
      { find: /^@trajectory\/core$/, replacement: src('core') },
      // The CLI opens the store through the server package (its subpath ./schemas is types only).
      { find: /^@trajectory\/server$/, replacement: src('server') },
    ],
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['packages/*/src/**/*.test.ts', 'packages/*/test/**/*.test.ts', 'scripts/**/*.test.ts'],
          testTimeout: 20_000,
        },
      },
      {
        // The browser tests: the built server and Chromium, one file at a time, after the unit tests.
        extends: true,
        test: {
          name: 'e2e',
          include: ['packages/web/e2e/**/*.test.ts'],
          testTimeout: 180_000,
          hookTimeout: 300_000,
          fileParallelism: false,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
