import { useState, type FormEvent } from 'react';
import { Button, Field, Flex, Modal, Typography } from '@strapi/design-system';
import { Trash } from '@strapi/icons';
import type { useModerationActions } from '../hooks/use-moderation-actions';

type EraseCommenterDialogProps = Pick<ReturnType<typeof useModerationActions>, 'eraseCommenter' | 'isBusy'>;

/** A privacy request: the commenter's comments stay, their name, email, website and IP go. */
export const EraseCommenterDialog = ({ eraseCommenter, isBusy }: EraseCommenterDialogProps) => {
  const [isOpen, setIsOpen] = useState(false);
  const [email, setEmail] = useState('');
  const [error, setError] = useState<string>();

  const onOpenChange = (open: boolean) => {
    setIsOpen(open);
    if (!open) {
      setEmail('');
      setError(undefined);
    }
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const outcome = await eraseCommenter(email.trim());
    if (outcome.ok) onOpenChange(false);
    else setError(outcome.problem.fields.email ?? outcome.problem.message);
  };

  return (
    <Modal.Root open={isOpen} onOpenChange={onOpenChange}>
      <Modal.Trigger>
        <Button variant="danger-light" startIcon={<Trash />}>
          Erase commenter
        </Button>
      </Modal.Trigger>
      <Modal.Content>
        <form onSubmit={onSubmit} noValidate>
          <Modal.Header closeLabel="Close">
            <Modal.Title>Erase a commenter&apos;s personal data</Modal.Title>
          </Modal.Header>
          <Modal.Body>
            <Flex direction="column" alignItems="stretch" gap={4}>
              <Typography tag="p">
                Every comment written with this email keeps its text but loses the author&apos;s name, email, website, IP address
                and browser. This cannot be undone.
              </Typography>
              <Field.Root name="email" id="moderation-erase-email" error={error} required>
                <Field.Label>Commenter&apos;s email</Field.Label>
                <Field.Input type="email" autoComplete="off" value={email} onChange={(event) => setEmail(event.target.value)} />
                <Field.Error />
              </Field.Root>
            </Flex>
          </Modal.Body>
          <Modal.Footer>
            <Modal.Close>
              <Button variant="tertiary">Cancel</Button>
            </Modal.Close>
            <Button type="submit" variant="danger" loading={isBusy} disabled={!email.trim()}>
              Erase personal data
            </Button>
          </Modal.Footer>
        </form>
      </Modal.Content>
    </Modal.Root>
  );
};
