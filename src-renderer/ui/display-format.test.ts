import { describe, expect, it } from 'vitest';
import { formatCount, formatDuration, formatMetric, formatRelativeTime } from './display-format';

describe('display formats', () => {
  it('groups counts by language', () => {
    expect(formatCount(1500, 'en')).toBe('1,500');
    expect(formatCount(15000, 'es')).toBe('15.000');
  });

  it('shows accuracy as a percentage and losses with four significant digits', () => {
    expect(formatMetric('accuracy', 0.9667, 'en')).toBe('96.7%');
    expect(formatMetric('val_accuracy', 0.5, 'es')).toMatch(/^50,0\s?%$/);
    expect(formatMetric('loss', 0.123456, 'en')).toBe('0.1235');
    expect(formatMetric('val_mae', 12.3456, 'es')).toBe('12,35');
    expect(formatMetric('loss', 0.00001234, 'en')).toBe('1.23e-5');
    expect(formatMetric('loss', Number.NaN, 'en')).toBe('NaN');
  });

  it.each([
    [0, '0:00'],
    [7.4, '0:07'],
    [754, '12:34'],
    [3723, '1:02:03'],
    [-5, '0:00'],
  ])('formats %s s as %s', (s, text) => {
    expect(formatDuration(s)).toBe(text);
  });

  it('says how long ago, in the UI language', () => {
    const now = new Date('2025-06-10T12:00:00Z');
    expect(formatRelativeTime('2025-06-07T12:00:00Z', now, 'en')).toBe('3 days ago');
    expect(formatRelativeTime('2025-06-10T11:55:00Z', now, 'es')).toBe('hace 5 minutos');
    expect(formatRelativeTime('2025-06-10T11:59:50Z', now, 'en')).toBe('now');
    expect(formatRelativeTime('garbage', now, 'en')).toBe('garbage');
  });
});
