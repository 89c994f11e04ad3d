import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { eraToWestern, fiscalMonthToCalendar, formatEraYear, parseEraYear, westernToEra } from '../../../src/pipeline/eras.ts';
import { formatCount, formatRate, parseCount, parseRate, toHalfWidth } from '../../../src/pipeline/numbers.ts';

describe('numbers', () => {
  it('formatting a rate then parsing it gives the value back', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1000 }), (tenths) => {
        const v = tenths / 10;
        expect(parseRate(formatRate(v))).toBe(v);
      }),
    );
  });

  it('formatting a count then parsing it gives the value back', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), (n) => {
        expect(parseCount(formatCount(n))).toBe(n);
      }),
    );
  });

  it('rejects rates outside 0–100 or without exactly one decimal', () => {
    for (const bad of ['100.1', '35', '35.35', '3017', '.5', '05.0', '']) expect(parseRate(bad)).toBeNull();
    expect(parseRate('100.0')).toBe(100);
    expect(parseRate('57.9%')).toBe(57.9);
  });

  it('rejects malformed counts', () => {
    for (const bad of ['2,69', '12,3456', '1.5', '0123', 'x']) expect(parseCount(bad)).toBeNull();
    expect(parseCount('2,690')).toBe(2690);
  });

  it('maps full-width digits to ASCII', () => {
    expect(toHalfWidth('（１２３．４％）')).toBe('(123.4%)');
  });
});

describe('eras', () => {
  it('和暦 → 西暦 → 和暦 round-trips for every year of 平成 and 令和', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1990, max: 2100 }), (year) => {
        const { era, year: y } = westernToEra(year);
        expect(eraToWestern(era.name, y)).toBe(year);
        expect(parseEraYear(formatEraYear(year))).toBe(year);
      }),
    );
  });

  it('reads the years printed in the handouts', () => {
    expect(parseEraYear('平成 3年調査')).toBe(1991);
    expect(parseEraYear('平成21年')).toBe(2009);
    expect(parseEraYear('平成元年')).toBe(1989);
    expect(parseEraYear('令和元年')).toBe(2019);
    expect(parseEraYear('昭和56年')).toBe(1981);
    expect(parseEraYear('no year')).toBeNull();
    expect(formatEraYear(1989)).toBe('平成元年');
    expect(formatEraYear(2019)).toBe('令和元年');
  });

  it('puts a month of a fiscal year (April–March) in its calendar year', () => {
    expect(fiscalMonthToCalendar(2010, 12)).toEqual({ year: 2010, month: 12 });
    expect(fiscalMonthToCalendar(2010, 3)).toEqual({ year: 2011, month: 3 });
    expect(fiscalMonthToCalendar(2010, 4)).toEqual({ year: 2010, month: 4 });
  });

  it('rejects an invalid era year', () => {
    expect(() => eraToWestern('平成', 0)).toThrow();
    expect(() => eraToWestern('天保', 1)).toThrow();
  });
});
