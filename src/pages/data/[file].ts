/** Build-time endpoint: every file of data/clean, published byte-identical at /data/<file>. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { cleanFiles, readCleanFile } from '../../lib/clean-data.ts';

export const getStaticPaths: GetStaticPaths = () => cleanFiles().map((file) => ({ params: { file } }));

export const GET: APIRoute = ({ params }) => {
  const file = String(params.file);
  const type = file.endsWith('.csv') ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8';
  return new Response(new Uint8Array(readCleanFile(file)), { headers: { 'Content-Type': type } });
};
