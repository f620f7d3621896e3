import { createHash } from 'node:crypto';
import { sipas2025QuestionCodes, SIPAS_2025_UNITS } from '../campaign/sipas-2025.fixture';
import { readResponses } from './read-responses';
import { sipasKnown } from './responses.fixture';

const ROWS = 200_000;
const ROWS_PER_PIECE = 500;
const QUESTIONS = sipas2025QuestionCodes();

/**
 * A SIPAS 2025 responses file of 200,000 rows (10,000 respondents × 20 questions), generated piece by
 * piece as it is read: it never exists whole, so the reader can only hold what it was given. Every
 * 20,000th row names a question of another survey; every 13th is left unanswered.
 */
class GeneratedSurvey {
  produced = 0;
  readonly hash = createHash('sha256');

  async *bytes(): AsyncGenerator<Buffer> {
    yield this.hashed('respondent,unit,question,answer\n');
    for (let first = 0; first < ROWS; first += ROWS_PER_PIECE) {
      let piece = '';
      for (let row = first; row < first + ROWS_PER_PIECE; row++) piece += `${this.row(row)}\n`;
      this.produced = first + ROWS_PER_PIECE;
      yield this.hashed(piece);
    }
  }

  private row(index: number): string {
    const respondent = Math.floor(index / QUESTIONS.length);
    const question = index % 20_000 === 19_999 ? 'X1' : QUESTIONS[index % QUESTIONS.length];
    const answer = index % 13 === 0 ? '' : String(((index * 7) % 5) + 1);
    return `PV-2025-${String(respondent).padStart(6, '0')},${SIPAS_2025_UNITS[respondent % SIPAS_2025_UNITS.length]},${question},${answer}`;
  }

  private hashed(text: string): Buffer {
    const bytes = Buffer.from(text, 'utf8');
    this.hash.update(bytes);
    return bytes;
  }
}

describe('readResponses over 200,000 rows', () => {
  it('streams them in chunks of 10,000, never reading far ahead of what it has handed back', async () => {
    const survey = new GeneratedSurvey();
    const chunks: { accepted: number; rejected: number; lead: number }[] = [];
    let handedBack = 0;
    let end;
    for await (const chunk of readResponses(survey.bytes(), 'csv', sipasKnown())) {
      handedBack += chunk.accepted.length + chunk.rejected.length;
      chunks.push({ accepted: chunk.accepted.length, rejected: chunk.rejected.length, lead: survey.produced - handedBack });
      end = chunk.end;
    }

    expect(chunks.every((chunk) => chunk.accepted <= 10_000 && chunk.rejected <= 10_000)).toBe(true);
    expect(chunks.filter((chunk) => chunk.accepted === 10_000)).toHaveLength(19);
    expect(chunks).toHaveLength(20);
    // What was generated but not yet handed back is bounded by the pipeline's buffers, not by the file.
    expect(Math.max(...chunks.map((chunk) => chunk.lead))).toBeLessThan(5_000);
    expect(end).toEqual({ checksum: `sha256:${survey.hash.digest('hex')}`, bytes: expect.any(Number), lines: ROWS + 1, accepted: ROWS - 10, rejected: 10 });
  });
});
