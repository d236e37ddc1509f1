import { describe, expect, it } from 'vitest';
import { translate } from '../i18n/messages';
import { componentLabel, formatTashkentTime } from './labels';

describe('formatTashkentTime', () => {
  it('shows UTC+5 with a 24-hour clock', () => {
    expect(formatTashkentTime('2026-11-23T19:00:00Z')).toBe('24.11.2026, 00:00:00');
    expect(formatTashkentTime('2026-06-01T08:05:09.123Z')).toBe('01.06.2026, 13:05:09');
  });

  it('leaves a time it cannot read as it came', () => {
    expect(formatTashkentTime('soon')).toBe('soon');
  });
});

describe('componentLabel', () => {
  const t = (key: Parameters<typeof translate>[1]) => translate('en', key);

  it('translates known components and keeps the raw name of others', () => {
    expect(componentLabel(t, 'sqs')).toBe('Message queue (SQS)');
    expect(componentLabel(t, 'redis')).toBe('redis');
    expect(componentLabel(t, 'constructor')).toBe('constructor');
  });
});
