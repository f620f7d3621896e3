import type { i18n } from 'i18next';
import type { ApiProblem, ProblemItem } from './api-problem';

/**
 * A refusal in the UI's language: the message of its code when the UI has one (messages `problems.<CODE>`),
 * else the gateway's own detail, else its title (Vietnamese, one per status).
 */
export function problemMessage(problem: Pick<ApiProblem, 'code' | 'detail' | 'title'> | ProblemItem, i18n: i18n): string {
  const key = `problems.${problem.code}`;
  // A key made at run time, checked by exists(): the cast only quiets the compiler's typed keys.
  if (i18n.exists(key)) return i18n.t(key as 'problems.NETWORK');
  return problem.detail || ('title' in problem ? problem.title : problem.code);
}
