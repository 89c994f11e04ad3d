/** Build-time endpoint: every download (CSV as published, the two Excel forms, the JSON files). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { contentType, downloads, type Download } from '../../site/publish/downloads.ts';

export const getStaticPaths: GetStaticPaths = () => downloads().map((d) => ({ params: { file: d.file }, props: { d } }));

export const GET: APIRoute = ({ props }) => {
  const d = props.d as Download;
  return new Response(Buffer.from(d.bytes), { headers: { 'Content-Type': contentType(d.flavour) } });
};
