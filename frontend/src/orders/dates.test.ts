import { describe, expect, it } from 'vitest';
import { formatDay, formatDayRange, formatTashkentDate, formatTashkentTime } from './dates';

describe('order dates', () => {
  it('writes a delivery day in each language', () => {
    expect(formatDay('en', '2026-12-05')).toBe('5 December');
    expect(formatDay('ru', '2026-12-05')).toBe('5 декабря');
    expect(formatDay('uz', '2026-12-05')).toBe('5-dekabr');
    expect(formatDay('en', 'soon')).toBe('soon');
  });

  it('shortens a range within one month', () => {
    expect(formatDayRange('en', '2026-12-05', '2026-12-07')).toBe('5–7 December');
    expect(formatDayRange('ru', '2026-12-05', '2026-12-07')).toBe('5–7 декабря');
    expect(formatDayRange('uz', '2026-12-05', '2026-12-07')).toBe('5–7-dekabr');
    expect(formatDayRange('en', '2026-11-30', '2026-12-02')).toBe('30 November – 2 December');
    expect(formatDayRange('ru', '2026-12-05', '2026-12-05')).toBe('5 декабря');
  });

  it('reads instants in Tashkent time (UTC+5)', () => {
    expect(formatTashkentTime('en', '2026-12-03T10:00:00Z')).toBe('3 December 2026, 15:00');
    expect(formatTashkentTime('ru', '2026-12-31T19:30:00Z')).toBe('1 января 2027, 00:30');
    expect(formatTashkentTime('uz', '2026-12-03T10:00:00Z')).toBe('2026-yil 3-dekabr, 15:00');
    expect(formatTashkentDate('en', '2026-12-03T20:00:00Z')).toBe('4 December 2026');
  });
});
