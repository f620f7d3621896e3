import type { ConfigProviderProps } from 'antd';
import antdEnglish from 'antd/locale/en_US';
import antdVietnamese from 'antd/locale/vi_VN';

/** The UI's languages: Vietnamese first (the default), English as the switch. */
export const LANGUAGES = ['vi', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'vi';

/** The Intl locale of each language: numbers 87,64 and dates dd/mm/yyyy in Vietnamese; en-GB keeps dd/mm/yyyy too. */
export const INTL_LOCALE: Record<Language, string> = { vi: 'vi-VN', en: 'en-GB' };

/** antd's own texts (pagination, empty tables, date pickers) in the same language. */
export const ANTD_LOCALE: Record<Language, NonNullable<ConfigProviderProps['locale']>> = { vi: antdVietnamese, en: antdEnglish };

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}
