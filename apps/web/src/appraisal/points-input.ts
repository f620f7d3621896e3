import type { FormRule as Rule } from 'antd';

/** Points as people type them (0,75 in Vietnamese, 0.75 in English): at most 2 decimals, never negative. */
const POINTS = /^\d+([.,]\d{1,2})?$/;

/** What the API takes: the typed text with a decimal point ("0,75" → "0.75"), never a float. */
export function pointsText(typed: string): string {
  return typed.trim().replace(',', '.');
}

/** The form's check of a points field, before anything is sent (the service checks max and step). */
export function pointsRules(required: string, malformed: string): Rule[] {
  return [
    { required: true, whitespace: true, message: required },
    { pattern: POINTS, message: malformed, transform: (value: string | undefined) => value?.trim() },
  ];
}
