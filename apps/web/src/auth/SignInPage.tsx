import { Alert, App, Button, Card, Form, Input, Layout, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router-dom';
import { LanguageSwitch } from '../layout/LanguageSwitch';
import { TokenRefused } from './claims';
import { DemoAccounts } from './DemoAccounts';
import { useDemoAccounts } from './demo-accounts';
import { useSession } from './session';

interface SignInForm {
  token: string;
}

/**
 * Sign-in with the token the province's identity provider issued (pasted); in the embedded demo, also its
 * accounts per role. Back to the page that asked for sign-in afterwards.
 */
export function SignInPage() {
  const { t } = useTranslation();
  const { notification } = App.useApp();
  const { session, signIn, endedBecause } = useSession();
  const location = useLocation();
  const [form] = Form.useForm<SignInForm>();
  const demo = useDemoAccounts();

  if (session) return <Navigate to={(location.state as { from?: string } | null)?.from ?? '/'} replace />;

  const enter = (token: string, onRefused: (message: string) => void) => {
    try {
      signIn(token);
    } catch (error) {
      if (!(error instanceof TokenRefused)) throw error;
      onRefused(t(`signIn.${error.reason}`));
    }
  };

  return (
    <Layout className="par-sign-in">
      <header className="par-sign-in-bar">
        <Typography.Title level={1} className="par-app-title">
          {t('app.name')} — {t('app.fullName')}
        </Typography.Title>
        <LanguageSwitch />
      </header>
      <Layout.Content className="par-sign-in-content">
        <Card title={<h2 className="par-card-heading">{t('signIn.title')}</h2>}>
          {endedBecause === 'refused' && <Alert type="warning" showIcon className="par-gap-below" title={t('signIn.sessionEnded')} />}
          <Typography.Paragraph>{t('signIn.intro')}</Typography.Paragraph>
          <Form<SignInForm>
            form={form}
            layout="vertical"
            requiredMark={false}
            onFinish={({ token }) => enter(token, (message) => form.setFields([{ name: 'token', errors: [message] }]))}
          >
            <Form.Item name="token" label={t('signIn.token')} rules={[{ required: true, whitespace: true, message: t('signIn.tokenRequired') }]}>
              <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} spellCheck={false} placeholder={t('signIn.tokenPlaceholder')} className="par-token" />
            </Form.Item>
            <Button type="primary" htmlType="submit">
              {t('signIn.submit')}
            </Button>
          </Form>
        </Card>
        {demo.data && demo.data.length > 0 && (
          <DemoAccounts
            accounts={demo.data}
            onSignIn={(account) => enter(account.token, (message) => notification.error({ title: `${account.sub}: ${message}` }))}
          />
        )}
      </Layout.Content>
    </Layout>
  );
}
