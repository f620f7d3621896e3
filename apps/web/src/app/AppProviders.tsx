import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { App as AntdApp, ConfigProvider } from 'antd';
import type { i18n } from 'i18next';
import { useState, type ReactNode } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { ApiProvider } from '../api/api-context';
import { createQueryClient } from '../api/query-client';
import { SessionProvider } from '../auth/session';
import { createI18n, languageOf } from '../i18n/i18n';
import { ANTD_LOCALE } from '../i18n/languages';
import { THEME } from './theme';

/**
 * Everything a screen relies on, outermost first: the language (i18next), antd in that language (its
 * `App` gives screens message/notification/modal), the API cache, the session, the API client.
 * The router is left to the caller: the browser's in main.tsx, a memory router in tests.
 */
export function AppProviders({ children, i18n, queryClient }: { children: ReactNode; i18n?: i18n; queryClient?: QueryClient }) {
  const [languages] = useState(() => i18n ?? createI18n());
  const [cache] = useState(() => queryClient ?? createQueryClient());
  return (
    <I18nextProvider i18n={languages}>
      <LocalizedAntd>
        <QueryClientProvider client={cache}>
          <SessionProvider>
            <ApiProvider>{children}</ApiProvider>
          </SessionProvider>
        </QueryClientProvider>
      </LocalizedAntd>
    </I18nextProvider>
  );
}

function LocalizedAntd({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  return (
    <ConfigProvider locale={ANTD_LOCALE[languageOf(i18n)]} theme={THEME}>
      <AntdApp>{children}</AntdApp>
    </ConfigProvider>
  );
}
