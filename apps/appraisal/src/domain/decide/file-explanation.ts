import type { FileExplanation } from '../appraisal.commands';
import { AppraisalEvent, ExplanationEvidence, explanationEvidenceSchema } from '@par/contracts';
import { AppraisalError } from '../appraisal.errors';
import { requireInstant, requireLeaf, requireMemberOf, requireRole, requireSent, requireStarted } from '../appraisal.guards';
import { AppraisalState } from '../appraisal.state';

/**
 * The unit explains (giải trình) an adjusted leaf, within the window. One explanation per leaf: the
 * council's resolution decides it, and anything after that is a correction by the province admin.
 */
export function fileExplanation(command: FileExplanation, state: AppraisalState): AppraisalEvent[] {
  requireRole(command.actor, ['UNIT_REPORTER', 'UNIT_HEAD'], 'file an explanation');
  const appraisal = requireStarted(state);
  requireMemberOf(command.actor, appraisal.unitId);
  const result = requireSent(appraisal);
  const { criterion } = command;
  const text = command.text?.trim() ?? '';
  if (text === '') throw new AppraisalError('EXPLANATION_TEXT_REQUIRED', `The explanation of ${criterion} needs a text`, 'text', criterion);
  const evidence = validEvidence(command.evidence ?? [], criterion);
  const now = requireInstant(command.now, 'now');
  const leaf = requireLeaf(appraisal, criterion);
  if (!result.adjustedCriteria.has(criterion)) {
    throw new AppraisalError('CRITERION_NOT_ADJUSTED', `Criterion ${criterion} kept the unit's own value: there is nothing to explain`, 'criterion', criterion);
  }
  if (now.getTime() > result.explanationDeadline.getTime()) {
    throw new AppraisalError('EXPLANATION_WINDOW_CLOSED', `Explanations were due by ${result.explanationDeadline.toISOString()}`, 'now', criterion);
  }
  if (leaf.explanation === 'open') {
    throw new AppraisalError('EXPLANATION_ALREADY_FILED', `An explanation of ${criterion} is already awaiting the council`, 'criterion', criterion);
  }
  if (leaf.explanation === 'resolved') {
    throw new AppraisalError('EXPLANATION_ALREADY_RESOLVED', `The council has already resolved the explanation of ${criterion}`, 'criterion', criterion);
  }
  const data = { cycleId: appraisal.cycleId, unitId: appraisal.unitId, criterion, text, evidence, filedAt: now.toISOString() };
  return [{ type: 'ExplanationFiled', schemaVersion: 1, data }];
}

function validEvidence(items: readonly ExplanationEvidence[], criterion: string): ExplanationEvidence[] {
  return items.map((item, position) => {
    const parsed = explanationEvidenceSchema.safeParse(item);
    if (parsed.success) return parsed.data;
    const issue = parsed.error.issues[0];
    const field = [`evidence[${position}]`, ...issue.path.map(String)].join('.');
    throw new AppraisalError('EVIDENCE_INVALID', `${field}: ${issue.message}`, field, criterion);
  });
}
