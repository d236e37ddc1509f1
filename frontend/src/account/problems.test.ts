import { describe, expect, it } from 'vitest';
import type { ApiError } from '../app/api';
import { translate, type Language } from '../i18n/messages';
import { formProblems, reasonText, waitText } from './problems';

const t = (lang: Language) => (key: Parameters<typeof translate>[1], vars?: Parameters<typeof translate>[2]) =>
  translate(lang, key, vars);

const validation = (errors: { field: string; reason: string }[]): ApiError => ({
  kind: 'http',
  status: 400,
  detail: 'Please correct: …',
  errors,
});

describe('form problems from problem+json', () => {
  it('puts each field’s reason under that field, in the shopper’s language', () => {
    const error = validation([
      { field: 'phone', reason: 'must be an Uzbek number (+998 …); numbers of other countries are not accepted' },
      { field: 'district', reason: 'must be at least 2 characters long' },
      { field: 'street', reason: 'must be at most 200 characters long, but is 250' },
    ]);
    expect(formProblems(error, ['phone', 'district', 'street'], t('ru'))).toEqual({
      byField: {
        phone: 'Введите узбекский номер (+998 …); номера других стран не принимаются.',
        district: 'Не меньше 2 символов.',
        street: 'Не больше 200 символов.',
      },
      other: [],
    });
  });

  it('reads the code and password reasons of the accounts API', () => {
    const uz = t('uz');
    expect(reasonText(uz, 'code', 'is wrong or has expired; check the SMS or ask for a new code')).toBe(
      'Kod noto‘g‘ri yoki muddati o‘tgan. SMS’ni tekshiring yoki yangi kod so‘rang.',
    );
    expect(reasonText(t('en'), 'code', 'must be the 6 digits from the SMS')).toBe('Enter the 6 digits from the SMS.');
    expect(reasonText(t('en'), 'currentPassword', 'is wrong')).toBe('The current password is wrong.');
    expect(reasonText(t('en'), 'currentPassword', 'is required to change the password')).toBe(
      'Enter your current password to change it.',
    );
    expect(reasonText(t('en'), 'region', 'must be one of UZ-TK, UZ-TO, …')).toBe('Choose a region from the list.');
    expect(reasonText(t('en'), 'phone', 'must have 9 digits after +998 (a 2-digit operator code and 7 digits), e.g. +998 90 123 45 67')).toBe(
      'An Uzbek number has 9 digits after +998, e.g. +998 90 123 45 67.',
    );
  });

  it('shows a reason it does not know as the API wrote it', () => {
    expect(reasonText(t('en'), 'name', 'must be a string')).toBe('Must be a string');
  });

  it('keeps the first reason of a field and sends fields the form lacks to its top', () => {
    const error = validation([
      { field: 'name', reason: 'is required' },
      { field: 'name', reason: 'must be at least 1 characters long' },
      { field: 'body', reason: 'send a name or a password to change' },
    ]);
    expect(formProblems(error, ['name'], t('en'))).toEqual({
      byField: { name: 'Fill this in.' },
      other: ['Send a name or a password to change'],
    });
  });

  it('has nothing to say about a failure that is not a 400 with fields', () => {
    expect(formProblems({ kind: 'network' }, ['phone'], t('en'))).toEqual({ byField: {}, other: [] });
  });

  it('says how long to wait in seconds or minutes', () => {
    expect(waitText(t('en'), 42)).toBe('42 s');
    expect(waitText(t('ru'), 900)).toBe('15 мин');
    expect(waitText(t('uz'), 0)).toBe('1 soniya');
  });
});
