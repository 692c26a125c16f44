import { Alert, Button, Modal, Typography } from 'antd';
import type { ReactNode } from 'react';

/**
 * A secret (a token, a feed address) shown the one time the server hands it out: the server keeps only its hash,
 * so the dialog says so, offers a copy button and can only be left by saying the secret was kept.
 */
export function SecretOnceModal({
  secret,
  title,
  warning,
  doneLabel,
  copiedLabel,
  onClose,
  children,
}: {
  /** Nothing while no secret is to be shown; the dialog is open while there is one. */
  secret?: string;
  title: ReactNode;
  warning: ReactNode;
  doneLabel: ReactNode;
  copiedLabel: ReactNode;
  onClose: () => void;
  /** How to use the secret, under it. */
  children?: ReactNode;
}) {
  return (
    <Modal
      title={title}
      open={!!secret}
      onCancel={onClose}
      mask={{ closable: false }}
      // The secret leaves the page once the dialog is closed.
      destroyOnHidden
      footer={
        <Button type="primary" onClick={onClose}>
          {doneLabel}
        </Button>
      }
    >
      <Alert type="warning" showIcon title={warning} style={{ marginBottom: 16 }} />
      <Typography.Paragraph
        copyable={{ text: secret, tooltips: [undefined, copiedLabel] }}
        code
        style={{ wordBreak: 'break-all' }}
      >
        {secret}
      </Typography.Paragraph>
      {children}
    </Modal>
  );
}
