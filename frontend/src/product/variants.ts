import type { Variant } from '../catalog/types';

// Choosing a variant by its option values (colour, memory, size, …). A product sells some combinations of values,
// not necessarily all; each variant has its own price and stock.

export interface OptionValueChoice {
  value: string;
  label: string;
}

export interface OptionGroup {
  key: string;
  name: string;
  values: OptionValueChoice[];
}

/** The value a variant has for an option, as text (the API types them: "black", 256, true). */
export function optionValue(variant: Variant, key: string): string | undefined {
  const option = variant.options.find((o) => o.key === key);
  return option === undefined ? undefined : String(option.value);
}

/** Each option the product's variants differ in, its values in the order the variants list them. */
export function optionGroups(variants: Variant[]): OptionGroup[] {
  const groups = new Map<string, OptionGroup>();
  for (const variant of variants) {
    for (const option of variant.options) {
      const group = groups.get(option.key) ?? { key: option.key, name: option.name, values: [] };
      groups.set(option.key, group);
      const value = String(option.value);
      if (!group.values.some((v) => v.value === value)) group.values.push({ value, label: option.label });
    }
  }
  return [...groups.values()];
}

const available = (variant: Variant) => variant.stock !== 'out_of_stock';

/** The variant a product page opens with: the one named in the address, else the first that can be bought. */
export function selectVariant(variants: Variant[], sku: string | null): Variant | undefined {
  return variants.find((v) => v.code === sku) ?? variants.find(available) ?? variants[0];
}

/**
 * The variant a click on `key = value` leads to: of those with that value, the one keeping most of the other
 * current choices, preferring one that can be bought, then the first listed.
 */
export function chooseOption(variants: Variant[], current: Variant, key: string, value: string): Variant {
  let best = current;
  let bestScore = -1;
  for (const variant of variants) {
    if (optionValue(variant, key) !== value) continue;
    const kept = current.options.filter((o) => o.key !== key && optionValue(variant, o.key) === String(o.value)).length;
    const score = kept * 2 + (available(variant) ? 1 : 0);
    if (score > bestScore) {
      best = variant;
      bestScore = score;
    }
  }
  return best;
}

/**
 * How a value shows beside the current choice: chosen; available; sold with the other current choices but out of
 * stock; or not sold with them at all (choosing it changes the other options too).
 */
export type OptionState = 'selected' | 'available' | 'out_of_stock' | 'unavailable';

export function optionState(variants: Variant[], current: Variant, key: string, value: string): OptionState {
  if (optionValue(current, key) === value) return 'selected';
  const match = variants.find(
    (variant) =>
      optionValue(variant, key) === value &&
      current.options.every((o) => o.key === key || optionValue(variant, o.key) === String(o.value)),
  );
  if (!match) return 'unavailable';
  return available(match) ? 'available' : 'out_of_stock';
}
