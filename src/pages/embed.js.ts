/** `/embed.js`, the host pages' script (src/client/embed-host.ts): a fixed address, given in every embed snippet. */
import type { APIRoute } from 'astro';
import scripts from 'virtual:client-scripts';

export const GET: APIRoute = () => {
  const code = scripts['embed.js'];
  if (code === undefined) throw new Error('no client script embed.js');
  return new Response(code, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
};
