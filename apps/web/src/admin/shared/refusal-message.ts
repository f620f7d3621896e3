import type { i18n } from 'i18next';
import type { ApiProblem, ProblemItem } from '../../api/api-problem';
import { problemMessage } from '../../api/problem-message';

/**
 * A refusal of an admin command in the UI's language: the admin screens' own message for its code
 * (`admin.problems.<CODE>`: setup, import and export refusals), else the app's (`problems.<CODE>`), else the gateway's detail.
 */
export function refusalMessage(problem: Pick<ApiProblem, 'code' | 'detail' | 'title'> | ProblemItem, i18n: i18n): string {
  const key = `admin.problems.${problem.code}`;
  // A key made at run time, checked by exists(): the cast only quiets the compiler's typed keys.
  if (i18n.exists(key)) return i18n.t(key as 'admin.problems.FIELD_REQUIRED');
  return problemMessage(problem, i18n);
}
