import { sipas2025CampaignFile } from '@par/contracts/testing';
import { seededRandom } from './seeded-random';

/** Counts of one unit (and per aspect) as a clerk would tally them by hand from the rows written. */
export interface HandTally {
  readonly respondents: Set<string>;
  answers: number;
  satisfied: number;
  readonly aspects: Map<string, { answers: number; satisfied: number }>;
}

export interface GeneratedResponses {
  readonly csv: string;
  /** Rows written that the reader must reject, by line. */
  readonly badLines: ReadonlyMap<number, string>;
  /** The tally of the good rows, per unit. */
  readonly tally: ReadonlyMap<string, HandTally>;
  readonly goodRows: number;
}

/**
 * A SIPAS 2025 responses CSV: `respondentsPerUnit` people per unit, each answering the 20 questions (about
 * 1 in 25 left empty), units leaning differently so their indices differ; plus one bad row of each kind.
 */
export function generateSipasResponses(units: readonly string[], respondentsPerUnit: number, seed = 2025): GeneratedResponses {
  const next = seededRandom(seed);
  const aspects = sipas2025CampaignFile().questionnaire.aspects;
  const lines = ['respondent,unit,question,answer'];
  const tally = new Map<string, HandTally>();
  const badLines = new Map<number, string>();
  let goodRows = 0;
  const bad = (row: string, why: string) => {
    lines.push(row);
    badLines.set(lines.length, why);
  };
  units.forEach((unit, position) => {
    const lean = 0.55 + position * 0.08; // the share of 4s and 5s this unit tends to get
    const counts: HandTally = { respondents: new Set(), answers: 0, satisfied: 0, aspects: new Map() };
    tally.set(unit, counts);
    for (let person = 1; person <= respondentsPerUnit; person++) {
      const respondent = `PV-${String(position + 1).padStart(2, '0')}${String(person).padStart(4, '0')}`;
      counts.respondents.add(respondent);
      for (const aspect of aspects) {
        const byAspect = counts.aspects.get(aspect.code) ?? { answers: 0, satisfied: 0 };
        counts.aspects.set(aspect.code, byAspect);
        for (const question of aspect.questions) {
          goodRows++;
          if (next() < 0.04) {
            lines.push(`${respondent},${unit},${question.code},`);
            continue;
          }
          const satisfied = next() < lean;
          const answer = satisfied ? 4 + Math.floor(next() * 2) : 1 + Math.floor(next() * 3);
          lines.push(`${respondent},${unit},${question.code},${answer}`);
          counts.answers++;
          byAspect.answers++;
          if (satisfied) {
            counts.satisfied++;
            byAspect.satisfied++;
          }
        }
      }
    }
    if (position === 0) {
      bad('PV-990001,so-khong-co,TC1,5', 'UNIT_UNKNOWN');
      bad('PV-990002,so-tu-phap,XX9,5', 'QUESTION_UNKNOWN');
      bad('PV-990003,so-tu-phap,TC1,7', 'ANSWER_INVALID');
      bad('PV-990004,so-tu-phap,TC1', 'MALFORMED_LINE');
      bad('0912345678,so-tu-phap,TC1,4', 'PERSONAL_DATA');
      bad(`PV-010001,${unit},TC1,5`, 'RESPONSE_DUPLICATE');
    }
  });
  return { csv: lines.join('\n') + '\n', badLines, tally, goodRows };
}

/** satisfied / answers × 100, rounded half-up to 2 places, with integers only: "81.50". */
export function handIndex(satisfied: number, answers: number): string {
  const hundredths = Math.floor((satisfied * 20_000 + answers) / (2 * answers));
  return (hundredths / 100).toFixed(2);
}

/** maxPoints × index / 100, rounded half-up to 2 places, with integers only. */
export function handPoints(maxPoints: string, index: string): string {
  const cents = Math.round(Number(maxPoints) * 100);
  const hundredths = Math.round(Number(index) * 100);
  return (Math.floor((cents * hundredths * 2 + 10_000) / 20_000) / 100).toFixed(2);
}
