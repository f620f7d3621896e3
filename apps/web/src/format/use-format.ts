import { useTranslation } from 'react-i18next';
import { languageOf } from '../i18n/i18n';
import { formatDate, formatDateTime, formatPercent, formatPoints } from './format';

/** The formatters in the UI's current language (they follow the language switch). */
export function useFormat() {
  const { i18n } = useTranslation();
  const language = languageOf(i18n);
  return {
    language,
    points: (value: string | null | undefined) => formatPoints(value, language),
    percent: (value: string | null | undefined) => formatPercent(value, language),
    date: (value: string | null | undefined) => formatDate(value, language),
    dateTime: (value: string | null | undefined) => formatDateTime(value, language),
  };
}
