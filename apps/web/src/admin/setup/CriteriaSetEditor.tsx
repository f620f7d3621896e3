import { Alert, App, Button, Flex, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiProblem, type ProblemItem } from '../../api/api-problem';
import { useFormat } from '../../format/use-format';
import { refusalMessage } from '../shared/refusal-message';
import { bodyOf, draftOf, EXPECTED_TOTAL, newKey, nextCode, totalOf, withChild, withoutNode, withReplaced, type CriterionDraft } from './criteria-draft';
import { placeProblems } from './criteria-problems';
import type { CriteriaSetView } from './criteria.types';
import { CriteriaTreeTable } from './CriteriaTreeTable';
import { CriterionModal, type CriterionEdit } from './CriterionModal';
import { pointsTextOf } from './hundredths';
import { useSetupCommand } from './setup.api';

/**
 * One criteria set being defined during setup: the tree edited in place (fields, criteria, leaves), its running
 * sums, a warning when it is not worth 100 points, then saved whole (POST …/criteria-sets). A refusal is shown on the
 * criteria it names and the tree stays as edited.
 */
export function CriteriaSetEditor({ cycleId, criteriaSetId, saved }: { cycleId: string; criteriaSetId: string; saved?: CriteriaSetView }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const { modal } = App.useApp();
  const [criteria, setCriteria] = useState<CriterionDraft[]>(() => draftOf(saved?.criteria ?? []));
  const [edit, setEdit] = useState<(CriterionEdit & { parentKey: string | null }) | null>(null);
  const [refused, setRefused] = useState<ProblemItem[]>([]);
  const [savedNow, setSavedNow] = useState(false);
  const define = useSetupCommand(cycleId, 'criteria-sets');
  const total = totalOf(criteria);
  const placed = placeProblems(criteria, refused);

  const change = (next: CriterionDraft[]) => {
    setCriteria(next);
    setSavedNow(false);
  };
  const addUnder = (parent: CriterionDraft | undefined) => {
    const siblings = parent ? parent.children : criteria;
    const node = { key: newKey(), code: nextCode(parent, siblings), title: '', children: [] };
    setEdit({ node, isNew: true, parentKey: parent?.key ?? null });
  };
  const apply = (node: CriterionDraft) => {
    if (!edit) return;
    change(edit.isNew ? withChild(criteria, edit.parentKey, node) : withReplaced(criteria, node));
    setEdit(null);
  };
  const remove = (node: CriterionDraft) =>
    modal.confirm({
      title: t('admin.criteria.removeConfirm', { code: node.code }),
      okText: t('admin.setup.remove'),
      cancelText: t('admin.setup.cancel'),
      onOk: () => change(withoutNode(criteria, node.key)),
    });
  const save = () => {
    setRefused([]);
    define.mutate(
      { criteriaSetId, criteria: bodyOf(criteria) },
      {
        onSuccess: () => setSavedNow(true),
        onError: (error) => setRefused(error instanceof ApiProblem ? [...error.errors] : [{ code: 'UNKNOWN', field: '', detail: String(error) }]),
      },
    );
  };

  return (
    <Flex vertical gap="middle">
      <Typography.Text>
        {t('admin.criteria.setHeading', { id: criteriaSetId })} · {t('admin.criteria.setTotalIs', { total: format.points(pointsTextOf(total)) })}
      </Typography.Text>
      {criteria.length > 0 && total !== EXPECTED_TOTAL && (
        <Alert type="warning" showIcon title={t('admin.criteria.totalNot100', { total: format.points(pointsTextOf(total)) })} />
      )}
      <CriteriaTreeTable
        criteria={criteria}
        problems={placed.byNode}
        caption={t('admin.criteria.treeOf', { id: criteriaSetId })}
        actions={{ onEdit: (node) => setEdit({ node, isNew: false, parentKey: null }), onAddChild: addUnder, onRemove: remove }}
      />
      {placed.elsewhere.length > 0 && (
        <Alert
          type="error"
          showIcon
          role="alert"
          title={
            <Flex vertical gap={4}>
              {placed.elsewhere.map((item, index) => (
                <span key={index}>{refusalMessage(item, i18n)}</span>
              ))}
            </Flex>
          }
        />
      )}
      {placed.byNode.size > 0 && <Alert type="error" showIcon title={t('admin.criteria.refusedOnRows', { count: refused.length - placed.elsewhere.length })} />}
      {savedNow && <Alert type="success" showIcon title={t('admin.criteria.saved', { id: criteriaSetId })} />}
      <Flex gap={8} wrap>
        <Button onClick={() => addUnder(undefined)}>{t('admin.criteria.addField')}</Button>
        <Button type="primary" onClick={save} loading={define.isPending} disabled={criteria.length === 0}>
          {t('admin.criteria.save')}
        </Button>
      </Flex>
      {edit && <CriterionModal edit={edit} onSave={apply} onCancel={() => setEdit(null)} />}
    </Flex>
  );
}

/** The picker of the set to edit: one already defined, or a new id. */
export function CriteriaSetPicker({ sets, onPick }: { sets: readonly CriteriaSetView[]; onPick: (criteriaSetId: string) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ criteriaSetId: string }>();
  return (
    <Flex gap={16} wrap align="end">
      {sets.map((set) => (
        <Button key={set.criteriaSetId} onClick={() => onPick(set.criteriaSetId)}>
          {t('admin.criteria.openSet', { id: set.criteriaSetId })}
        </Button>
      ))}
      <Form form={form} layout="inline" onFinish={({ criteriaSetId }) => onPick(criteriaSetId.trim())} aria-label={t('admin.criteria.newSet')}>
        <Form.Item name="criteriaSetId" label={t('admin.criteria.newSetId')} rules={[{ required: true, whitespace: true, message: t('admin.setup.required') }]}>
          <Input placeholder="set-departments" />
        </Form.Item>
        <Button htmlType="submit">{t('admin.criteria.newSet')}</Button>
      </Form>
    </Flex>
  );
}
