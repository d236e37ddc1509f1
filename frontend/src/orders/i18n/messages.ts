import { useMemo } from 'react';
import { fill, type Language, type MessageKey, type MessageVars } from '../../i18n/messages';
import { useI18n } from '../../i18n/useI18n';
import { ordersEn } from './en';
import { ordersRu } from './ru';
import { ordersUz } from './uz';

export type OrdersKey = keyof typeof ordersEn;
export type OrdersDictionary = Record<OrdersKey, string>;

export const ordersMessages: Record<Language, OrdersDictionary> = { uz: ordersUz, ru: ordersRu, en: ordersEn };

export function isOrdersKey(key: string): key is OrdersKey {
  return Object.hasOwn(ordersEn, key);
}

export function translateOrders(lang: Language, key: OrdersKey, vars?: MessageVars): string {
  return fill(ordersMessages[lang][key], vars);
}

/** useI18n() whose `t` also knows the texts of checkout and the order pages. */
export function useOrdersI18n() {
  const base = useI18n();
  return useMemo(
    () => ({
      ...base,
      t: (key: MessageKey | OrdersKey, vars?: MessageVars) =>
        isOrdersKey(key) ? translateOrders(base.lang, key, vars) : base.t(key, vars),
    }),
    [base],
  );
}

/** An order status in the shopper's language; one this app does not know yet shows as the API wrote it. */
export function statusText(t: (key: OrdersKey) => string, status: string): string {
  const key = `orderStatus.${status}`;
  return isOrdersKey(key) ? t(key) : status;
}
