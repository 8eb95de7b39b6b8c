import { Badge, Button, Checkbox, Flex, IconButton, Td, Tr, Typography } from '@strapi/design-system';
import { Filter } from '@strapi/icons';
import { styled } from 'styled-components';
import type { CommentStatus, QueueComment } from '../types';
import { STATUS_LABELS } from '../constants';
import { formatDateTime } from '../utils/format';
import { ACTIONS_BY_STATUS } from '../utils/status-actions';
import { keepButtonActivation } from '../utils/keyboard';
import { AuthorDetails } from './author-details';
import { CommentText } from './comment-text';

// The design system's table never wraps; names, titles and the moderation note must.
const Cell = styled(Td)`
  vertical-align: top;
  white-space: normal;
  overflow-wrap: break-word;
`;

const STATUS_VARIANT = { pending: 'warning', approved: 'success', spam: 'danger', trash: 'neutral' } as const;

export type CommentRowProps = {
  comment: QueueComment;
  showStatus: boolean;
  canModerate: boolean;
  isSelected: boolean;
  isBusy: boolean;
  onSelect: (documentId: string, selected: boolean) => void;
  onAction: (documentIds: string[], target: CommentStatus) => void;
  onFilterArticle: (documentId: string) => void;
  /** Set by the design system's Tbody: the grid's keyboard navigation needs it on the Tr. */
  'aria-rowindex'?: number;
};

export const CommentRow = ({ comment, showStatus, canModerate, isSelected, isBusy, onSelect, onAction, onFilterArticle, ...rest }: CommentRowProps) => {
  const { documentId, authorName, status, flagReason, articleTitle, createdAt, moderatedBy, moderatedAt } = comment;
  const title = articleTitle ?? 'Deleted story';
  return (
    <Tr aria-rowindex={rest['aria-rowindex']}>
      {canModerate && (
        <Cell>
          <Checkbox aria-label={`Select comment by ${authorName}`} checked={isSelected} onCheckedChange={(checked) => onSelect(documentId, checked === true)} />
        </Cell>
      )}
      <Cell>
        <AuthorDetails {...comment} />
      </Cell>
      <Cell>
        <Flex direction="column" alignItems="flex-start" gap={2} minWidth="24rem" maxWidth="44rem" onKeyDown={keepButtonActivation}>
          {(showStatus || flagReason || comment.parent) && (
            <Flex gap={1} wrap="wrap">
              {showStatus && <Badge variant={STATUS_VARIANT[status]}>{STATUS_LABELS[status]}</Badge>}
              {flagReason && <Badge variant="warning">Flagged: {flagReason}</Badge>}
              {comment.parent && <Badge>Reply</Badge>}
            </Flex>
          )}
          <CommentText text={comment.body} />
          {canModerate && (
            <Flex gap={1} wrap="wrap">
              {ACTIONS_BY_STATUS[status].map(({ target, label, variant }) => (
                <Button key={target} size="S" variant={variant} disabled={isBusy} aria-label={`${label} comment by ${authorName}`} onClick={() => onAction([documentId], target)}>
                  {label}
                </Button>
              ))}
            </Flex>
          )}
        </Flex>
      </Cell>
      <Cell>
        <Flex gap={1} alignItems="flex-start" justifyContent="space-between" minWidth="12rem">
          <Typography textColor="neutral800">{title}</Typography>
          <IconButton label={`Show only comments on ${title}`} variant="ghost" size="XS" onClick={() => onFilterArticle(comment.article)}>
            <Filter />
          </IconButton>
        </Flex>
      </Cell>
      <Cell>
        <Flex direction="column" alignItems="flex-start" gap={1} minWidth="10rem">
          <Typography tag="time" dateTime={createdAt} textColor="neutral800">
            {formatDateTime(createdAt)}
          </Typography>
          {moderatedBy && moderatedAt && (
            <Typography variant="pi" textColor="neutral600">
              {`Moderated ${formatDateTime(moderatedAt)} by ${moderatedBy}`}
            </Typography>
          )}
        </Flex>
      </Cell>
    </Tr>
  );
};
