import { CriterionLeaf, Points } from '@par/domain';
import type { ExplanationEntry } from '@par/contracts';
import { LeafStory } from './demo-criteria';
import { DemoUnit } from './demo-province';
import { SeededRandom } from './seeded-random';
import { documentNumber } from './unit-documents';

/** A leaf the appraiser lowered, which the unit may explain (giải trình). */
export interface LoweredLeaf {
  readonly leaf: CriterionLeaf;
  readonly story: LeafStory;
  readonly self: Points;
  readonly appraised: Points;
}

/**
 * About half the units explain one or two lowered leaves with a further document; the council restores
 * the self score (or part of it) a little under half the time and upholds the appraisal otherwise.
 */
export function explainSomeCuts(unit: DemoUnit, lowered: readonly LoweredLeaf[], random: SeededRandom): ExplanationEntry[] {
  const explainable = lowered.filter((cut) => cut.leaf.method.kind === 'manual' || cut.leaf.method.kind === 'allOrNothing');
  const count = Math.min(explainable.length, random.chance(0.5) ? (random.chance(0.3) ? 2 : 1) : 0);
  const chosen = shuffled(explainable, random).slice(0, count);
  return chosen.map(({ leaf, story, self, appraised }) => {
    const kind = story.evidence?.kind ?? 'BC';
    const text = `Đơn vị bổ sung tài liệu số ${documentNumber(unit, kind, random)} ngày ${String(random.int(1, 28)).padStart(2, '0')}/11/2025 làm rõ nội dung tiêu chí ${leaf.code}`;
    if (!random.chance(0.45)) {
      return { criterion: leaf.code, text, decision: 'upheld', reason: 'Tài liệu bổ sung ban hành sau thời điểm đánh giá; giữ nguyên kết quả thẩm định' };
    }
    const restored = partWay(leaf, appraised, self, random);
    const reason = restored.equals(self)
      ? 'Hội đồng thẩm định chấp nhận tài liệu kiểm chứng bổ sung'
      : 'Hội đồng thẩm định chấp nhận một phần nội dung giải trình của đơn vị';
    return { criterion: leaf.code, text, decision: 'changed', points: restored.toString(), reason };
  });
}

/** The self score, or for a manual leaf sometimes a step between the appraised and the self score. */
function partWay(leaf: CriterionLeaf, appraised: Points, self: Points, random: SeededRandom): Points {
  const method = leaf.method;
  if (method.kind !== 'manual' || random.chance(0.6)) return self;
  const between = appraised.plus(method.step);
  return between.lessThan(self) ? between : self;
}

function shuffled<T>(items: readonly T[], random: SeededRandom): T[] {
  const copy = [...items];
  for (let last = copy.length - 1; last > 0; last--) {
    const other = random.int(0, last);
    [copy[last], copy[other]] = [copy[other], copy[last]];
  }
  return copy;
}
