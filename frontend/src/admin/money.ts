// So'm as staff type them <-> integer tiyin as the API keeps them. Strings all the way: no float ever touches a sum.

export type SomInput = { ok: true; tiyin: number | undefined } | { ok: false };

/**
 * "3 499 000", "3499000.5", "3 499 000,50" → 349900000, 349900050, 349900050 tiyin; "" → undefined (no sum);
 * anything else (letters, a minus, three decimals, past the safe integers) is refused.
 */
export function somToTiyin(text: string): SomInput {
  const tidy = text.replace(/[\s\u00a0\u202f\u2009_]/g, '');
  if (tidy === '') return { ok: true, tiyin: undefined };
  const match = /^(\d+)(?:[.,](\d{1,2}))?$/.exec(tidy);
  if (!match) return { ok: false };
  const digits = `${match[1]}${(match[2] ?? '').padEnd(2, '0')}`.replace(/^0+(?=\d)/, '');
  const tiyin = Number(digits);
  return Number.isSafeInteger(tiyin) ? { ok: true, tiyin } : { ok: false };
}

/** 349900050 → "3499000.50", 349900000 → "3499000": what an edit field shows for a sum. */
export function tiyinToSom(tiyin: number | undefined | null): string {
  if (tiyin === undefined || tiyin === null) return '';
  if (!Number.isSafeInteger(tiyin)) throw new RangeError(`not a whole number of tiyin: ${tiyin}`);
  const sign = tiyin < 0 ? '-' : '';
  const digits = String(Math.abs(tiyin)).padStart(3, '0');
  const som = digits.slice(0, -2);
  const rest = digits.slice(-2);
  return `${sign}${som}${rest === '00' ? '' : `.${rest}`}`;
}
