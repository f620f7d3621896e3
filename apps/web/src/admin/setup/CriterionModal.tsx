import { Button, Flex, Form, Input, Modal, Radio, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { newKey, type CriterionDraft } from './criteria-draft';
import { LEAF_SOURCES, SCORING_KINDS, type LeafSource, type ScoringKind } from './criteria.types';
import { decimalRule, requiredRule } from './decimal-rule';
import { normalizedPoints } from './hundredths';

/** What the modal edits; points as typed (a comma is fine), normalised when saved. */
interface NodeValues {
  code: string;
  title: string;
  kind: 'branch' | 'leaf';
  maxPoints?: string;
  method?: ScoringKind;
  step?: string;
  bands?: { minRatio: string; points: string }[];
  perOccurrence?: string;
  cap?: string;
  source?: LeafSource;
}

export interface CriterionEdit {
  /** The node edited, or a new one's suggested code. */
  node: CriterionDraft;
  isNew: boolean;
}

/**
 * One criterion's form: code and title; for a leaf its max points, scoring method (manual step, bands,
 * all or nothing, deduction per occurrence and cap) and source. A node with children stays a branch.
 */
export function CriterionModal({ edit, onSave, onCancel }: { edit: CriterionEdit; onSave: (node: CriterionDraft) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<NodeValues>();
  const { node } = edit;
  const initial = valuesOf(node);
  // Before the first render the watches are undefined: the initial values stand in.
  const isLeaf = (Form.useWatch('kind', form) ?? initial.kind) === 'leaf';
  const method = Form.useWatch('method', form) ?? initial.method;
  const hasChildren = node.children.length > 0;

  const save = (values: NodeValues) => onSave(nodeOf(node, values));
  const title = edit.isNew ? t('admin.criteria.addTitle') : t('admin.criteria.editTitle', { code: node.code });

  return (
    <Modal open title={title} onCancel={onCancel} footer={null} destroyOnHidden width={720}>
      <Form form={form} layout="vertical" initialValues={initial} onFinish={save} aria-label={title}>
        <Flex gap={16} wrap>
          <Form.Item
            name="code"
            label={t('admin.criteria.code')}
            rules={[requiredRule(t), { pattern: /^[0-9A-Za-z]+(\.[0-9A-Za-z]+)*$/, message: t('admin.criteria.codeInvalid') }]}
          >
            <Input placeholder="1.1" />
          </Form.Item>
          <Form.Item name="kind" label={t('admin.criteria.kind')}>
            <Radio.Group
              disabled={hasChildren}
              options={[
                { value: 'branch', label: t('admin.criteria.branch') },
                { value: 'leaf', label: t('admin.criteria.leaf') },
              ]}
            />
          </Form.Item>
        </Flex>
        <Form.Item name="title" label={t('admin.criteria.title')} rules={[requiredRule(t)]}>
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} />
        </Form.Item>
        {/* Every field stays mounted, hidden when it does not apply, so that each keeps its value while the kind or method changes. */}
        <Flex gap={16} wrap hidden={!isLeaf}>
          <Form.Item name="maxPoints" label={t('admin.criteria.maxPoints')} rules={when(isLeaf, [requiredRule(t), decimalRule(t, { positive: true })])}>
            <Input inputMode="decimal" placeholder="1,00" />
          </Form.Item>
          <Form.Item name="method" label={t('admin.criteria.method')} rules={when(isLeaf, [{ required: true, message: t('admin.setup.required') }])}>
            <Select style={{ minWidth: 220 }} options={SCORING_KINDS.map((value) => ({ value, label: t(`admin.criteria.methods.${value}`) }))} />
          </Form.Item>
          <Form.Item name="source" label={t('admin.criteria.source')} rules={when(isLeaf, [{ required: true, message: t('admin.setup.required') }])}>
            <Select style={{ minWidth: 220 }} options={LEAF_SOURCES.map((value) => ({ value, label: t(`admin.criteria.sources.${value}`) }))} />
          </Form.Item>
        </Flex>
        <Form.Item
          hidden={!isLeaf || method !== 'manual'}
          name="step"
          label={t('admin.criteria.step')}
          rules={when(isLeaf && method === 'manual', [requiredRule(t), decimalRule(t, { positive: true })])}
        >
          <Input inputMode="decimal" placeholder="0,25" />
        </Form.Item>
        <Flex gap={16} wrap hidden={!isLeaf || method !== 'deduction'}>
          <Form.Item
            name="perOccurrence"
            label={t('admin.criteria.perOccurrence')}
            rules={when(isLeaf && method === 'deduction', [requiredRule(t), decimalRule(t, { positive: true })])}
          >
            <Input inputMode="decimal" placeholder="0,50" />
          </Form.Item>
          <Form.Item name="cap" label={t('admin.criteria.cap')} rules={when(isLeaf && method === 'deduction', [decimalRule(t, { positive: true })])}>
            <Input inputMode="decimal" />
          </Form.Item>
        </Flex>
        <BandsFields shown={isLeaf && method === 'bands'} />
        <Flex gap={8} justify="end">
          <Button onClick={onCancel}>{t('admin.setup.cancel')}</Button>
          <Button type="primary" htmlType="submit">
            {t('admin.criteria.apply')}
          </Button>
        </Flex>
      </Form>
    </Modal>
  );
}

/** Bands: from this ratio (0–1) up, these points; the highest ratio first. */
function BandsFields({ shown }: { shown: boolean }) {
  const { t } = useTranslation();
  const atLeastOne = {
    validator: async (_: unknown, bands: unknown[]) => (bands?.length ? undefined : Promise.reject(new Error(t('admin.criteria.bandsEmpty')))),
  };
  return (
    <Form.List name="bands" rules={when(shown, [atLeastOne])}>
      {(rows, { add, remove }, { errors }) => (
        <Flex vertical gap={8} role="group" aria-label={t('admin.criteria.bands')} className="par-gap-below" hidden={!shown}>
          {rows.map((row, index) => (
            <Flex key={row.key} gap={8} wrap align="start">
              <Form.Item
                name={[row.name, 'minRatio']}
                label={t('admin.criteria.minRatio', { index: index + 1 })}
                rules={when(shown, [requiredRule(t), decimalRule(t)])}
              >
                <Input inputMode="decimal" placeholder="0,95" />
              </Form.Item>
              <Form.Item
                name={[row.name, 'points']}
                label={t('admin.criteria.bandPoints', { index: index + 1 })}
                rules={when(shown, [requiredRule(t), decimalRule(t)])}
              >
                <Input inputMode="decimal" />
              </Form.Item>
              <Button onClick={() => remove(row.name)}>{t('admin.setup.remove')}</Button>
            </Flex>
          ))}
          <Button onClick={() => add({ minRatio: '', points: '' })}>{t('admin.criteria.bandAdd')}</Button>
          <Form.ErrorList errors={errors} />
        </Flex>
      )}
    </Form.List>
  );
}

/** A field's rules apply only while it is shown. */
function when<Rule>(shown: boolean, rules: Rule[]): Rule[] {
  return shown ? rules : [];
}

function valuesOf(node: CriterionDraft): NodeValues {
  const leaf = node.leaf;
  const isLeaf = leaf !== undefined || (node.children.length === 0 && node.code.includes('.'));
  return {
    code: node.code,
    title: node.title,
    kind: isLeaf ? 'leaf' : 'branch',
    maxPoints: leaf?.maxPoints,
    method: leaf?.method.kind ?? 'manual',
    step: leaf?.method.step ?? '0.25',
    bands: leaf?.method.bands ?? [{ minRatio: '1', points: '' }],
    perOccurrence: leaf?.method.perOccurrence,
    cap: leaf?.method.cap,
    source: leaf?.source ?? 'self',
  };
}

function nodeOf(node: CriterionDraft, values: NodeValues): CriterionDraft {
  const base = { key: node.key || newKey(), code: values.code.trim(), title: values.title.trim(), children: node.children };
  if (values.kind === 'branch') return base;
  const points = (text: string | undefined) => normalizedPoints(text) ?? '';
  const kind = values.method ?? 'manual';
  const method =
    kind === 'manual'
      ? { kind, step: points(values.step) }
      : kind === 'bands'
        ? { kind, bands: (values.bands ?? []).map((band) => ({ minRatio: points(band.minRatio), points: points(band.points) })) }
        : kind === 'deduction'
          ? { kind, perOccurrence: points(values.perOccurrence), ...(values.cap ? { cap: points(values.cap) } : {}) }
          : { kind };
  return { ...base, children: [], leaf: { maxPoints: points(values.maxPoints), method, source: values.source ?? 'self' } };
}
