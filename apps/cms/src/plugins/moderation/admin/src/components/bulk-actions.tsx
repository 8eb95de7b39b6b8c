import { Button, Flex, Typography } from '@strapi/design-system';
import type { CommentStatus } from '../types';
import type { StatusAction } from '../utils/status-actions';

type BulkActionsProps = {
  actions: StatusAction[];
  selectedCount: number;
  isBusy: boolean;
  onAction: (target: CommentStatus) => void;
  onClear: () => void;
};

/** The selection's toolbar; its buttons stay in place (disabled) so the layout does not jump. */
export const BulkActions = ({ actions, selectedCount, isBusy, onAction, onClear }: BulkActionsProps) => (
  <Flex gap={2} wrap="wrap" role="toolbar" aria-label="Bulk actions">
    <Typography variant="omega" textColor="neutral600" aria-live="polite">
      {selectedCount ? `${selectedCount} selected` : 'Select comments to act on several at once'}
    </Typography>
    {actions.map(({ target, label, variant }) => (
      <Button key={target} size="S" variant={variant} disabled={!selectedCount || isBusy} onClick={() => onAction(target)}>
        {selectedCount ? `${label} ${selectedCount}` : label}
      </Button>
    ))}
    {selectedCount > 0 && (
      <Button size="S" variant="ghost" onClick={onClear} disabled={isBusy}>
        Clear selection
      </Button>
    )}
  </Flex>
);
