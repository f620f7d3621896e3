import 'i18next';
import type { vi } from './messages.vi';

// Typed keys: t('results.title') is checked by the compiler against the Vietnamese messages.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof vi };
  }
}
