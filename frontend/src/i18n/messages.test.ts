import { describe, expect, it } from 'vitest';
import { en } from './en';
import { ru } from './ru';
import { uz } from './uz';
import { languages, translate, translatePlural, type MessageKey } from './messages';

const keys = Object.keys(en) as MessageKey[];
const messages = { uz, ru, en };
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('messages', () => {
  it.each(languages)('%s has every key, none empty', (lang) => {
    expect(Object.keys(messages[lang]).sort()).toEqual([...keys].sort());
    for (const key of keys) {
      expect(messages[lang][key].trim(), `${lang}: ${key}`).not.toBe('');
    }
  });

  it.each(languages)('%s uses the same placeholders as English', (lang) => {
    for (const key of keys) {
      expect(placeholders(messages[lang][key]), `${lang}: ${key}`).toEqual(placeholders(en[key]));
    }
  });

  it('writes Uzbek o‘ and g‘ with the ‘ letter, not a plain apostrophe', () => {
    for (const key of keys) {
      expect(messages.uz[key], key).not.toMatch(/[og]['`’ʻ]/i);
    }
  });

  it('fills placeholders', () => {
    expect(translate('ru', 'status.latency', { ms: 4 })).toBe('4 мс');
    expect(translate('uz', 'status.someDown', { names: 'SQS' })).toBe('Ba’zi tizimlar ishlamayapti: SQS');
  });

  it.each([
    ['ru', 1, '1 товар'],
    ['ru', 3, '3 товара'],
    ['ru', 5, '5 товаров'],
    ['ru', 11, '11 товаров'],
    ['ru', 21, '21 товар'],
    ['ru', 123, '123 товара'],
    ['en', 1, '1 product'],
    ['en', 2, '2 products'],
    ['uz', 1, '1 ta mahsulot'],
    ['uz', 7, '7 ta mahsulot'],
  ] as const)('counts in %s: %i → "%s"', (lang, count, expected) => {
    expect(translatePlural(lang, 'count.products', count)).toBe(expected);
  });
});
