import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// Built at build time into web/dist and served by `newsgraph serve`; nothing is fetched from a CDN.
export default defineConfig({
  root: import.meta.dirname,
  base: '/',
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, modulePreload: { polyfill: false }, chunkSizeWarningLimit: 1500 },
});
