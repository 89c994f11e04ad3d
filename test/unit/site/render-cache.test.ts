/**
 * The render cache (src/site/render/render-cache.ts): a render is made once per set of inputs and read back
 * after, byte for byte; other inputs make another render. Because builds may read rasters from the cache, the
 * determinism build of the suite no longer shows that resvg draws the same bytes twice: shown here instead.
 */
import { existsSync, rmSync } from 'node:fs';
import { renderAsync } from '@resvg/resvg-js';
import { afterAll, describe, expect, it } from 'vitest';
import { cacheFile, cachedRender, RENDER_CACHE } from '../../../src/site/render/render-cache.ts';

const SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"><rect x="2" y="2" width="30" height="10" fill="#0072B2"/></svg>';
// inputs of this run only: the test never reads a render kept by another run
const RUN = `test ${process.pid} ${Date.now()}`;
const used = [['a'], ['b'], ['ab', 'c'], ['a', 'bc']];
afterAll(() => {
  for (const inputs of used) rmSync(cacheFile('test', [RUN, ...inputs]), { force: true });
});

describe('the render cache', () => {
  it('renders once per inputs, then reads the same bytes back; other inputs render again', async () => {
    let made = 0;
    const make = (n: number) => async () => {
      made++;
      return new Uint8Array([n, 1, 2, 3]);
    };
    const first = await cachedRender('test', [RUN, 'a'], make(7));
    const again = await cachedRender('test', [RUN, 'a'], make(9));
    expect(made).toBe(1);
    expect([...again]).toEqual([...first]);
    const other = await cachedRender('test', [RUN, 'b'], make(9));
    expect(made).toBe(2);
    expect(other[0]).toBe(9);
    // inputs are joined with their lengths: ['ab', 'c'] and ['a', 'bc'] are not one key
    await cachedRender('test', [RUN, 'ab', 'c'], make(1));
    await cachedRender('test', [RUN, 'a', 'bc'], make(2));
    expect(made).toBe(4);
  });

  it('keeps its files in node_modules/.cache, as other build tools do, named by their inputs', () => {
    expect(RENDER_CACHE.split(/[\\/]/).slice(-3)).toEqual(['node_modules', '.cache', 'mhlw-charts']);
    expect(existsSync(cacheFile('test', [RUN, 'a']))).toBe(true);
  });

  it('resvg draws the same SVG to the same bytes twice (what makes a kept raster the one a build would draw)', async () => {
    const a = (await renderAsync(SVG, { fitTo: { mode: 'width', value: 400 }, background: '#ffffff' })).asPng();
    const b = (await renderAsync(SVG, { fitTo: { mode: 'width', value: 400 }, background: '#ffffff' })).asPng();
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });
});
