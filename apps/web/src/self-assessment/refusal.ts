import type { FormInstance } from 'antd';
import type { i18n } from 'i18next';
import { ApiProblem, type ProblemItem } from '../api/api-problem';
import { fieldErrorsOf } from '../api/field-errors';
import { problemMessage } from '../api/problem-message';

/**
 * A refusal in the UI's language: this screen's message for its code when it has one (the rules of scoring and
 * explaining, under `selfAssessment.problems`), else the app's (`problems.<CODE>`, the gateway's detail).
 */
export function refusalMessage(problem: Pick<ApiProblem, 'code' | 'detail' | 'title'> | ProblemItem, i18n: i18n): string {
  const key = `selfAssessment.problems.${problem.code}`;
  // A key made at run time, checked by exists(): the cast only quiets the compiler's typed keys.
  if (i18n.exists(key)) return i18n.t(key as 'selfAssessment.problems.SCORE_OFF_STEP');
  return problemMessage(problem, i18n);
}

/**
 * Shows a refusal on a form: next to each field it names that the form has (`points`, `evidence[0].date`, `text`),
 * and returns what names none of them (the unit, the deadline, the network) for the form's own alert.
 * The form's values are left as typed.
 */
export function showRefusal(form: FormInstance, error: unknown, fields: readonly string[], i18n: i18n): string[] {
  if (!(error instanceof ApiProblem)) return [String(error)];
  const inForm = (name: string) => fields.includes(name.split(/[.[]/)[0]);
  const placed = fieldErrorsOf(error, (item) => refusalMessage(item, i18n)).filter((entry) => inForm(String(entry.name[0])));
  form.setFields(placed);
  const rest = error.errors.filter((item) => !inForm(item.field)).map((item) => refusalMessage(item, i18n));
  return [...new Set(rest)];
}
