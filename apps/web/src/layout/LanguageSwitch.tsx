import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { languageOf } from '../i18n/i18n';
import { LANGUAGES, type Language } from '../i18n/languages';

/** Vietnamese ⇄ English, remembered on this browser. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <Segmented<Language>
      aria-label={t('language.label')}
      value={languageOf(i18n)}
      onChange={(language) => void i18n.changeLanguage(language)}
      options={LANGUAGES.map((language) => ({ value: language, label: language.toUpperCase(), title: t(`language.${language}`) }))}
    />
  );
}
