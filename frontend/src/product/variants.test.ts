import { describe, expect, it } from 'vitest';
import type { Variant } from '../catalog/types';
import { phone } from '../test/catalogFixtures';
import { chooseOption, optionGroups, optionState, selectVariant } from './variants';

const variants = phone.variants;
const byCode = (code: string) => variants.find((v) => v.code === code)!;
const [black128, black256, white128, green256] = ['A55-BLK-128', 'A55-BLK-256', 'A55-WHT-128', 'A55-GRN-256'].map(byCode) as [
  Variant,
  Variant,
  Variant,
  Variant,
];

describe('optionGroups', () => {
  it('lists each option once, its values in the order the variants bring them', () => {
    expect(optionGroups(variants)).toEqual([
      {
        key: 'color',
        name: 'Rang',
        values: [
          { value: 'black', label: 'qora' },
          { value: 'white', label: 'oq' },
          { value: 'green', label: 'yashil' },
        ],
      },
      {
        key: 'storage_gb',
        name: 'Ichki xotira',
        values: [
          { value: '128', label: '128 GB' },
          { value: '256', label: '256 GB' },
        ],
      },
    ]);
  });

  it('has nothing to choose for a product sold one way', () => {
    expect(optionGroups([{ code: 'TEA-1', options: [], price: 100, stock: 'in_stock' }])).toEqual([]);
  });
});

describe('selectVariant', () => {
  it('takes the variant the address names', () => {
    expect(selectVariant(variants, 'A55-GRN-256')).toBe(green256);
    expect(selectVariant(variants, 'A55-BLK-256')).toBe(black256); // out of stock, but asked for
  });

  it('otherwise opens with the first variant that can be bought', () => {
    expect(selectVariant(variants, null)).toBe(black128);
    expect(selectVariant(variants, 'NO-SUCH-SKU')).toBe(black128);
    const soldOutFirst = [black256, white128];
    expect(selectVariant(soldOutFirst, null)).toBe(white128);
  });

  it('falls back to the first variant when none can be bought, and to nothing when there is none', () => {
    expect(selectVariant([black256], null)).toBe(black256);
    expect(selectVariant([], 'X')).toBeUndefined();
  });
});

describe('chooseOption', () => {
  it('keeps the other choices when that combination is sold', () => {
    expect(chooseOption(variants, black128, 'storage_gb', '256')).toBe(black256);
    expect(chooseOption(variants, black128, 'color', 'white')).toBe(white128);
  });

  it('moves the other options when the combination is not sold', () => {
    // No white 256 GB: white is sold only with 128 GB.
    expect(chooseOption(variants, green256, 'color', 'white')).toBe(white128);
    // No green 128 GB.
    expect(chooseOption(variants, black128, 'color', 'green')).toBe(green256);
  });

  it('prefers a variant that can be bought when several fit equally', () => {
    // From white 128 GB, 256 GB exists in black (out of stock) and green (in stock): neither keeps white.
    expect(chooseOption(variants, white128, 'storage_gb', '256')).toBe(green256);
  });

  it('stays put for a value no variant has', () => {
    expect(chooseOption(variants, black128, 'color', 'pink')).toBe(black128);
  });
});

describe('optionState', () => {
  it('marks the chosen value, buyable values, sold-out and unsold combinations', () => {
    const state = (current: Variant, key: string, value: string) => optionState(variants, current, key, value);
    expect(state(black128, 'color', 'black')).toBe('selected');
    expect(state(black128, 'color', 'white')).toBe('available');
    expect(state(black128, 'color', 'green')).toBe('unavailable'); // no green 128 GB
    expect(state(black128, 'storage_gb', '256')).toBe('out_of_stock'); // black 256 GB is sold out
    expect(state(white128, 'storage_gb', '256')).toBe('unavailable'); // no white 256 GB
    expect(state(green256, 'color', 'black')).toBe('out_of_stock');
    expect(state(green256, 'storage_gb', '128')).toBe('unavailable');
  });
});
