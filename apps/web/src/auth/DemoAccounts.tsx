import { Button, Card, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DemoAccount } from './demo-accounts';

/** The embedded demo's accounts, one per role: a click signs in as that person. */
export function DemoAccounts({ accounts, onSignIn }: { accounts: readonly DemoAccount[]; onSignIn: (account: DemoAccount) => void }) {
  const { t } = useTranslation();
  return (
    <Card title={<h2 className="par-card-heading">{t('signIn.demoTitle')}</h2>}>
      <Typography.Paragraph>{t('signIn.demoIntro')}</Typography.Paragraph>
      <Table<DemoAccount>
        rowKey="sub"
        size="small"
        pagination={false}
        dataSource={[...accounts]}
        columns={[
          { key: 'role', title: t('signIn.demoRole'), render: (_, account) => t(`roles.${account.role}`) },
          { key: 'sub', title: t('signIn.demoUser'), dataIndex: 'sub' },
          { key: 'unit', title: t('signIn.demoUnit'), render: (_, account) => account.unitId ?? t('common.none') },
          {
            key: 'signIn',
            title: <span className="par-visually-hidden">{t('signIn.demoSignIn')}</span>,
            align: 'right',
            render: (_, account) => (
              <Button type="primary" aria-label={`${t('signIn.demoSignIn')}: ${account.sub}`} onClick={() => onSignIn(account)}>
                {t('signIn.demoSignIn')}
              </Button>
            ),
          },
        ]}
      />
    </Card>
  );
}
