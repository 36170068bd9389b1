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
    include: ['packages/*/src/**/*.test.ts', 'packages/*/test/**/*.test.ts', 'scripts/**/*.test.ts'],
    testTimeout: 20_000,
  },
});
