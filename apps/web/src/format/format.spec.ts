import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatPercent, formatPoints } from './format';

describe('figures as a Vietnamese reader writes them (vi-VN)', () => {
  it('points keep their two places, with a decimal comma and dots between thousands', () => {
    expect(formatPoints('87.64', 'vi')).toBe('87,64');
    expect(formatPoints('100.00', 'vi')).toBe('100,00');
    expect(formatPoints('0.5', 'vi')).toBe('0,50');
    expect(formatPoints('1234.5', 'vi')).toBe('1.234,50');
  });

  it('an index as a percentage: 93,73 %', () => {
    expect(formatPercent('93.73', 'vi')).toBe('93,73 %');
  });

  it('dates as dd/mm/yyyy, a calendar date never moved by the time zone', () => {
    expect(formatDate('2023-01-27', 'vi')).toBe('27/01/2023');
    expect(formatDate('2025-12-31T20:00:00Z', 'vi')).toBe('01/01/2026'); // 03:00 on 1 January in Vietnam
    expect(formatDateTime('2025-03-01T02:30:00Z', 'vi')).toBe('01/03/2025 09:30');
  });

  it('an absent value is a dash, never "NaN" or "0,00"', () => {
    expect(formatPoints(null, 'vi')).toBe('—');
    expect(formatPercent(null, 'vi')).toBe('—');
    expect(formatDate(null, 'vi')).toBe('—');
  });
});

describe('the same figures after the switch to English (en-GB)', () => {
  it('points and percentages with a decimal point; dates still dd/mm/yyyy', () => {
    expect(formatPoints('87.64', 'en')).toBe('87.64');
    expect(formatPoints('1234.5', 'en')).toBe('1,234.50');
    expect(formatPercent('93.73', 'en')).toBe('93.73%');
    expect(formatDate('2023-01-27', 'en')).toBe('27/01/2023');
  });
});
