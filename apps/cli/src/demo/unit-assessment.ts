import { CriteriaTree, CriterionLeaf, Points } from '@par/domain';
import type { AppraisalEntry, AppraisalScoreEntry, SelfAssessmentEntry, SelfScoreEntry } from '@par/contracts';
import { LeafStory } from './demo-criteria';
import { DemoUnit } from './demo-province';
import { allowedValues } from './leaf-values';
import { reasons } from './reasons';
import { SeededRandom } from './seeded-random';
import { evidenceFor, reporterName } from './unit-documents';
import { explainSomeCuts, LoweredLeaf } from './unit-explanations';

export interface UnitAssessmentInputs {
  readonly unit: DemoUnit;
  readonly tree: CriteriaTree;
  readonly stories: ReadonlyMap<string, LeafStory>;
  readonly appraiser: string;
  readonly random: SeededRandom;
}

/**
 * One unit's year: it self-scores every leaf it is responsible for (mostly in full, with evidence), the
 * appraiser lowers some (more often for a weaker unit, and where evidence is missing) with a reason,
 * marks the leaves that do not apply, enters the survey results, and the unit explains some cuts.
 */
export function assessUnit({ unit, tree, stories, appraiser, random }: UnitAssessmentInputs): { self: SelfAssessmentEntry; appraisal: AppraisalEntry } {
  const selfScores: SelfScoreEntry[] = [];
  const appraised: AppraisalScoreEntry[] = [];
  const lowered: LoweredLeaf[] = [];
  const notApplicable = new Set(unit.notApplicable ?? []);

  for (const leaf of tree.leaves()) {
    const story = stories.get(leaf.code) ?? {};
    const values = allowedValues(leaf);
    if (notApplicable.has(leaf.code)) {
      // Some units claim a leaf that does not apply to them; the appraiser takes it out either way.
      if (random.chance(0.25)) {
        const evidence = evidenceFor(unit, story, random);
        if (evidence) selfScores.push({ criterion: leaf.code, points: values[0].toString(), evidence });
      }
      appraised.push({ criterion: leaf.code, applicable: false, reason: story.notApplicable ?? 'Tiêu chí không áp dụng đối với đơn vị' });
      continue;
    }
    if (leaf.source === 'survey') {
      const points = surveyPoints(leaf, unit.quality, random);
      appraised.push({ criterion: leaf.code, points: points.toString(), reason: reasons.survey(leaf, points) });
      continue;
    }
    const self = random.chance(0.35 + 0.6 * unit.quality) ? values[0] : near(values, leaf.maxPoints, unit.quality - 0.25 + random.next() * 0.3);
    // Nothing claimed needs no evidence; a claim without evidence needs a written note (DOMAIN.md).
    const evidence = !self.isZero() && random.chance(0.78 + 0.2 * unit.quality) ? evidenceFor(unit, story, random) : undefined;
    const note = self.isZero() ? 'Đơn vị chưa thực hiện nội dung này trong năm 2025' : 'Đơn vị đã thực hiện; tài liệu lưu tại đơn vị';
    selfScores.push(evidence ? { criterion: leaf.code, points: self.toString(), evidence } : { criterion: leaf.code, points: self.toString(), note });

    const lower = values.filter((value) => value.lessThan(self));
    const cutChance = Math.max(0.03, (1 - unit.quality) * 1.4) + (evidence ? 0 : 0.35);
    if (lower.length > 0 && random.chance(cutChance)) {
      const points = lower[random.chance(0.4 + 0.4 * unit.quality) ? 0 : random.int(0, Math.min(3, lower.length - 1))];
      appraised.push({ criterion: leaf.code, points: points.toString(), reason: loweredReason(leaf, story, points, evidence !== undefined, random) });
      lowered.push({ leaf, story, self, appraised: points });
    } else if (self.lessThan(leaf.maxPoints) && random.chance(0.06)) {
      const higher = values.filter((value) => value.greaterThan(self));
      appraised.push({ criterion: leaf.code, points: higher[higher.length - 1].toString(), reason: reasons.raised });
    }
  }

  const explanations = explainSomeCuts(unit, lowered, random);
  return {
    self: { unit: unit.id, submittedBy: reporterName(random), scores: selfScores },
    appraisal: {
      unit: unit.id,
      appraiser,
      scores: appraised,
      ...(unit.bonus ? { bonus: unit.bonus } : {}),
      ...(unit.deductions ? { deductions: unit.deductions } : {}),
      ...(explanations.length > 0 ? { explanations } : {}),
      final: true,
    },
  };
}

/** Survey results: a stronger unit's citizens and peers answer more favourably, give or take a few points. */
function surveyPoints(leaf: CriterionLeaf, quality: number, random: SeededRandom): Points {
  const share = Math.min(1, Math.max(0.3, 0.45 + 0.47 * quality + (random.next() - 0.5) * 0.1));
  return Points.fromHundredths(Math.floor(leaf.maxPoints.toDecimal().times(100).toNumber() * share));
}

/** The allowed value closest below `level` of the max. */
function near(values: readonly Points[], max: Points, level: number): Points {
  const target = max.toDecimal().times(Math.min(1, Math.max(0, level)));
  return values.find((value) => value.toDecimal().lte(target)) ?? values[values.length - 1];
}

function loweredReason(leaf: CriterionLeaf, story: LeafStory, points: Points, hasEvidence: boolean, random: SeededRandom): string {
  const method = leaf.method;
  if (method.kind === 'bands') return reasons.band({ ...leaf, method }, story, points, random);
  if (method.kind === 'deduction') {
    const lost = leaf.maxPoints.minus(points);
    const occurrences = Math.ceil(lost.toDecimal().div(method.perOccurrence.toDecimal()).toNumber());
    return reasons.deduction(story, occurrences, lost);
  }
  if (!hasEvidence) return reasons.withoutEvidence;
  return random.pick(story.lowered ?? ['Tài liệu kiểm chứng chưa đáp ứng đầy đủ yêu cầu của tiêu chí']);
}
