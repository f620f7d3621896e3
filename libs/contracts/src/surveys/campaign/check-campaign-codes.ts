import { echo } from '../echo';
import { elementPath, fieldPath, isRecord } from './campaign-paths';
import { SurveyFileError } from './survey-file-error';

/**
 * ID_DUPLICATE, on the file as written (so it is found even when another part is ill-shaped): aspect and
 * question codes share one namespace, because a responses file names a question by its code alone and
 * results name aspects by theirs; and a criterion is scored once per group.
 */
export function checkCampaignCodes(json: Record<string, unknown>, errors: SurveyFileError[]): void {
  checkQuestionnaireCodes(json['questionnaire'], errors);
  checkScoringEntries(json['scoring'], errors);
}

function checkQuestionnaireCodes(questionnaire: unknown, errors: SurveyFileError[]): void {
  const aspects = isRecord(questionnaire) ? questionnaire['aspects'] : undefined;
  if (!Array.isArray(aspects)) return;
  const firstUse = new Map<string, string>();
  const claim = (code: unknown, field: string, user: string): void => {
    if (typeof code !== 'string' || code === '') return;
    const first = firstUse.get(code);
    if (first === undefined) firstUse.set(code, user);
    else errors.push(new SurveyFileError('ID_DUPLICATE', field, `${echo(code)} is used more than once in the questionnaire (first by ${first})`, code));
  };
  const aspectsPath = 'questionnaire.aspects';
  aspects.forEach((aspect, a) => {
    if (!isRecord(aspect)) return;
    const aspectPath = elementPath(aspectsPath, 'aspects', aspect, a);
    const aspectName = typeof aspect['code'] === 'string' ? `aspect ${a + 1} (${echo(aspect['code'])})` : `aspect ${a + 1}`;
    claim(aspect['code'], fieldPath(aspectPath, 'code'), aspectName);
    const questions = aspect['questions'];
    if (!Array.isArray(questions)) return;
    questions.forEach((question, q) => {
      if (!isRecord(question)) return;
      const questionPath = elementPath(fieldPath(aspectPath, 'questions'), 'questions', question, q);
      claim(question['code'], fieldPath(questionPath, 'code'), `question ${q + 1} of ${aspectName}`);
    });
  });
}

function checkScoringEntries(scoring: unknown, errors: SurveyFileError[]): void {
  if (!Array.isArray(scoring)) return;
  const listed = new Set<string>();
  scoring.forEach((entry, position) => {
    if (!isRecord(entry) || typeof entry['criterion'] !== 'string' || typeof entry['group'] !== 'string') return;
    const key = `${entry['criterion']}\u0000${entry['group']}`;
    if (!listed.has(key)) return void listed.add(key);
    const field = elementPath('scoring', 'scoring', entry, position);
    errors.push(new SurveyFileError('ID_DUPLICATE', field, `criterion ${echo(entry['criterion'])} is already scored for group ${echo(entry['group'])}`));
  });
}
