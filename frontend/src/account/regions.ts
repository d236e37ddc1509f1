import type { MessageKey } from '../i18n/messages';

/** The 14 first-level units of Uzbekistan by ISO 3166-2 code (shared/specs/uz-shipping.md), in the order shown. */
export const regionCodes = [
  'UZ-TK',
  'UZ-TO',
  'UZ-AN',
  'UZ-BU',
  'UZ-FA',
  'UZ-JI',
  'UZ-XO',
  'UZ-NG',
  'UZ-NW',
  'UZ-QA',
  'UZ-SA',
  'UZ-SI',
  'UZ-SU',
  'UZ-QR',
] as const;

export type RegionCode = (typeof regionCodes)[number];

export function regionKey(code: string): MessageKey | null {
  return (regionCodes as readonly string[]).includes(code) ? (`region.${code}` as MessageKey) : null;
}
