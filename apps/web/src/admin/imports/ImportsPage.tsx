import { Alert, Card, Flex, Progress, Typography, Upload } from 'antd';
import { useTranslation } from 'react-i18next';
import { refusalMessage } from '../shared/refusal-message';
import { ExportCard } from './ExportCard';
import { ImportFollow } from './ImportFollow';
import { UploadRefused, useUploadCycleFile } from './imports.api';
import { ProblemsTable } from './ProblemsTable';

/** "Nhập dữ liệu" (/imports): a cycle file (JSON or XLSX, a running or a past cycle) uploaded and followed to its end; a cycle exported. */
export function ImportsPage() {
  const { t } = useTranslation();
  return (
    <Flex vertical gap="large">
      <Typography.Title level={1}>{t('admin.imports.title')}</Typography.Title>
      <ImportCard />
      <ExportCard />
    </Flex>
  );
}

function ImportCard() {
  const { t, i18n } = useTranslation();
  const upload = useUploadCycleFile();
  const refused = upload.error instanceof UploadRefused ? upload.error : undefined;

  return (
    <Card title={<h2 className="par-card-heading">{t('admin.imports.importTitle')}</h2>}>
      <Flex vertical gap="middle">
        <Typography.Paragraph>{t('admin.imports.intro')}</Typography.Paragraph>
        <Upload.Dragger
          accept=".json,.xlsx,application/json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          multiple={false}
          showUploadList={false}
          disabled={upload.isPending}
          customRequest={({ file }) => upload.mutate(file as File)}
        >
          <Typography.Paragraph strong>{t('admin.imports.drop')}</Typography.Paragraph>
          <Typography.Paragraph type="secondary">{t('admin.imports.dropHint')}</Typography.Paragraph>
        </Upload.Dragger>
        {upload.isPending && <Progress percent={0} status="active" aria-label={t('admin.imports.uploading')} format={() => t('admin.imports.uploading')} />}
        {upload.data && <ImportFollow key={upload.data.id} started={upload.data} />}
        {refused && refused.problems.length > 0 && (
          <ProblemsTable
            problems={refused.problems}
            omitted={refused.problemsOmitted}
            summary={t('admin.imports.refused', { count: refused.problems.length + refused.problemsOmitted })}
          />
        )}
        {refused && refused.problems.length === 0 && <Alert type="error" showIcon role="alert" title={refusalMessage(refused.problem, i18n)} />}
        {upload.error && !refused && <Alert type="error" showIcon role="alert" title={String(upload.error)} />}
      </Flex>
    </Card>
  );
}
