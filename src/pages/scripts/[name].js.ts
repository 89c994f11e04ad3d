/** The page scripts (`/scripts/site.js`, `/scripts/embed-page.js`), bundled from src/client/ (src/site/publish/client-bundle.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import scripts from 'virtual:client-scripts';

export const getStaticPaths = (() =>
  Object.keys(scripts)
    .filter((p) => p.startsWith('scripts/'))
    .map((p) => ({ params: { name: p.slice('scripts/'.length, -'.js'.length) } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const code = scripts[`scripts/${params.name}.js`];
  if (code === undefined) throw new Error(`no client script scripts/${params.name}.js`);
  return new Response(code, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
};
