import { describe, expect, it } from 'vitest';
import { discountPercent, formatMoney, groupDigits, tiyinToSom } from './money';

// Prices group with no-break spaces; written here with plain spaces for reading.
const plain = (text: string) => text.replaceAll('\u00a0', ' ');

describe('formatMoney', () => {
  it.each([
    [1249900000, 'uz', '12 499 000 so‘m'],
    [1249900000, 'ru', '12 499 000 сум'],
    [1249900000, 'en', '12 499 000 UZS'],
    [0, 'uz', '0 so‘m'],
    [100, 'ru', '1 сум'],
    [99900, 'uz', '999 so‘m'],
    [100000, 'uz', '1 000 so‘m'],
    [10000000, 'en', '100 000 UZS'],
    [100000000, 'uz', '1 000 000 so‘m'],
    [150050, 'uz', '1 500,50 so‘m'],
    [150050, 'ru', '1 500,50 сум'],
    [150050, 'en', '1 500.50 UZS'],
    [5, 'uz', '0,05 so‘m'],
    [99, 'en', '0.99 UZS'],
    [579900050, 'uz', '5 799 000,50 so‘m'],
    [-150050, 'uz', '−1 500,50 so‘m'],
    [-5, 'ru', '−0,05 сум'],
    [Number.MAX_SAFE_INTEGER, 'en', '90 071 992 547 409.91 UZS'],
  ] as const)('%i tiyin in %s is "%s"', (tiyin, lang, expected) => {
    expect(plain(formatMoney(tiyin, lang))).toBe(expected);
  });

  it('keeps a price on one line: groups and currency are joined by no-break spaces', () => {
    expect(formatMoney(1249900000, 'uz')).toBe('12\u00a0499\u00a0000\u00a0so‘m');
    expect(formatMoney(1249900000, 'uz')).not.toMatch(/ /);
  });

  it.each([0.5, 1.1, NaN, Infinity, Number.MAX_SAFE_INTEGER + 1])('refuses %s, which is not a whole tiyin count', (bad) => {
    expect(() => formatMoney(bad, 'uz')).toThrow(RangeError);
  });
});

describe('groupDigits', () => {
  it.each([
    [0, '0'],
    [7, '7'],
    [999, '999'],
    [1000, '1 000'],
    [12345, '12 345'],
    [123456, '123 456'],
    [1234567, '1 234 567'],
  ])('%i → "%s"', (n, expected) => {
    expect(plain(groupDigits(n))).toBe(expected);
  });
});

describe('tiyinToSom', () => {
  it('rounds bounds outwards so a range of whole so‘m keeps every price', () => {
    expect(tiyinToSom(119900000, 'down')).toBe(1199000);
    expect(tiyinToSom(1749900050, 'down')).toBe(17499000);
    expect(tiyinToSom(1749900050, 'up')).toBe(17499001);
    expect(tiyinToSom(1749900000, 'up')).toBe(17499000);
    expect(tiyinToSom(-50, 'down')).toBe(-1);
  });
});

describe('discountPercent', () => {
  it.each([
    [499900000, 549900000, 9], // 9.09 %
    [149900000, 180000000, 17], // 16.72 %
    [50, 100, 50],
    [75, 100, 25],
    [1, 3, 67], // 66.67 % rounds up
    [2, 3, 33], // 33.33 % rounds down
    [7, 8, 13], // 12.5 % rounds half up
    [100, 100, 0],
    [120, 100, 0], // a "compare-at" below the price is no discount
    [100, undefined, 0],
  ])('%i instead of %s is %i %%', (price, compareAt, expected) => {
    expect(discountPercent(price, compareAt)).toBe(expected);
  });
});
