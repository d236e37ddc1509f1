import type { MessageKey } from '../i18n/messages';

const componentKeys: Record<string, MessageKey> = {
  dynamodb: 'component.dynamodb',
  postgresql: 'component.postgresql',
  sns: 'component.sns',
  sqs: 'component.sqs',
};

/** Translated label of a checked component; a component the app does not know yet keeps its raw name. */
export function componentLabel(t: (key: MessageKey) => string, component: string): string {
  const key = Object.hasOwn(componentKeys, component) ? componentKeys[component] : undefined;
  return key ? t(key) : component;
}

const tashkentParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Asia/Tashkent',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/**
 * The check time as read in Uzbekistan (dd.mm.yyyy, 24 h, Tashkent time) whatever the browser's time zone.
 * Built from numeric parts because browsers often lack Uzbek locale data (Debian's Chromium formats
 * `uz` dates as "2026 M11 24").
 */
export function formatTashkentTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const part = Object.fromEntries(tashkentParts.formatToParts(date).map(({ type, value }) => [type, value]));
  return `${part.day}.${part.month}.${part.year}, ${part.hour}:${part.minute}:${part.second}`;
}
