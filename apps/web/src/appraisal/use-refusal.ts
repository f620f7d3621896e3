import { App, type FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiProblem, type ProblemItem } from '../api/api-problem';
import { fieldErrorsOf } from '../api/field-errors';
import { problemMessage } from '../api/problem-message';

/**
 * Shows a refused command in the UI's language: next to the fields of `form` it names (`fields`: the form's
 * top-level names), anything else in a notification. The form keeps what was typed.
 */
export function useRefusal() {
  const { i18n } = useTranslation();
  const { notification } = App.useApp();

  const messageOf = (item: ProblemItem) => {
    const key = `appraisal.problems.${item.code}`;
    // A key made at run time, checked by exists(): the cast only quiets the compiler's typed keys.
    return i18n.exists(key) ? i18n.t(key as 'appraisal.problems.REASON_REQUIRED') : problemMessage(item, i18n);
  };

  return (error: unknown, form?: FormInstance, fields: readonly string[] = []) => {
    if (!(error instanceof ApiProblem)) {
      notification.error({ title: String(error) });
      return;
    }
    const shown = form ? fieldErrorsOf(error, messageOf).filter((entry) => fields.includes(String(entry.name[0]))) : [];
    if (form && shown.length > 0) form.setFields(shown);
    const named = new Set(shown.map((entry) => entry.name.join('.')));
    const rest = error.errors.filter((item) => !named.has(namePathKey(item.field)));
    if (rest.length > 0) notification.error({ title: messageOf(rest[0]), description: rest.length > 1 ? rest.slice(1).map(messageOf).join('; ') : undefined });
  };
}

/** The key a field's name path joins to, the same for `votes.for` and ['votes', 'for']. */
function namePathKey(field: string): string {
  return field.replace(/\[(\w+)\]/g, '.$1');
}
