import { describe, expect, it } from 'vitest';
import { en } from './en';
import { languages, messages, translate, type MessageKey } from './messages';

const keys = Object.keys(en) as MessageKey[];
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
});
