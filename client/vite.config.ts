/**
 * The explorer's build: a single-page app in client/, built into client/dist with hashed asset names (served
 * with a long cache by server/api/static.ts). Nothing inline: the server's CSP allows scripts and styles from
 * 'self' only. `npx vite client` serves it for development with /api proxied to a running `npm start`.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    assetsDir: 'assets',
    sourcemap: true,
    // No data: URLs for assets: every asset is a file of its own.
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 800,
  },
  server: { proxy: { '/api': 'http://127.0.0.1:3000' } },
});
