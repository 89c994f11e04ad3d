/** Build-time endpoint: every download (CSV as published, the two Excel forms, the JSON files). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { contentType } from '../../lib/downloads.ts';
import { downloads } from '../../lib/site.ts';

export const getStaticPaths: GetStaticPaths = () => downloads().map((d) => ({ params: { file: d.file }, props: { d } }));

export const GET: APIRoute = ({ props }) => {
  const d = props.d as ReturnType<typeof downloads>[number];
  const type = d.flavour === 'json' ? 'application/json; charset=utf-8' : contentType(d.flavour);
  return new Response(Buffer.from(d.bytes), { headers: { 'Content-Type': type } });
};
