import type { Language } from '../i18n/messages';
import { translateOrders, type OrdersKey } from './i18n/messages';

// Dates as shoppers read them: "5 December" / "5 декабря" / "5-dekabr". Month names come from the dictionaries, not
// Intl, because browsers often lack Uzbek locale data (Debian's Chromium writes `uz` dates as "2026 M12 5").

interface Day {
  year: number;
  month: number;
  day: number;
}

/** A calendar date of the API (yyyy-MM-dd). */
function dayOf(date: string): Day | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return null;
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

const monthName = (lang: Language, month: number) => translateOrders(lang, `month.${month}` as OrdersKey);

function dayText(lang: Language, { year, month, day }: Day, withYear: boolean): string {
  return translateOrders(lang, withYear ? 'date.dayYear' : 'date.day', { day, month: monthName(lang, month), year });
}

/** "5 December" (a date of the API, yyyy-MM-dd); what is not a date shows as it came. */
export function formatDay(lang: Language, date: string): string {
  const day = dayOf(date);
  return day ? dayText(lang, day, false) : date;
}

/** "5–7 December", "30 November – 2 December", or one day when both are the same. */
export function formatDayRange(lang: Language, earliest: string, latest: string): string {
  const from = dayOf(earliest);
  const to = dayOf(latest);
  if (!from || !to) return `${earliest} – ${latest}`;
  if (earliest === latest) return dayText(lang, from, false);
  if (from.year === to.year && from.month === to.month) {
    return translateOrders(lang, 'date.sameMonth', { from: from.day, to: to.day, month: monthName(lang, from.month) });
  }
  return translateOrders(lang, 'date.range', { from: dayText(lang, from, false), to: dayText(lang, to, false) });
}

const tashkentParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Asia/Tashkent',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

function tashkent(instant: string): { day: Day; time: string } | null {
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) return null;
  const part = Object.fromEntries(tashkentParts.formatToParts(date).map(({ type, value }) => [type, value]));
  return {
    day: { year: Number(part.year), month: Number(part.month), day: Number(part.day) },
    time: `${part.hour}:${part.minute}`,
  };
}

/** The day an instant falls on in Tashkent: "3 December 2026". */
export function formatTashkentDate(lang: Language, instant: string): string {
  const at = tashkent(instant);
  return at ? dayText(lang, at.day, true) : instant;
}

/** An instant as read in Tashkent: "3 December 2026, 15:00" (24 h), whatever the browser's time zone. */
export function formatTashkentTime(lang: Language, instant: string): string {
  const at = tashkent(instant);
  return at ? translateOrders(lang, 'date.at', { date: dayText(lang, at.day, true), time: at.time }) : instant;
}
