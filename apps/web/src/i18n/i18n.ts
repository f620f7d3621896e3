import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LANGUAGE, isLanguage, LANGUAGES, type Language } from './languages';
import { en } from './messages.en';
import { vi } from './messages.vi';

const STORAGE_KEY = 'par.language';

/** The language chosen last time on this browser (localStorage), else Vietnamese. */
export function savedLanguage(): Language {
  const saved = localStorage.getItem(STORAGE_KEY);
  return isLanguage(saved) ? saved : DEFAULT_LANGUAGE;
}

/** An i18next instance with both languages loaded (synchronously: the texts are bundled, nothing to fetch on a slow network). */
export function createI18n(language: Language = savedLanguage()): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources: { vi: { translation: vi }, en: { translation: en } },
    lng: language,
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: [...LANGUAGES],
    interpolation: { escapeValue: false }, // React escapes already
    initAsync: false,
  });
  instance.on('languageChanged', (next) => {
    if (isLanguage(next)) localStorage.setItem(STORAGE_KEY, next);
    document.documentElement.lang = next;
  });
  document.documentElement.lang = language;
  return instance;
}

/** The current language of an instance, narrowed to ours. */
export function languageOf(instance: i18n): Language {
  return isLanguage(instance.resolvedLanguage) ? instance.resolvedLanguage : DEFAULT_LANGUAGE;
}
