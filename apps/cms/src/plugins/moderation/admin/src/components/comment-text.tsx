import { useId, useState } from 'react';
import { Box, TextButton, Typography } from '@strapi/design-system';
import { styled } from 'styled-components';
import { clipText } from '../utils/format';

// Readers' line breaks matter; a long unbroken URL must not widen the table.
const Body = styled(Typography)`
  white-space: pre-wrap;
  overflow-wrap: anywhere;
`;

/** A comment as plain text (never HTML), clipped with a "more" toggle when long. */
export const CommentText = ({ text }: { text: string }) => {
  const id = useId();
  const [expanded, setExpanded] = useState(false);
  const clipped = clipText(text);
  return (
    <Box>
      <Body tag="p" id={id} textColor="neutral800">
        {expanded || !clipped ? text : clipped}
      </Body>
      {clipped && (
        <TextButton aria-expanded={expanded} aria-controls={id} onClick={() => setExpanded((open) => !open)}>
          {expanded ? 'less' : 'more'}
        </TextButton>
      )}
    </Box>
  );
};
