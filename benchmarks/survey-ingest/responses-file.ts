import { closeSync, openSync, writeSync } from 'node:fs';
import { benchQuestionCodes, unitIdOf } from './bench-cycle';

export interface GeneratedRows {
  readonly rows: number;
  readonly bytes: number;
}

/** mulberry32: the same file every run. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/**
 * Each answer of the file as `visit` sees it: `rows` answers, 20 per respondent, respondents dealt to the
 * units in turn, about 1 in 25 left empty (null), units leaning differently so their indices differ.
 */
export function forEachAnswer(rows: number, units: number, visit: (respondent: string, unit: string, question: string, answer: number | null) => void): void {
  const questions = benchQuestionCodes();
  const unitIds = Array.from({ length: units }, (_, index) => unitIdOf(index));
  const next = seeded(2025);
  for (let row = 0; row < rows; row++) {
    const person = Math.floor(row / questions.length);
    const position = person % units;
    const lean = 0.5 + (position / units) * 0.45;
    const answer = next() < 0.04 ? null : next() < lean ? 4 + Math.floor(next() * 2) : 1 + Math.floor(next() * 3);
    visit(`PV-${String(person + 1).padStart(7, '0')}`, unitIds[position], questions[row % questions.length], answer);
  }
}

/** The responses CSV on disk, written in pieces of about 1 MB (the file itself is ~40 MB for a million rows). */
export function writeResponsesCsv(path: string, rows: number, units: number): GeneratedRows {
  const fd = openSync(path, 'w');
  let bytes = 0;
  let piece = 'respondent,unit,question,answer\n';
  const flush = () => {
    bytes += writeSync(fd, piece);
    piece = '';
  };
  try {
    forEachAnswer(rows, units, (respondent, unit, question, answer) => {
      piece += `${respondent},${unit},${question},${answer ?? ''}\n`;
      if (piece.length > 1_000_000) flush();
    });
    flush();
  } finally {
    closeSync(fd);
  }
  return { rows, bytes };
}
