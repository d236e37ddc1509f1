import { translate, type Language } from './messages';

// Digits are grouped by three with a no-break space, as shoppers in Uzbekistan write prices ("12 499 000"),
// and the currency follows after another, so a price never breaks across lines.
const GROUP = '\u00a0';

/** 1234567 → "1 234 567" (no-break spaces). Whole numbers only. */
export function groupDigits(value: number): string {
  assertWhole(value);
  const digits = String(Math.abs(value));
  const head = digits.length % 3 || 3;
  const groups = [digits.slice(0, head)];
  for (let i = head; i < digits.length; i += 3) groups.push(digits.slice(i, i + 3));
  return (value < 0 ? '−' : '') + groups.join(GROUP);
}

/**
 * A price in tiyin as shoppers read it: "12 499 000 so‘m" / "12 499 000 сум" / "12 499 000 UZS".
 * Tiyin appear only when there are some: "1 500,50 so‘m". Integer arithmetic only.
 */
export function formatMoney(tiyin: number, lang: Language): string {
  assertWhole(tiyin);
  const rest = Math.abs(tiyin % 100);
  const som = (tiyin - (tiyin % 100)) / 100;
  const sign = tiyin < 0 && som === 0 ? '−' : '';
  const amount =
    sign + groupDigits(som) + (rest === 0 ? '' : translate(lang, 'money.decimalSeparator') + String(rest).padStart(2, '0'));
  return amount + GROUP + translate(lang, 'money.currency');
}

/** Whole so'm a price in tiyin reaches, rounded down ("from" bounds) or up ("to" bounds). */
export function tiyinToSom(tiyin: number, round: 'down' | 'up'): number {
  assertWhole(tiyin);
  const rest = tiyin % 100;
  const som = (tiyin - rest) / 100;
  if (rest === 0) return som;
  return round === 'up' ? (rest > 0 ? som + 1 : som) : rest < 0 ? som - 1 : som;
}

/** The discount a compare-at price shows, in whole percent (rounded half up); 0 when there is none. */
export function discountPercent(price: number, compareAtPrice: number | undefined): number {
  if (compareAtPrice === undefined || compareAtPrice <= price || compareAtPrice <= 0) return 0;
  assertWhole(price);
  assertWhole(compareAtPrice);
  const saved = (compareAtPrice - price) * 100;
  // floor((2·saved + c) / 2c) is saved/c rounded half up, without a fractional intermediate.
  const doubled = 2 * saved + compareAtPrice;
  return (doubled - (doubled % (2 * compareAtPrice))) / (2 * compareAtPrice);
}

function assertWhole(value: number): void {
  if (!Number.isSafeInteger(value)) throw new RangeError(`Not a whole amount: ${value}`);
}
