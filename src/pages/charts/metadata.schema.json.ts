/** Build-time endpoint: the JSON Schema of the charts' metadata files (from the zod schema in chart-meta.ts). */
import type { APIRoute } from 'astro';
import { metadataJsonSchema } from '../../site/publish/chart-meta.ts';

export const GET: APIRoute = () =>
  new Response(`${JSON.stringify(metadataJsonSchema(), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
  });
