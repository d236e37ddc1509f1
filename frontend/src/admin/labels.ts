import { regionKey } from '../account/regions';
import { ordersMessages, isOrdersKey } from '../orders/i18n/messages';
import type { Language } from '../i18n/messages';
import type { AdminTranslate } from './i18n/messages';

export const orderStatuses = [
  'PENDING_PAYMENT',
  'AWAITING_CONFIRMATION',
  'PAID',
  'CONFIRMED',
  'PROCESSING',
  'SHIPPED',
  'DELIVERED',
  'CANCELLED',
  'EXPIRED',
  'REFUNDED',
] as const;
export const paymentMethods = ['payme', 'click', 'cash'] as const;

/** An order status as the shop names it (the order pages' texts); an unknown one as the API wrote it. */
export function statusName(lang: Language, status: string): string {
  const key = `orderStatus.${status}`;
  return isOrdersKey(key) ? ordersMessages[lang][key] : status;
}

export function regionName(t: AdminTranslate, code: string): string {
  const key = regionKey(code);
  return key ? t(key) : code;
}

export function paymentName(t: AdminTranslate, method: string): string {
  return method === 'payme' || method === 'click' || method === 'cash' ? t(`pay.${method}`) : method;
}
