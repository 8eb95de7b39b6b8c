import { Badge, Box, Button, EmptyStateLayout, Flex, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { styled } from 'styled-components';
import type { CommentStatus, ReportedComment } from '../types';
import { STATUS_LABELS } from '../constants';
import { ACTIONS_BY_STATUS } from '../utils/status-actions';
import { CommentText } from './comment-text';

const Cell = styled(Td)`
  vertical-align: top;
  white-space: normal;
  overflow-wrap: break-word;
`;

type ReportedViewProps = {
  comments: ReportedComment[] | undefined;
  problem: string | undefined;
  canModerate: boolean;
  isBusy: boolean;
  onAction: (documentIds: string[], target: CommentStatus) => void;
  onDismiss: (documentIds: string[]) => void;
};

const readers = (count: number) => `${count} reader${count === 1 ? '' : 's'}`;

/** Comments readers reported, most reported first: the reasons, and what a moderator can do. */
export const ReportedView = ({ comments, problem, canModerate, isBusy, onAction, onDismiss }: ReportedViewProps) => {
  if (problem) return <Typography textColor="danger600">{problem}</Typography>;
  if (!comments) return <Typography>Loading reported comments…</Typography>;
  if (comments.length === 0) return <EmptyStateLayout content="No comment has open reports." />;
  return (
    <Table colCount={4} rowCount={comments.length + 1}>
      <Thead>
        <Tr>
          <Th><Typography variant="sigma">Comment</Typography></Th>
          <Th><Typography variant="sigma">Reports</Typography></Th>
          <Th><Typography variant="sigma">Reasons</Typography></Th>
          <Th><Typography variant="sigma">In response to</Typography></Th>
        </Tr>
      </Thead>
      <Tbody>
        {comments.map((comment) => (
          <Tr key={comment.documentId}>
            <Cell>
              <Flex direction="column" alignItems="flex-start" gap={2} minWidth="22rem" maxWidth="40rem">
                <Flex gap={1}>
                  <Typography fontWeight="bold">{comment.authorName}</Typography>
                  <Badge>{STATUS_LABELS[comment.moderationStatus]}</Badge>
                </Flex>
                <CommentText text={comment.body} />
                {canModerate && (
                  <Flex gap={1} wrap="wrap">
                    <Button size="S" variant="secondary" disabled={isBusy} aria-label={`Dismiss the reports on the comment by ${comment.authorName}`} onClick={() => onDismiss([comment.documentId])}>
                      Dismiss reports
                    </Button>
                    {ACTIONS_BY_STATUS[comment.moderationStatus].map(({ target, label, variant }) => (
                      <Button key={target} size="S" variant={variant} disabled={isBusy} aria-label={`${label} comment by ${comment.authorName}`} onClick={() => onAction([comment.documentId], target)}>
                        {label}
                      </Button>
                    ))}
                  </Flex>
                )}
              </Flex>
            </Cell>
            <Cell>
              <Typography>{`${comment.reports} (${readers(comment.readers)})`}</Typography>
            </Cell>
            <Cell>
              <Box maxWidth="24rem">
                {comment.reasons.length ? (
                  comment.reasons.map((reason, index) => (
                    <Typography key={index} tag="p" textColor="neutral800">
                      {`“${reason}”`}
                    </Typography>
                  ))
                ) : (
                  <Typography textColor="neutral600">No reason given</Typography>
                )}
              </Box>
            </Cell>
            <Cell>
              <Typography>{comment.articleTitle ?? 'Deleted story'}</Typography>
            </Cell>
          </Tr>
        ))}
      </Tbody>
    </Table>
  );
};
