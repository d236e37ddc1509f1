import { useMemo } from 'react';
import { fill, type Language, type MessageKey, type MessageVars } from '../../i18n/messages';
import { useI18n } from '../../i18n/useI18n';
import { adminEn } from './en';
import { adminRu } from './ru';
import { adminUz } from './uz';

export type AdminKey = keyof typeof adminEn;
export type AdminDictionary = Record<AdminKey, string>;

export const adminMessages: Record<Language, AdminDictionary> = { uz: adminUz, ru: adminRu, en: adminEn };

export function isAdminKey(key: string): key is AdminKey {
  return Object.hasOwn(adminEn, key);
}

export type AdminTranslate = (key: AdminKey | MessageKey, vars?: MessageVars) => string;

/** useI18n() whose `t` also knows the console's texts. */
export function useAdminI18n() {
  const base = useI18n();
  return useMemo(() => {
    const t: AdminTranslate = (key, vars) =>
      isAdminKey(key) ? fill(adminMessages[base.lang][key], vars) : base.t(key, vars);
    /** A text whose key is built at run time (a status, a role); an unknown one shows as the API wrote it. */
    const known = (prefix: string, value: string) => {
      const key = `${prefix}.${value}`;
      return isAdminKey(key) ? t(key) : value;
    };
    return { ...base, t, known };
  }, [base]);
}
