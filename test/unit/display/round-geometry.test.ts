import { describe, expect, it } from 'vitest';
import { roundGeometry } from '../../../src/site/render/svg.ts';

describe('roundGeometry', () => {
  it('rounds long coordinates of geometry attributes to hundredths', () => {
    expect(roundGeometry('<line x1="104.19999999999999" x2="-3.14159" y1="5" y2="7.5"/>')).toBe(
      '<line x1="104.2" x2="-3.14" y1="5" y2="7.5"/>',
    );
    expect(roundGeometry('<path d="M295.44,42.123456L12.3456,7"/>')).toBe('<path d="M295.44,42.12L12.35,7"/>');
    expect(roundGeometry('<g transform="translate(0.123456,10)"/>')).toBe('<g transform="translate(0.12,10)"/>');
  });
  it('leaves values, data attributes and text alone', () => {
    const svg = '<circle data-value="35.333" cx="1.005"><title>原文 706: “35.3333”</title></circle>';
    expect(roundGeometry(svg)).toBe('<circle data-value="35.333" cx="1"><title>原文 706: “35.3333”</title></circle>');
  });
});
