import { Alert, Flex, type FormInstance } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiProblem } from '../../api/api-problem';
import { fieldErrorsOf } from '../../api/field-errors';
import { refusalMessage } from './refusal-message';

/**
 * Shows a refused command where it belongs: each message under the form field it names, and what names no field
 * of this form (the cycle in the path, no field at all) in a banner above the buttons. The form keeps what was typed.
 */
export function useFormRefusal(form: FormInstance, fields: readonly string[]) {
  const { i18n } = useTranslation();
  const [banner, setBanner] = useState<string[]>([]);

  function show(error: unknown): void {
    if (!(error instanceof ApiProblem)) {
      setBanner([String(error)]);
      return;
    }
    const message = (item: Parameters<typeof refusalMessage>[0]) => refusalMessage(item, i18n);
    const placed = fieldErrorsOf(error, message).filter((entry) => fields.includes(String(entry.name[0])));
    form.setFields(placed);
    const placedFields = new Set(placed.map((entry) => String(entry.name[0])));
    const rest = error.errors.filter((item) => !placedFields.has(item.field.split(/[.[]/)[0]));
    setBanner(rest.map(message));
  }

  const node: ReactNode =
    banner.length > 0 ? <Alert type="error" showIcon role="alert" title={banner.length === 1 ? banner[0] : <BannerList messages={banner} />} /> : null;
  return { show, clear: () => setBanner([]), banner: node };
}

function BannerList({ messages }: { messages: string[] }) {
  return (
    <Flex vertical gap={4}>
      {messages.map((message, index) => (
        <span key={index}>{message}</span>
      ))}
    </Flex>
  );
}
