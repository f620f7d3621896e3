import type { FormRule as Rule } from 'antd';
import type { TFunction } from 'i18next';
import { hundredthsOf } from './hundredths';

/** A form rule: a decimal of at most 2 places ("1,25" or "1.25"); `positive` refuses 0. */
export function decimalRule(t: TFunction, { positive = false }: { positive?: boolean } = {}): Rule {
  return {
    validator: async (_, value: string | undefined) => {
      if (value === undefined || value === null || String(value).trim() === '') return;
      const hundredths = hundredthsOf(value);
      if (hundredths === undefined) throw new Error(t('admin.setup.decimalInvalid'));
      if (positive && hundredths === 0n) throw new Error(t('admin.setup.decimalPositive'));
    },
  };
}

/** An id as the services take it: letters, digits and . _ - (no spaces, no Vietnamese marks). */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;

export function idRules(t: TFunction, required = true): Rule[] {
  return [
    ...(required ? [{ required: true, whitespace: true, message: t('admin.setup.required') }] : []),
    { pattern: ID_PATTERN, message: t('admin.setup.idInvalid') },
  ];
}

export function requiredRule(t: TFunction): Rule {
  return { required: true, whitespace: true, message: t('admin.setup.required') };
}
