import type { en } from './en';
import { uz } from './uz';

export const languages = ['uz', 'ru', 'en'] as const;
export type Language = (typeof languages)[number];
export const defaultLanguage: Language = 'uz';

export type MessageKey = keyof typeof en;
export type Dictionary = Record<MessageKey, string>;

/**
 * The dictionaries at hand. Uzbek (the default) travels with the main bundle; Russian and English are loaded when
 * first chosen (main.tsx waits for the saved one before the first render), so the first load carries one table.
 */
export const messages: Partial<Record<Language, Dictionary>> = { uz };

const loaders: Record<Exclude<Language, 'uz'>, () => Promise<Dictionary>> = {
  ru: () => import('./ru').then((module) => module.ru),
  en: () => import('./en').then((module) => module.en),
};

export function hasDictionary(lang: Language): boolean {
  return messages[lang] !== undefined;
}

/** Makes `lang`'s texts available (tests and the loader register them here). */
export function registerDictionary(lang: Language, dictionary: Dictionary): void {
  messages[lang] = dictionary;
}

/** Loads `lang`'s dictionary unless it is at hand; rejects when its chunk cannot be fetched. */
export async function loadDictionary(lang: Language): Promise<void> {
  if (lang === 'uz' || hasDictionary(lang)) return;
  registerDictionary(lang, await loaders[lang]());
}

/** A dictionary not loaded yet (a failed fetch) reads as the default language rather than as keys. */
function dictionary(lang: Language): Dictionary {
  return messages[lang] ?? uz;
}

/** Each language's own name, shown in the switch whatever the current language is. */
export const languageNames: Record<Language, string> = {
  uz: 'O‘zbekcha',
  ru: 'Русский',
  en: 'English',
};

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}

export type MessageVars = Record<string, string | number>;

/** Replaces `{name}` placeholders; an unknown placeholder stays visible so a missing value is noticed. */
export function translate(lang: Language, key: MessageKey, vars: MessageVars = {}): string {
  return fill(dictionary(lang)[key], vars);
}

/** A text with its `{name}` placeholders filled (a feature's own dictionary uses it too). */
export function fill(text: string, vars: MessageVars = {}): string {
  return text.replace(/\{(\w+)\}/g, (placeholder, name: string) => (name in vars ? String(vars[name]) : placeholder));
}

/** Keys with plural forms: `<base>.one`, `.few`, `.many`, `.other` (as Intl.PluralRules names them). */
export type PluralKey = MessageKey extends infer K ? (K extends `${infer Base}.other` ? Base : never) : never;

const pluralRules = Object.fromEntries(languages.map((lang) => [lang, new Intl.PluralRules(lang)])) as Record<
  Language,
  Intl.PluralRules
>;

/** The form of `base` that `count` takes in `lang` ("1 товар", "3 товара", "5 товаров"); `{count}` is filled. */
export function translatePlural(lang: Language, base: PluralKey, count: number, shown: string = String(count)): string {
  const form = pluralRules[lang].select(count);
  const key = `${base}.${form}`;
  const chosen = (key in dictionary(lang) ? key : `${base}.other`) as MessageKey;
  return translate(lang, chosen, { count: shown });
}
