import { UpcasterRegistry } from '../events/upcaster-registry';

/** The v1 data of the step below: points as a JSON number, before they became exact 2-place text. */
interface PointsAsNumber {
  criterion: string;
  points: number;
}

/** A log's registry with one registered step, as a v2 would add it: CriterionAppraised v1 → v2, points 0.5 → '0.50'. */
export const pointsAsText = new UpcasterRegistry();
pointsAsText.register<PointsAsNumber>('CriterionAppraised', 1, ({ criterion, points }) => ({ criterion, points: points.toFixed(2) }));
