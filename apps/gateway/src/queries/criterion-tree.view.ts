import type { CriterionNodeBody } from '../cycles/cycle-setup.schemas';
import type { ClientReply } from '@par/contracts';
import { presentFields } from '../shared/absent';

type CriterionNodeReply = ClientReply<'submissions', 'getCycleOverview'>['criteriaSets'][number]['criteria'][number];
type ScoringMethodReply = NonNullable<CriterionNodeReply['method']>;

/**
 * The tree as clients send it (CriterionNode): a branch has children, a leaf its points, method and
 * source, and no node carries a field it does not have — so it can be sent back as it is read.
 */
export function criterionNodeView({ code, title, maxPoints, method, source, children }: CriterionNodeReply): CriterionNodeBody {
  if (children.length > 0) return { code, title, children: children.map(criterionNodeView) };
  return {
    code,
    title,
    ...presentFields({ maxPoints }),
    ...(method ? { method: scoringMethodView(method) } : {}),
    ...(source ? { source: source as CriterionNodeBody['source'] } : {}),
  };
}

function scoringMethodView({ kind, step, bands, perOccurrence, cap }: ScoringMethodReply): NonNullable<CriterionNodeBody['method']> {
  return {
    kind: kind as NonNullable<CriterionNodeBody['method']>['kind'],
    ...presentFields({ step }),
    ...(bands.length > 0 ? { bands: bands.map(({ minRatio, points }) => ({ minRatio, points })) } : {}),
    ...presentFields({ perOccurrence, cap }),
  };
}
