import { App, Form, Modal } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { type AppraisalCommand, useAppraisalCommand } from './appraisal-command';
import { useRefusal } from './use-refusal';

interface CommandDialogProps<Values> {
  /** The form's name: antd prefixes its fields' ids with it, unique on the page. */
  name: string;
  title: string;
  okText: string;
  done: string;
  cycleId: string;
  unitId: string;
  /** The form's top-level field names, where a refusal naming them is shown. */
  fields: readonly string[];
  command: (values: Values) => AppraisalCommand;
  onClose: () => void;
  children: ReactNode;
}

/** A command that needs a few inputs (points, a reason): a dialog whose form stays as typed when the command is refused. */
export function CommandDialog<Values>({ name, title, okText, done, cycleId, unitId, fields, command, onClose, children }: CommandDialogProps<Values>) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const run = useAppraisalCommand(cycleId, unitId);
  const refuse = useRefusal();

  const submit = (values: Values) =>
    run.mutate(command(values), {
      onSuccess: () => {
        void message.success(done);
        onClose();
      },
      onError: (error) => refuse(error, form, fields),
    });

  return (
    <Modal
      open
      title={title}
      okText={okText}
      cancelText={t('appraisal.form.cancel')}
      confirmLoading={run.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      <Form<Values> form={form} name={name} layout="vertical" requiredMark={false} onFinish={submit}>
        {children}
      </Form>
    </Modal>
  );
}
