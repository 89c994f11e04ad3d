/**
 * Raster and outlined files of a chart, by resvg with Noto Sans JP from the npm package
 * @expo-google-fonts/noto-sans-jp (SIL Open Font License), so Japanese renders the same on any machine
 * whatever fonts it has (`loadSystemFonts: false`).
 *
 * - `outlineSvg`: the SVG with every text drawn as its glyphs' outlines (resvg's own layout of the text):
 *   the file looks the same where Noto Sans JP is not installed (Word, PowerPoint, any viewer).
 * - `renderPng`: rasterising, CPU-bound, runs on libuv's thread pool (resvg's `renderAsync`), so the build
 *   renders PNGs on every core while its own thread goes on with other pages.
 */
import { createRequire } from 'node:module';
import { Resvg, renderAsync } from '@resvg/resvg-js';
import { buildHooks } from '../build-hooks.ts';

const require = createRequire(import.meta.url);
/** The regular and bold faces the charts use (the PDF embeds subsets of the same files: pdf.ts). */
export const FONT_FILES = {
  regular: require.resolve('@expo-google-fonts/noto-sans-jp/400Regular/NotoSansJP_400Regular.ttf'),
  bold: require.resolve('@expo-google-fonts/noto-sans-jp/700Bold/NotoSansJP_700Bold.ttf'),
};
const FONT = {
  fontFiles: [FONT_FILES.regular, FONT_FILES.bold],
  loadSystemFonts: false,
  defaultFontFamily: 'Noto Sans JP',
  sansSerifFamily: 'Noto Sans JP',
};
/** An outlined SVG has no text left: it needs no font at all. */
const NO_FONT = { fontFiles: [], loadSystemFonts: false };

const PNG_SCALE = 2;

/** `scale`: a zoom factor; `width`: the picture's width in pixels (its height follows). */
export function renderPng(
  svg: string,
  size: { scale: number } | { width: number } = { scale: PNG_SCALE },
  outlined = false,
): Promise<Buffer> {
  return buildHooks().timePng(async () => {
    const image = await renderAsync(svg, {
      font: outlined ? NO_FONT : FONT,
      fitTo: 'width' in size ? { mode: 'width', value: size.width } : { mode: 'zoom', value: size.scale },
      background: '#ffffff',
    });
    return image.asPng();
  });
}

/** The SVG with its text as outlines (resvg's simplified tree: shapes and paths, no text, no scripts). */
export function outlineSvg(svg: string): string {
  return new Resvg(svg, { font: FONT }).toString();
}
