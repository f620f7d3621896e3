import { Alert, Flex, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TransferProblem } from './imports.api';

interface Row extends TransferProblem {
  key: number;
}

/** Every problem of a refused file, each where it is: sheet, row, column (or JSON field), unit, criterion, and why. */
export function ProblemsTable({ problems, omitted, summary }: { problems: readonly TransferProblem[]; omitted: number; summary: string }) {
  const { t, i18n } = useTranslation();
  const explained = (code: string) => {
    const key = `admin.imports.codes.${code}`;
    // A key made at run time, checked by exists(): the cast only quiets the compiler's typed keys.
    return i18n.exists(key) ? t(key as 'admin.imports.codes.CELL_NOT_A_NUMBER') : undefined;
  };
  return (
    <Flex vertical gap="middle">
      <Alert type="error" showIcon role="alert" title={summary} description={t('admin.imports.nothingImported')} />
      <Table<Row>
        size="small"
        pagination={false}
        aria-label={t('admin.imports.problemsTable')}
        dataSource={problems.map((problem, index) => ({ ...problem, key: index }))}
        columns={[
          { key: 'sheet', title: t('admin.imports.sheet'), render: (_, row) => row.sheet ?? '—' },
          { key: 'row', title: t('admin.imports.row'), align: 'right', className: 'par-number', render: (_, row) => row.row ?? '—' },
          { key: 'column', title: t('admin.imports.columnOrField'), render: (_, row) => row.column ?? row.field ?? '—' },
          { key: 'unit', title: t('admin.imports.unit'), render: (_, row) => row.unit ?? '—' },
          { key: 'criterion', title: t('admin.imports.criterion'), render: (_, row) => row.criterion ?? '—' },
          {
            key: 'message',
            title: t('admin.imports.message'),
            render: (_, row) => {
              const vietnamese = explained(row.code);
              return (
                <Flex vertical>
                  <span>{vietnamese ?? row.message}</span>
                  {vietnamese && <Typography.Text type="secondary">{row.message}</Typography.Text>}
                </Flex>
              );
            },
          },
          { key: 'code', title: t('admin.imports.code'), render: (_, row) => <code>{row.code}</code> },
        ]}
      />
      {omitted > 0 && <Typography.Text type="secondary">{t('admin.imports.omitted', { count: omitted })}</Typography.Text>}
    </Flex>
  );
}
