import { describe, expect, it } from 'vitest';
import { roundGeometry } from '../../../src/site/render/svg.ts';
import { serialize, svgDocument } from '../../../src/site/render/svg-dom.ts';

/** Parses markup into an SVG document, rounds it, and writes it back. */
function round(markup: string): string {
  const doc = svgDocument();
  const svg = doc.documentElement;
  svg.innerHTML = markup;
  roundGeometry(svg);
  return serialize(svg.firstElementChild!);
}

describe('roundGeometry', () => {
  it('rounds long coordinates of geometry attributes to hundredths', () => {
    expect(round('<line x1="104.19999999999999" x2="-3.14159" y1="5" y2="7.5"/>')).toBe('<line x1="104.2" x2="-3.14" y1="5" y2="7.5" />');
    expect(round('<path d="M295.44,42.123456L12.3456,7"/>')).toBe('<path d="M295.44,42.12L12.35,7" />');
    expect(round('<g transform="translate(0.123456,10)"/>')).toBe('<g transform="translate(0.12,10)" />');
  });
  it('leaves values, data attributes and text alone, also text that reads like a geometry attribute', () => {
    const svg = '<circle data-value="35.333" cx="1.005"><title>原文 706: “35.3333” x="1.23456"</title></circle>';
    expect(round(svg)).toBe('<circle data-value="35.333" cx="1"><title>原文 706: “35.3333” x="1.23456"</title></circle>');
  });
});
