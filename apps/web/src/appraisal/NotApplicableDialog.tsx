import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { apiPath } from '../api/api-path';
import type { SheetLeaf } from './appraisal.types';
import { CommandDialog } from './CommandDialog';

/** Marks a leaf not applicable to the unit (it then leaves both the points and the max), always with a reason. */
export function NotApplicableDialog({ cycleId, unitId, leaf, onClose }: { cycleId: string; unitId: string; leaf: SheetLeaf; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <CommandDialog<{ reason: string }>
      name={`not-applicable-${leaf.criterion}`}
      title={t('appraisal.sheet.markNotApplicableOf', { criterion: leaf.criterion })}
      okText={t('appraisal.form.save')}
      done={t('appraisal.sheet.saved', { criterion: leaf.criterion })}
      cycleId={cycleId}
      unitId={unitId}
      fields={['reason']}
      onClose={onClose}
      command={({ reason }) => ({ method: 'POST', path: apiPath`/scores/${leaf.criterion}/not-applicable`, body: { reason: reason.trim() } })}
    >
      <Form.Item name="reason" label={t('appraisal.form.reason')} rules={[{ required: true, whitespace: true, message: t('appraisal.form.reasonRequired') }]}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
      </Form.Item>
    </CommandDialog>
  );
}
