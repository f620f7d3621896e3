import { CITIZENS_ASPECT, sociological2025CampaignFile } from './sociological-campaign';
import { seededRandom } from './seeded-random';

/** One unit's counts on one aspect, as a clerk would tally them by hand from the rows written. */
export interface AspectTally {
  readonly respondents: Set<string>;
  answers: number;
  satisfied: number;
}

export interface CrossEvaluation {
  readonly csv: string;
  /** Rows written that the reader must reject, by line: their code. */
  readonly badLines: ReadonlyMap<number, string>;
  /** The tally of the good rows: unit → aspect → counts. */
  readonly tally: ReadonlyMap<string, ReadonlyMap<string, AspectTally>>;
  readonly goodRows: number;
  /** Every line of the file, the header first: a later file may repeat some. */
  readonly lines: readonly string[];
}

/**
 * A sociological survey responses CSV with the `respondentUnit` column: every rated unit gets one form from
 * the leaders of each other rater unit (all questions, respondentUnit = the rater) and `citizens` forms from
 * people outside the administration (the civil-service questions only, respondentUnit empty); about 1 in 30
 * answers left empty. Plus, for the first unit, a form of its own leaders (a unit rating itself) and one naming
 * a unit that does not exist.
 */
export function generateCrossEvaluation(rated: readonly string[], raters: readonly string[], citizens: number, seed = 2025): CrossEvaluation {
  const next = seededRandom(seed);
  const aspects = sociological2025CampaignFile().questionnaire.aspects;
  const lines = ['respondent,unit,question,answer,respondentUnit'];
  const tally = new Map<string, Map<string, AspectTally>>();
  const badLines = new Map<number, string>();
  let goodRows = 0;
  rated.forEach((unit, position) => {
    const lean = 0.45 + position * 0.1;
    const counts = new Map(aspects.map((aspect) => [aspect.code, { respondents: new Set<string>(), answers: 0, satisfied: 0 }]));
    tally.set(unit, counts);
    const form = (respondent: string, respondentUnit: string, codes: readonly string[]) => {
      for (const aspect of aspects.filter((entry) => codes.includes(entry.code))) {
        const byAspect = counts.get(aspect.code)!;
        byAspect.respondents.add(respondent);
        for (const question of aspect.questions) {
          goodRows++;
          if (next() < 1 / 30) {
            lines.push(`${respondent},${unit},${question.code},,${respondentUnit}`);
            continue;
          }
          const satisfied = next() < lean;
          lines.push(`${respondent},${unit},${question.code},${satisfied ? 3 + Math.floor(next() * 2) : 1 + Math.floor(next() * 2)},${respondentUnit}`);
          byAspect.answers++;
          if (satisfied) byAspect.satisfied++;
        }
      }
    };
    const all = aspects.map((aspect) => aspect.code);
    raters.forEach((rater, r) => {
      if (rater !== unit) form(`XHH-${pad(position + 1, 2)}-LD${pad(r + 1, 2)}`, rater, all);
    });
    for (let person = 1; person <= citizens; person++) form(`XHH-${pad(position + 1, 2)}-ND${pad(person, 3)}`, '', [CITIZENS_ASPECT]);
    if (position === 0) {
      lines.push(`XHH-${pad(position + 1, 2)}-LD00,${unit},VB1,4,${unit}`);
      badLines.set(lines.length, 'SELF_EVALUATION');
      lines.push(`XHH-${pad(position + 1, 2)}-LD99,${unit},VB1,4,so-khong-co`);
      badLines.set(lines.length, 'RESPONDENT_UNIT_UNKNOWN');
    }
  });
  return { csv: lines.join('\n') + '\n', badLines, tally, goodRows, lines };
}

const pad = (value: number, width: number) => String(value).padStart(width, '0');
