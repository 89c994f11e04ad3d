/**
 * The chart palette against both backgrounds (WCAG 2 contrast ratios): every mark colour ≥ 3:1 (1.4.11) on
 * the light background and the dark one; chart text ≥ 4.5:1 (1.4.3) in each theme, dimmed text included.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COLORS } from '../../../src/display/chart.ts';
import { ROOT } from '../../helpers.ts';

function luminance(hex: string): number {
  const m = /^#([0-9a-f]{6})$/i.exec(hex);
  if (!m) throw new Error(`not a #rrggbb colour: ${hex}`);
  const [r, g, b] = [0, 2, 4].map((i) => {
    const c = parseInt(m[1]!.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(a: string, b: string): number {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x! + 0.05) / (y! + 0.05);
}

const embedCss = readFileSync(join(ROOT, 'src/styles/embed.css'), 'utf8');
const siteCss = readFileSync(join(ROOT, 'src/styles/site.css'), 'utf8');

/** The custom properties of a CSS block (the first `selector {…}` whose selector matches). */
function vars(css: string, selector: RegExp): Record<string, string> {
  const block = new RegExp(`${selector.source}\\s*\\{([^}]*)\\}`).exec(css)?.[1];
  if (!block) throw new Error(`no block ${selector}`);
  return Object.fromEntries([...block.matchAll(/--([\w-]+):\s*(#[0-9a-f]{6})/gi)].map((m) => [m[1]!, m[2]!.toLowerCase()]));
}

const light = vars(siteCss, /:root/);
const embedLight = vars(embedCss, /:root/);
const dark = vars(embedCss, /:root\[data-theme='dark'\]/);
const darkAuto = vars(embedCss, /:root\[data-theme='auto'\]/);
const { grey, ...marks } = COLORS;

describe('contrast', () => {
  it('is computed as WCAG defines it', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#E69F00', '#ffffff')).toBeCloseTo(2.25, 2);
    expect(contrast('#56B4E9', '#ffffff')).toBeLessThan(3);
  });
});

describe('the palette', () => {
  it('has the backgrounds it is checked against', () => {
    expect(light.bg).toBe('#ffffff');
    expect(embedLight.bg).toBe('#ffffff');
    expect(dark.bg).toBe('#121212');
    expect(darkAuto).toEqual(dark);
  });

  for (const [name, colour] of Object.entries(marks)) {
    it(`mark ${name} ${colour}: ≥ 3:1 on light and dark`, () => {
      expect(contrast(colour, light.bg!)).toBeGreaterThanOrEqual(3);
      expect(contrast(colour, dark.bg!)).toBeGreaterThanOrEqual(3);
    });
  }

  it('the colours are told apart: no two marks alike', () => {
    expect(new Set(Object.values(marks).map((c) => c.toLowerCase())).size).toBe(Object.keys(marks).length);
  });

  it('chart text: grey on white, and the colours dark embeds paint it and dimmed text in, ≥ 4.5:1', () => {
    expect(contrast(grey, light.bg!)).toBeGreaterThanOrEqual(4.5);
    // Dark embeds repaint COLORS.grey text with --muted (a rule in embed.css names the colour).
    expect(embedCss).toContain(`text[fill='${grey}']`);
    for (const theme of [light, embedLight, dark]) {
      for (const text of ['fg', 'muted', 'dim'])
        expect(contrast(theme[text]!, theme.bg!), `${text} ${theme[text]}`).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('the stylesheets draw focus rings and line marks ≥ 3:1 on the light background', () => {
    const graphics = [...`${siteCss}\n${embedCss}`.matchAll(/(?:outline|border-left-color):[^;#]*(#[0-9a-f]{6})/gi)].map((m) => m[1]!);
    expect(graphics.length).toBeGreaterThan(2);
    for (const c of graphics) expect(contrast(c, light.bg!), c).toBeGreaterThanOrEqual(3);
  });
});
