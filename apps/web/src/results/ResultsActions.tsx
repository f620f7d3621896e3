import { App, Button, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiProblem } from '../api/api-problem';
import { problemMessage } from '../api/problem-message';
import { downloadResultsWorkbook } from './results-workbook';

/** The decision's appendix out of the screen: as an Excel workbook (built by the gateway), or printed / saved as PDF. */
export function ResultsActions({ cycleId }: { cycleId: string }) {
  const { t, i18n } = useTranslation();
  const { notification } = App.useApp();
  const [downloading, setDownloading] = useState(false);

  const download = async () => {
    setDownloading(true);
    try {
      await downloadResultsWorkbook(cycleId);
    } catch (error) {
      notification.error({ title: t('results.downloadFailed'), description: error instanceof ApiProblem ? problemMessage(error, i18n) : String(error) });
    } finally {
      setDownloading(false);
    }
  };

  return (
    <Space className="par-no-print" wrap>
      <Button onClick={() => void download()} loading={downloading}>
        {t('results.downloadXlsx')}
      </Button>
      {/* The print stylesheet (results-print.css) leaves the menu and these buttons out: "Save as PDF" gives the appendix. */}
      <Button onClick={() => window.print()}>{t('results.print')}</Button>
    </Space>
  );
}
