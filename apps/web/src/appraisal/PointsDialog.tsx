import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { apiPath } from '../api/api-path';
import { useFormat } from '../format/use-format';
import type { SheetLeaf } from './appraisal.types';
import { CommandDialog } from './CommandDialog';
import { pointsRules, pointsText } from './points-input';

interface PointsForm {
  points: string;
  reason?: string;
}

/** Sets a leaf's appraised points; the reason is required by the service whenever they differ from the unit's. */
export function PointsDialog({ cycleId, unitId, leaf, onClose }: { cycleId: string; unitId: string; leaf: SheetLeaf; onClose: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <CommandDialog<PointsForm>
      name={`points-${leaf.criterion}`}
      title={t('appraisal.sheet.setPointsOf', { criterion: leaf.criterion })}
      okText={t('appraisal.form.save')}
      done={t('appraisal.sheet.saved', { criterion: leaf.criterion })}
      cycleId={cycleId}
      unitId={unitId}
      fields={['points', 'reason']}
      onClose={onClose}
      command={({ points, reason }) => ({
        method: 'PUT',
        path: apiPath`/scores/${leaf.criterion}`,
        body: { points: pointsText(points), ...(reason?.trim() ? { reason: reason.trim() } : {}) },
      })}
    >
      <Form.Item
        name="points"
        label={t('appraisal.form.points')}
        extra={t('appraisal.form.pointsHint', { max: format.points(leaf.maxPoints), self: format.points(leaf.selfPoints) })}
        rules={pointsRules(t('appraisal.form.pointsRequired'), t('appraisal.form.pointsMalformed'))}
      >
        <Input inputMode="decimal" autoComplete="off" />
      </Form.Item>
      <Form.Item name="reason" label={t('appraisal.form.reason')} extra={t('appraisal.form.reasonHint')}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
      </Form.Item>
    </CommandDialog>
  );
}
