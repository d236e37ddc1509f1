import { describe, expect, it } from 'vitest';
import { en } from '../../i18n/en';
import { languages } from '../../i18n/messages';
import { ordersEn } from './en';
import { ordersMessages, type OrdersKey } from './messages';

const keys = Object.keys(ordersEn) as OrdersKey[];
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('checkout and order texts', () => {
  it.each(languages)('%s has every key, none empty', (lang) => {
    expect(Object.keys(ordersMessages[lang]).sort()).toEqual([...keys].sort());
    for (const key of keys) expect(ordersMessages[lang][key].trim(), `${lang}: ${key}`).not.toBe('');
  });

  it.each(languages)('%s uses the same placeholders as English', (lang) => {
    for (const key of keys) expect(placeholders(ordersMessages[lang][key]), `${lang}: ${key}`).toEqual(placeholders(ordersEn[key]));
  });

  it('writes Uzbek o‘ and g‘ with the ‘ letter, not a plain apostrophe', () => {
    for (const key of keys) expect(ordersMessages.uz[key], key).not.toMatch(/[og]['`’ʻ]/i);
  });

  it('shares no key with the main dictionary (one key, one text)', () => {
    expect(keys.filter((key) => Object.hasOwn(en, key))).toEqual([]);
  });
});
