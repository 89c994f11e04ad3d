/// <reference types="astro/client" />

/** The browser's scripts bundled from src/client/, by their path under the site's base (src/site/publish/client-bundle.ts). */
declare module 'virtual:client-scripts' {
  const scripts: Readonly<Record<string, string>>;
  export default scripts;
}
