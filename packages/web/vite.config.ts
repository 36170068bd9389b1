import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const apiTarget = process.env.TRAJECTORY_API ?? 'http://127.0.0.1:3000';

export default defineConfig({
  plugins: [react()],
  resolve: {
    // The browser runs core from its TypeScript sources: no core build between edits.
    alias: { '@trajectory/core': fileURLToPath(new URL('../core/src/index.ts', import.meta.url)) },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // scripts/web-size.ts reads the manifest to sum what the first page loads.
    manifest: true,
    target: 'es2022',
  },
  server: {
    // `npm run dev -w packages/web`: the API runs separately (npm run serve), Vite proxies to it.
    proxy: { '/api': apiTarget },
  },
});
