/** Build-time endpoint: every download (CSV as published, the two Excel forms, the JSON files, each dataset's workbooks, the zip of all the data). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { LANGS } from '../../i18n/index.ts';
import { contentType, contentTypeOf, downloads, type Download } from '../../site/publish/downloads.ts';
import { dataZip, dataZipName, datasetXlsx, xlsxDatasets, xlsxName } from '../../site/publish/files.ts';

type Made = { file: string; make: () => Promise<Uint8Array> };

export const getStaticPaths: GetStaticPaths = () => [
  ...downloads().map((d) => ({ params: { file: d.file }, props: { d } })),
  ...xlsxDatasets().flatMap((id) =>
    LANGS.map((lang) => ({
      params: { file: xlsxName(id, lang) },
      props: { made: { file: xlsxName(id, lang), make: () => datasetXlsx(`${id}|${lang}`) } },
    })),
  ),
  { params: { file: dataZipName() }, props: { made: { file: dataZipName(), make: () => dataZip('') } } },
];

export const GET: APIRoute = async ({ props }) => {
  const { d, made } = props as { d?: Download; made?: Made };
  if (d) return new Response(Buffer.from(d.bytes), { headers: { 'Content-Type': contentType(d.flavour) } });
  return new Response(Buffer.from(await made!.make()), { headers: { 'Content-Type': contentTypeOf(made!.file) } });
};
