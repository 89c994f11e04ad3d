// Builds the peer page of the benchmark (npm run bench) into a folder given by PEER_OUT.
import { defineConfig } from 'vite';

export default defineConfig({
  root: new URL('.', import.meta.url).pathname,
  base: './',
  logLevel: 'warn',
  build: { outDir: process.env.PEER_OUT || 'dist', emptyOutDir: true },
});
