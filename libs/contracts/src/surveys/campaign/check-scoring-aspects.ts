import { echo } from '../echo';
import { elementPath, fieldPath, isRecord } from './campaign-paths';
import { SurveyFileError } from './survey-file-error';

/** Aspects listed in a message; a longer questionnaire says how many more. */
const MAX_ASPECTS_LISTED = 10;

/**
 * ASPECT_UNKNOWN, on the file as written: a scoring entry's `aspect` names one of the questionnaire's aspects
 * (by its code, not a question's), or the leaf would have no index to take.
 */
export function checkScoringAspects(json: Record<string, unknown>, errors: SurveyFileError[]): void {
  const scoring = json['scoring'];
  if (!Array.isArray(scoring)) return;
  const aspects = aspectCodesOf(json['questionnaire']);
  scoring.forEach((entry, position) => {
    if (!isRecord(entry) || typeof entry['aspect'] !== 'string' || aspects.includes(entry['aspect'])) return;
    const field = fieldPath(elementPath('scoring', 'scoring', entry, position), 'aspect');
    errors.push(
      new SurveyFileError('ASPECT_UNKNOWN', field, `${echo(entry['aspect'])} is not an aspect of the questionnaire (${listed(aspects)})`, entry['aspect']),
    );
  });
}

function aspectCodesOf(questionnaire: unknown): string[] {
  const aspects = isRecord(questionnaire) ? questionnaire['aspects'] : undefined;
  if (!Array.isArray(aspects)) return [];
  return aspects.flatMap((aspect) => (isRecord(aspect) && typeof aspect['code'] === 'string' ? [aspect['code']] : []));
}

function listed(codes: readonly string[]): string {
  if (codes.length === 0) return 'it lists none';
  const shown = codes.slice(0, MAX_ASPECTS_LISTED).map(echo).join(', ');
  return codes.length > MAX_ASPECTS_LISTED ? `${shown} and ${codes.length - MAX_ASPECTS_LISTED} more` : shown;
}
