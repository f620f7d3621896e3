// Test only: the worked example's criteria with one survey-held leaf.
import { WORKED_EXAMPLE_CRITERIA } from '@par/contracts/testing';
import type { CriterionInput } from '@par/domain';

/** 1.3 "Điều tra xã hội học" (max 2.5, any 0.01), scored by the year-end sociological survey, never by the unit. */
export const CRITERIA_WITH_SURVEY: CriterionInput[] = WORKED_EXAMPLE_CRITERIA.map((node) =>
  node.code === '1'
    ? {
        ...node,
        children: [
          ...(node.children ?? []),
          { code: '1.3', title: 'Điều tra xã hội học', maxPoints: 2.5, method: { kind: 'manual', step: 0.01 }, source: 'survey' },
        ],
      }
    : node,
);
