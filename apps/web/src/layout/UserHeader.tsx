import { LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSession } from '../auth/session';
import { LanguageSwitch } from './LanguageSwitch';

/** Who is signed in (user, role, unit), the language switch and sign-out. */
export function UserHeader() {
  const { t } = useTranslation();
  const { session, signOut } = useSession();
  if (!session) return null;
  const { sub, roles, unitId } = session.claims;
  return (
    <Flex align="center" gap="middle" wrap className="par-user-header">
      <Flex align="center" gap="small" title={t('header.signedInAs')}>
        <UserOutlined aria-hidden />
        <Typography.Text strong>{sub}</Typography.Text>
        <Typography.Text type="secondary">
          {roles.map((role) => t(`roles.${role}`)).join(', ')}
          {unitId ? ` · ${unitId}` : ''}
        </Typography.Text>
      </Flex>
      <LanguageSwitch />
      <Button icon={<LogoutOutlined aria-hidden />} onClick={() => signOut()}>
        {t('header.signOut')}
      </Button>
    </Flex>
  );
}
