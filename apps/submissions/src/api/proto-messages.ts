import type { CriterionInput, ThresholdInput } from '@par/domain';
import type { EvidenceInput } from '../domain/self-assessment/self-assessment.commands';
import { optional } from './grpc-request';

// Shapes shared by several requests of submissions.proto, as proto-loader decodes them, and their
// mapping to the deciders' input. The deciders validate; this only undoes proto3's '' and [] defaults.

export interface ThresholdMessage {
  classCode?: string;
  label?: string;
  minIndex?: string;
}

export interface ScoringMethodMessage {
  kind?: string;
  step?: string;
  bands?: { minRatio?: string; points?: string }[];
  perOccurrence?: string;
  cap?: string;
}

export interface CriterionNodeMessage {
  code?: string;
  title?: string;
  maxPoints?: string;
  method?: ScoringMethodMessage | null;
  source?: string;
  children?: CriterionNodeMessage[];
}

export interface EvidenceMessage {
  title?: string;
  documentNo?: string;
  date?: string;
  section?: string;
  fileRef?: string;
}

export function thresholdsOf(thresholds: ThresholdMessage[] | undefined): ThresholdInput[] {
  return (thresholds ?? []).map((threshold) => ({ class: threshold.classCode ?? '', label: threshold.label ?? '', minIndex: threshold.minIndex ?? '' }));
}

export function criteriaOf(nodes: CriterionNodeMessage[] | undefined): CriterionInput[] {
  return (nodes ?? []).map(criterionOf);
}

function criterionOf(node: CriterionNodeMessage): CriterionInput {
  const children = node.children ?? [];
  if (children.length > 0) return { code: node.code ?? '', title: node.title ?? '', children: children.map(criterionOf) };
  return {
    code: node.code ?? '',
    title: node.title ?? '',
    maxPoints: optional(node.maxPoints) ?? null,
    method: node.method?.kind ? (methodOf(node.method) as CriterionInput['method']) : null,
    source: (optional(node.source) ?? null) as CriterionInput['source'],
  };
}

/** Only the parameters of the method's kind; an unknown kind goes on as is, for the domain to refuse. */
function methodOf(method: ScoringMethodMessage): Record<string, unknown> {
  switch (method.kind) {
    case 'manual':
      return { kind: 'manual', step: method.step ?? '' };
    case 'bands':
      return { kind: 'bands', bands: (method.bands ?? []).map((band) => ({ minRatio: band.minRatio ?? '', points: band.points ?? '' })) };
    case 'deduction':
      return { kind: 'deduction', perOccurrence: method.perOccurrence ?? '', ...(optional(method.cap) ? { cap: method.cap } : {}) };
    default:
      return { kind: method.kind };
  }
}

export function evidenceOf(evidence: EvidenceMessage[] | undefined): EvidenceInput[] {
  return (evidence ?? []).map((item) => ({
    title: item.title ?? '',
    documentNo: optional(item.documentNo) ?? null,
    date: optional(item.date) ?? null,
    section: optional(item.section) ?? null,
    fileRef: optional(item.fileRef) ?? null,
  }));
}
