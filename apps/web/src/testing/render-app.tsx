import { render } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { AppProviders } from '../app/AppProviders';
import { AppRoutes } from '../app/AppRoutes';
import { createI18n } from '../i18n/i18n';
import type { Language } from '../i18n/languages';
import { createQueryClient } from '../api/query-client';

/** The whole app at a URL, as the browser would show it, with a fresh cache and no retries (a test waits for nobody). */
export function renderApp(url: string, { language = 'vi' }: { language?: Language } = {}) {
  const queryClient = createQueryClient();
  queryClient.setDefaultOptions({ queries: { ...queryClient.getDefaultOptions().queries, retry: false } });
  return render(
    <AppProviders i18n={createI18n(language)} queryClient={queryClient}>
      <MemoryRouter initialEntries={[url]}>
        <AppRoutes />
      </MemoryRouter>
    </AppProviders>,
  );
}
