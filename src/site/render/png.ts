/**
 * PNG export of a chart: the standalone SVG rasterised at build time by resvg at 2×, with Noto Sans JP from
 * the npm package @expo-google-fonts/noto-sans-jp (SIL Open Font License), so Japanese renders the same on
 * any machine whatever fonts it has. Rasterising is CPU-bound: it runs on libuv's thread pool (resvg's
 * `renderAsync`), so the build renders PNGs on every core while its own thread goes on with other pages.
 */
import { createRequire } from 'node:module';
import { renderAsync } from '@resvg/resvg-js';
import { buildHooks } from '../build-hooks.ts';

const require = createRequire(import.meta.url);
const FONTS = [
  require.resolve('@expo-google-fonts/noto-sans-jp/400Regular/NotoSansJP_400Regular.ttf'),
  require.resolve('@expo-google-fonts/noto-sans-jp/700Bold/NotoSansJP_700Bold.ttf'),
];

const PNG_SCALE = 2;

export function renderPng(svg: string, scale: number = PNG_SCALE): Promise<Buffer> {
  return buildHooks().timePng(async () => {
    const image = await renderAsync(svg, {
      font: { fontFiles: FONTS, loadSystemFonts: false, defaultFontFamily: 'Noto Sans JP', sansSerifFamily: 'Noto Sans JP' },
      fitTo: { mode: 'zoom', value: scale },
      background: '#ffffff',
    });
    return image.asPng();
  });
}
