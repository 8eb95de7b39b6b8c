import { Checkbox, Table, Tbody, Th, Thead, Tr, Typography, type ThProps } from '@strapi/design-system';
import type { QueueComment } from '../types';
import { CommentRow, type CommentRowProps } from './comment-row';

type CommentTableProps = Omit<CommentRowProps, 'comment' | 'isSelected' | 'aria-rowindex'> & {
  comments: QueueComment[];
  selected: ReadonlySet<string>;
  onSelectAll: (selected: boolean) => void;
};

/** The design system's Tr hands each cell its grid coordinates: they must reach the Th. */
const Heading = ({ children, ...cellProps }: Omit<ThProps, 'children'> & { children: string }) => (
  <Th {...cellProps}>
    <Typography variant="sigma" textColor="neutral600">
      {children}
    </Typography>
  </Th>
);

/** The queue, newest first. A design-system grid: arrow keys move between cells, Enter enters one. */
export const CommentTable = ({ comments, selected, onSelectAll, ...rowProps }: CommentTableProps) => {
  const selectedOnPage = comments.filter(({ documentId }) => selected.has(documentId)).length;
  const headerChecked = selectedOnPage === 0 ? false : selectedOnPage === comments.length ? true : 'indeterminate';
  const colCount = rowProps.canModerate ? 5 : 4;
  return (
    // Start on a heading: Radix mounts a checkbox with a hidden input for one render, which would
    // leave the checkbox cell itself as a stale tab stop if it started active.
    <Table colCount={colCount} rowCount={comments.length + 1} initialCol={1}>
      <Thead>
        <Tr>
          {rowProps.canModerate && (
            <Th>
              <Checkbox aria-label="Select all comments on this page" checked={headerChecked} onCheckedChange={(checked) => onSelectAll(checked === true)} />
            </Th>
          )}
          <Heading>Author</Heading>
          <Heading>Comment</Heading>
          <Heading>In response to</Heading>
          <Heading>Submitted</Heading>
        </Tr>
      </Thead>
      <Tbody>
        {comments.map((comment) => (
          <CommentRow key={comment.documentId} comment={comment} isSelected={selected.has(comment.documentId)} {...rowProps} />
        ))}
      </Tbody>
    </Table>
  );
};
