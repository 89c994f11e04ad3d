/**
 * Raster and outlined files of a chart, by resvg with Noto Sans JP from the npm package
 * @expo-google-fonts/noto-sans-jp (SIL Open Font License), so Japanese renders the same on any machine
 * whatever fonts it has (`loadSystemFonts: false`).
 *
 * - `outlineSvg`: the SVG with every text drawn as its glyphs' outlines (resvg's own layout of the text):
 *   the file looks the same where Noto Sans JP is not installed (Word, PowerPoint, any viewer).
 * - `renderPng`: rasterising, CPU-bound, runs on libuv's thread pool (resvg's `renderAsync`), so the build
 *   renders PNGs on every core while its own thread goes on with other pages. A raster is a pure function of
 *   the SVG, the options and resvg's version, so it is kept in a cache by those (render-cache.ts): a second build
 *   of the same charts (the test suite's determinism build, a rebuild after a change of words) rasterises only
 *   what changed, and gives the same bytes.
 */
import { createRequire } from 'node:module';
import { Resvg, renderAsync } from '@resvg/resvg-js';
import { buildHooks } from '../build-hooks.ts';
import { cachedRender } from './render-cache.ts';

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
const versionOf = (pkg: string) => `${pkg} ${(require(`${pkg}/package.json`) as { version: string }).version}`;
/** What a raster depends on besides the SVG and the options: resvg's version and the fonts' (a cached raster's key). */
const RENDERER = [versionOf('@resvg/resvg-js'), versionOf('@expo-google-fonts/noto-sans-jp')].join(', ');

/** `scale`: a zoom factor; `width`: the picture's width in pixels (its height follows). */
export function renderPng(
  svg: string,
  size: { scale: number } | { width: number } = { scale: PNG_SCALE },
  outlined = false,
): Promise<Uint8Array> {
  const options = {
    font: outlined ? NO_FONT : FONT,
    fitTo: 'width' in size ? ({ mode: 'width', value: size.width } as const) : ({ mode: 'zoom', value: size.scale } as const),
    background: '#ffffff',
  };
  return buildHooks().timePng(() =>
    cachedRender('png', [RENDERER, JSON.stringify({ outlined, fitTo: options.fitTo, background: options.background }), svg], async () =>
      (await renderAsync(svg, options)).asPng(),
    ),
  );
}

/** The SVG with its text as outlines (resvg's simplified tree: shapes and paths, no text, no scripts). */
export function outlineSvg(svg: string): string {
  return new Resvg(svg, { font: FONT }).toString();
}
