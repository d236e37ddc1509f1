import type { ApiError } from '../app/api';
import type { MessageKey, MessageVars } from '../i18n/messages';

export type Translate = (key: MessageKey, vars?: MessageVars) => string;

/** The API's reasons (English, from functions/accounts and core's Phone) that the shopper reads in their language. */
const knownReasons: { pattern: RegExp; key: MessageKey; n?: true }[] = [
  { pattern: /^(is required|must not be blank)$/, key: 'form.required' },
  { pattern: /^must be at least (\d+) characters/, key: 'form.minLength', n: true },
  { pattern: /^must be at most (\d+) characters/, key: 'form.maxLength', n: true },
  { pattern: /^must be one line/, key: 'form.oneLine' },
  { pattern: /^must be an Uzbek number/, key: 'form.phone.notUzbek' },
  { pattern: /^must have 9 digits after \+998/, key: 'form.phone.digits' },
  { pattern: /^may contain only digits/, key: 'form.phone.chars' },
  { pattern: /^has no operator code starting with 0/, key: 'form.phone.zero' },
  { pattern: /^must be written \+998/, key: 'form.phone.digits' },
  { pattern: /^must be the 6 digits/, key: 'form.code.format' },
  { pattern: /^is wrong or has expired/, key: 'form.code.wrong' },
  { pattern: /^is required to change the password/, key: 'form.currentPassword.required' },
];

/** One field's reason in the shopper's language; a reason we do not know is shown as the API wrote it. */
export function reasonText(t: Translate, field: string, reason: string): string {
  if (field === 'currentPassword' && reason === 'is wrong') return t('form.currentPassword.wrong');
  if (field === 'region' && /^must be one of/.test(reason)) return t('form.region');
  for (const { pattern, key, n } of knownReasons) {
    const match = pattern.exec(reason);
    if (match) return t(key, n ? { n: match[1] ?? '' } : undefined);
  }
  return reason.charAt(0).toUpperCase() + reason.slice(1);
}

export interface FormProblems<F extends string> {
  /** What to show under each field of the form. */
  byField: Partial<Record<F, string>>;
  /** What the form shows at its top: reasons for fields it does not have (`body`, say). */
  other: string[];
}

/** Splits a 400's `errors[]` between the form's fields (by their names in the request body) and the rest. */
export function formProblems<F extends string>(
  error: ApiError | undefined,
  fields: readonly F[],
  t: Translate,
): FormProblems<F> {
  const result: FormProblems<F> = { byField: {}, other: [] };
  if (!error || error.kind !== 'http') return result;
  for (const { field, reason } of error.errors) {
    const text = reasonText(t, field, reason);
    if ((fields as readonly string[]).includes(field)) {
      const name = field as F;
      // Two reasons for one field: the first is the one to fix first.
      result.byField[name] ??= text;
    } else {
      result.other.push(text);
    }
  }
  return result;
}

/** "42 s" or "15 min": how long a 429's Retry-After asks to wait. */
export function waitText(t: Translate, seconds: number): string {
  return seconds < 90 ? t('time.seconds', { n: Math.max(1, seconds) }) : t('time.minutes', { n: Math.ceil(seconds / 60) });
}

/** The message for a failure that is not about one field: the network, the server, or `detail` as a last resort. */
export function generalProblem(t: Translate, error: ApiError): string {
  if (error.kind === 'network') return t('error.network');
  if (error.kind === 'http' && error.status >= 500) return t('error.server');
  if (error.kind === 'http' && error.detail) return error.detail;
  return t('error.server');
}
