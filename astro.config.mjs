// @ts-check
import { defineConfig } from 'astro/config';

// SITE_URL and BASE_PATH let the same build serve from a domain root or a sub-path.
const base = process.env.BASE_PATH || '/';

export default defineConfig({
  site: process.env.SITE_URL || 'http://localhost:4321',
  base,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  devToolbar: { enabled: false },
});
