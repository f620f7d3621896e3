import { Layout, Menu, Skeleton, Typography } from 'antd';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation, useNavigate } from 'react-router-dom';
import { useSession } from '../auth/session';
import { menuFor } from './menu-entries';
import { UserHeader } from './UserHeader';

/** The frame of every screen after sign-in: the side menu the user's roles decide, the header, the screen. */
export function AppLayout() {
  const { t } = useTranslation();
  const { session } = useSession();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const entries = menuFor(session?.claims.roles ?? []);
  const selected = entries.find((entry) => pathname === entry.path || pathname.endsWith(entry.path));

  return (
    <Layout className="par-app">
      <Layout.Sider breakpoint="lg" collapsedWidth={0} width={240} theme="light" className="par-sider">
        <Typography.Text strong className="par-sider-title">
          {t('app.name')}
        </Typography.Text>
        <nav aria-label={t('app.name')}>
          <Menu
            mode="inline"
            selectedKeys={selected ? [selected.key] : []}
            onClick={({ key }) => {
              const entry = entries.find((candidate) => candidate.key === key);
              if (entry?.ready) navigate(entry.path);
            }}
            items={entries.map((entry) => ({
              key: entry.key,
              disabled: !entry.ready,
              label: entry.ready ? t(`menu.${entry.key}`) : `${t(`menu.${entry.key}`)} (${t('menu.comingSoon')})`,
            }))}
          />
        </nav>
      </Layout.Sider>
      <Layout>
        <Layout.Header className="par-header">
          <UserHeader />
        </Layout.Header>
        {/* antd's Content is the page's <main>. */}
        <Layout.Content className="par-content">
          {/* A screen's code arrives on first use (app/AppRoutes.tsx): the frame stays while it loads. */}
          <Suspense fallback={<Skeleton active />}>
            <Outlet />
          </Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
