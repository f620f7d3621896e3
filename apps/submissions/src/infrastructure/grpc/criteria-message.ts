import type { RpcRequest } from '@par/contracts';
import type { CriterionInput } from '@par/domain';
import { optionalText } from '@par/grpc-server';

type CriterionNodeMessage = RpcRequest<'submissions', 'DefineCriteriaSet'>['criteria'][number];
type ScoringMethodMessage = NonNullable<CriterionNodeMessage['method']>;

/** A criteria tree as the deciders take it. The deciders validate; this only undoes proto3's '' and [] defaults. */
export function criteriaOf(nodes: readonly CriterionNodeMessage[]): CriterionInput[] {
  return nodes.map(criterionOf);
}

function criterionOf(node: CriterionNodeMessage): CriterionInput {
  if (node.children.length > 0) return { code: node.code, title: node.title, children: node.children.map(criterionOf) };
  return {
    code: node.code,
    title: node.title,
    maxPoints: optionalText(node.maxPoints) ?? null,
    method: node.method?.kind ? (methodOf(node.method) as CriterionInput['method']) : null,
    source: (optionalText(node.source) ?? null) as CriterionInput['source'],
  };
}

/** Only the parameters of the method's kind; an unknown kind goes on as is, for the domain to refuse. */
function methodOf(method: ScoringMethodMessage): Record<string, unknown> {
  switch (method.kind) {
    case 'manual':
      return { kind: 'manual', step: method.step ?? '' };
    case 'bands':
      return { kind: 'bands', bands: method.bands.map((band) => ({ minRatio: band.minRatio, points: band.points })) };
    case 'deduction': {
      const cap = optionalText(method.cap);
      return { kind: 'deduction', perOccurrence: method.perOccurrence ?? '', ...(cap ? { cap } : {}) };
    }
    default:
      return { kind: method.kind };
  }
}
