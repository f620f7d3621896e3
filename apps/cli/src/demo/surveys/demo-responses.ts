import type { CycleFile } from '@par/contracts';
import { Points } from '@par/domain';
import { seededRandom } from '../seeded-random';
import { type DemoCampaign, demoSurveyOf } from './demo-campaigns';

/**
 * The answers behind a demo campaign's published results, generated so that the index the survey service computes
 * from them gives each leaf exactly the points the results record: a leaf of max M is asked M × 100 answers of its
 * aspect, of which (points × 100) are satisfied, so index = round(points / M × 100) and M × index / 100 rounds back to
 * the points for every M of the demo. Respondent k answers the aspect's questions k·Q … k·Q+Q−1 of that sequence;
 * which answers are satisfied (4 or 5) and the others (1 to 3) are drawn from a stream seeded per unit and aspect,
 * so the same file comes out every time (and importing it again records nothing). In the sociological survey each
 * respondent works in another unit of the province, never the one evaluated (cross-evaluation).
 */
export function* demoResponses(file: CycleFile, campaign: DemoCampaign): Generator<string> {
  const crossEvaluated = campaign.kind === 'SOCIOLOGICAL';
  yield crossEvaluated ? 'respondent,unit,question,answer,respondentUnit\n' : 'respondent,unit,question,answer\n';
  const groupOf = new Map(file.units.map((unit) => [unit.id, unit.group]));
  const unitIds = file.units.map((unit) => unit.id);
  const published = file.surveys?.find((survey) => survey.campaign === campaign.id)?.results ?? [];
  for (const result of published) {
    const placed = demoSurveyOf(groupOf.get(result.unit) ?? '', result.criterion);
    if (!placed || placed.campaign.id !== campaign.id) throw new Error(`demo: ${result.unit} ${result.criterion} is not scored by ${campaign.id}`);
    const { aspect } = placed;
    const random = seededRandom(`${campaign.id}/${result.unit}/${aspect.code}`);
    const satisfied = satisfiedPositions(result.answers, hundredths(result.points), random);
    const others = unitIds.filter((id) => id !== result.unit);
    const questions = aspect.questions.length;
    for (let position = 0; position < result.answers; position += 1) {
      const respondent = `${campaign.id}-${result.unit}-${String(Math.floor(position / questions) + 1).padStart(4, '0')}`;
      const question = `${aspect.code}${(position % questions) + 1}`;
      const answer = satisfied.has(position) ? random.int(4, 5) : random.int(1, 3);
      yield crossEvaluated
        ? `${respondent},${result.unit},${question},${answer},${others[hashOf(respondent) % others.length]}\n`
        : `${respondent},${result.unit},${question},${answer}\n`;
    }
  }
}

/** `count` distinct positions of 0 … total−1, drawn by a partial Fisher–Yates shuffle. */
function satisfiedPositions(total: number, count: number, random: ReturnType<typeof seededRandom>): Set<number> {
  const positions = Array.from({ length: total }, (_, position) => position);
  for (let index = 0; index < count; index += 1) {
    const swap = random.int(index, total - 1);
    [positions[index], positions[swap]] = [positions[swap], positions[index]];
  }
  return new Set(positions.slice(0, count));
}

function hundredths(points: string | number): number {
  return Points.of(points).toDecimal().times(100).toNumber();
}

/** A respondent keeps the unit they work in across the questions they answer. */
function hashOf(text: string): number {
  let hash = 0;
  for (const char of text) hash = (Math.imul(hash, 31) + char.charCodeAt(0)) >>> 0;
  return hash;
}
