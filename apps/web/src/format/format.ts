import { INTL_LOCALE, type Language } from '../i18n/languages';

// The one place numbers and dates are written for people: Intl with vi-VN (87,64 · 93,73 % · 27/01/2023)
// or en-GB (87.64 · 93.73% · 27/01/2023). Points and indices arrive as decimal strings ("87.64") and are
// handed to Intl as strings, so no value ever passes through a float.

/** Shown where a value is absent (an index of a unit with nothing applicable, a class below every threshold). */
export const NONE = '—';

const twoPlaces = new Map<Language, Intl.NumberFormat>();

function decimals(language: Language): Intl.NumberFormat {
  let format = twoPlaces.get(language);
  if (!format) {
    format = new Intl.NumberFormat(INTL_LOCALE[language], { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    twoPlaces.set(language, format);
  }
  return format;
}

/** Points with their 2 places: "87.64" → "87,64" (vi), "87.64" (en); "1234.5" → "1.234,50". */
export function formatPoints(value: string | null | undefined, language: Language): string {
  if (value === null || value === undefined || value === '') return NONE;
  return decimals(language).format(value as Intl.StringNumericLiteral);
}

/** A percentage given in percent (an index, a share): "93.73" → "93,73 %" (vi, spaced as Vietnamese writes it), "93.73%" (en). */
export function formatPercent(value: string | null | undefined, language: Language): string {
  if (value === null || value === undefined || value === '') return NONE;
  const number = formatPoints(value, language);
  return language === 'vi' ? `${number} %` : `${number}%`;
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
/** The province's clock: a time of day is shown as it was in Vietnam, wherever the browser is. */
const PROVINCE_TIME_ZONE = 'Asia/Ho_Chi_Minh';

/** A date as dd/mm/yyyy: "2023-01-27" → "27/01/2023"; an instant is shown on the province's calendar. */
export function formatDate(value: string | null | undefined, language: Language): string {
  if (!value) return NONE;
  // A calendar date names no instant: read and written in UTC, it cannot move a day either way.
  const timeZone = DATE_ONLY.test(value) ? 'UTC' : PROVINCE_TIME_ZONE;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(INTL_LOCALE[language], { day: '2-digit', month: '2-digit', year: 'numeric', timeZone }).format(date);
}

/** An instant as dd/mm/yyyy hh:mm on the province's clock: "2025-03-01T02:30:00Z" → "01/03/2025 09:30". */
export function formatDateTime(value: string | null | undefined, language: Language): string {
  if (!value) return NONE;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  const time = new Intl.DateTimeFormat(INTL_LOCALE[language], { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: PROVINCE_TIME_ZONE }).format(
    date,
  );
  return `${formatDate(value, language)} ${time}`;
}
