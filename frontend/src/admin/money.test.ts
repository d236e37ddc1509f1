import { describe, expect, it } from 'vitest';
import { somToTiyin, tiyinToSom } from './money';

describe("so'm <-> tiyin", () => {
  it.each([
    ['3499000', 349900000],
    ['3 499 000', 349900000],
    ['3\u00a0499\u00a0000,50', 349900050],
    ['0.1', 10],
    ['0.29', 29], // 0.29 * 100 is 28.999999999999996 in floats
    ['1.15', 115], // 1.15 * 100 is 114.99999999999999
    ['19.99', 1999],
    ['90071992547409.91', 9007199254740991],
    ['007', 700],
  ])('%s so‘m is %d tiyin exactly', (text, tiyin) => {
    expect(somToTiyin(text)).toEqual({ ok: true, tiyin });
  });

  it('reads an empty field as no sum, refuses what is not a sum', () => {
    expect(somToTiyin('  ')).toEqual({ ok: true, tiyin: undefined });
    for (const bad of ['-5', '1.234', '12a', '1e6', '1,2,3', '90071992547409.92', '.5']) {
      expect(somToTiyin(bad), bad).toEqual({ ok: false });
    }
  });

  it('shows tiyin as so‘m with tiyin only when there are some, and goes back unchanged', () => {
    expect(tiyinToSom(349900000)).toBe('3499000');
    expect(tiyinToSom(349900050)).toBe('3499000.50');
    expect(tiyinToSom(5)).toBe('0.05');
    expect(tiyinToSom(undefined)).toBe('');
    for (const n of [1, 29, 115, 1999, 349900050, 9007199254740991]) {
      expect(somToTiyin(tiyinToSom(n))).toEqual({ ok: true, tiyin: n });
    }
    expect(() => tiyinToSom(1.5)).toThrow();
  });
});
