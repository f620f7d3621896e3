import { Button, Flex, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProblemItem } from '../../api/api-problem';
import { useFormat } from '../../format/use-format';
import { refusalMessage } from '../shared/refusal-message';
import { maxOf, totalOf, type CriterionDraft } from './criteria-draft';
import type { ScoringMethodBody } from './criteria.types';
import { hundredthsOf, pointsTextOf } from './hundredths';

interface Row {
  key: string;
  node: CriterionDraft;
  children?: Row[];
}

export interface CriteriaTreeActions {
  onEdit: (node: CriterionDraft) => void;
  onAddChild: (node: CriterionDraft) => void;
  onRemove: (node: CriterionDraft) => void;
}

/**
 * The criteria tree as a table: fields, criteria and leaves with their max points, a branch's the running sum of
 * its leaves', the set's total at the foot; each criterion's refusal in its own row. Without actions: read only.
 */
export function CriteriaTreeTable({
  criteria,
  problems,
  actions,
  caption,
}: {
  criteria: readonly CriterionDraft[];
  problems?: Map<string, ProblemItem[]>;
  actions?: CriteriaTreeActions;
  caption: string;
}) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const rows = rowsOf(criteria);
  const expanded = branchKeys(criteria).filter((key) => !collapsed.has(key));

  return (
    <Table<Row>
      size="small"
      pagination={false}
      aria-label={caption}
      dataSource={rows}
      expandable={{
        expandedRowKeys: expanded,
        onExpand: (open, row) => setCollapsed((keys) => toggled(keys, row.key, !open)),
      }}
      columns={[
        { key: 'code', title: t('admin.criteria.code'), render: (_, { node }) => (node.leaf ? node.code : <strong>{node.code}</strong>) },
        {
          key: 'title',
          title: t('admin.criteria.title'),
          render: (_, { node }) => (
            <Flex vertical>
              <span>{node.title}</span>
              {(problems?.get(node.key) ?? []).map((item, index) => (
                <Typography.Text key={index} type="danger" role="alert">
                  {refusalMessage(item, i18n)}
                </Typography.Text>
              ))}
            </Flex>
          ),
        },
        {
          key: 'max',
          title: t('admin.criteria.maxPoints'),
          align: 'right',
          className: 'par-number',
          render: (_, { node }) => (node.leaf ? format.points(node.leaf.maxPoints) : <strong>{format.points(pointsTextOf(maxOf(node)))}</strong>),
        },
        { key: 'method', title: t('admin.criteria.method'), render: (_, { node }) => (node.leaf ? <MethodText method={node.leaf.method} /> : null) },
        { key: 'source', title: t('admin.criteria.source'), render: (_, { node }) => (node.leaf ? t(`admin.criteria.sources.${node.leaf.source}`) : null) },
        ...(actions
          ? [
              {
                key: 'actions',
                title: <span className="par-visually-hidden">{t('admin.criteria.actions')}</span>,
                render: (_: unknown, { node }: Row) => (
                  <Flex gap={4} wrap>
                    <Button size="small" onClick={() => actions.onEdit(node)} aria-label={t('admin.criteria.editOf', { code: node.code })}>
                      {t('admin.criteria.edit')}
                    </Button>
                    {!node.leaf && (
                      <Button size="small" onClick={() => actions.onAddChild(node)} aria-label={t('admin.criteria.addChildOf', { code: node.code })}>
                        {t('admin.criteria.addChild')}
                      </Button>
                    )}
                    <Button size="small" onClick={() => actions.onRemove(node)} aria-label={t('admin.criteria.removeOf', { code: node.code })}>
                      {t('admin.setup.remove')}
                    </Button>
                  </Flex>
                ),
              },
            ]
          : []),
      ]}
      summary={() => (
        <Table.Summary.Row>
          <Table.Summary.Cell index={0} colSpan={2}>
            <strong>{t('admin.criteria.setTotal')}</strong>
          </Table.Summary.Cell>
          <Table.Summary.Cell index={2} align="right" className="par-number">
            <strong>{format.points(pointsTextOf(totalOf(criteria)))}</strong>
          </Table.Summary.Cell>
          <Table.Summary.Cell index={3} colSpan={actions ? 3 : 2} />
        </Table.Summary.Row>
      )}
    />
  );
}

function MethodText({ method }: { method: ScoringMethodBody }) {
  const { t } = useTranslation();
  const format = useFormat();
  const name = t(`admin.criteria.methods.${method.kind}`);
  if (method.kind === 'manual') return <>{`${name}, ${t('admin.criteria.stepOf', { step: format.points(method.step) })}`}</>;
  if (method.kind === 'deduction') {
    const cap = method.cap ? `, ${t('admin.criteria.capOf', { cap: format.points(method.cap) })}` : '';
    return <>{`${name}, ${t('admin.criteria.perOccurrenceOf', { points: format.points(method.perOccurrence) })}${cap}`}</>;
  }
  if (method.kind === 'bands') {
    const bands = (method.bands ?? []).map((band) => `≥ ${format.percent(ratioAsPercent(band.minRatio))}: ${format.points(band.points)}`).join('; ');
    return <>{`${name} (${bands})`}</>;
  }
  return <>{name}</>;
}

/** A ratio of 0–1 in percent: "0.95" → "95.00". */
function ratioAsPercent(ratio: string): string | undefined {
  const hundredths = hundredthsOf(ratio);
  return hundredths === undefined ? undefined : pointsTextOf(hundredths * 100n);
}

function rowsOf(nodes: readonly CriterionDraft[]): Row[] {
  return nodes.map((node) => ({ key: node.key, node, ...(node.children.length > 0 ? { children: rowsOf(node.children) } : {}) }));
}

function branchKeys(nodes: readonly CriterionDraft[]): string[] {
  return nodes.flatMap((node) => (node.children.length > 0 ? [node.key, ...branchKeys(node.children)] : []));
}

function toggled(keys: ReadonlySet<string>, key: string, on: boolean): ReadonlySet<string> {
  const next = new Set(keys);
  if (on) next.add(key);
  else next.delete(key);
  return next;
}
