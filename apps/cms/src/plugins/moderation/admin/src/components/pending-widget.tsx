import { useEffect, useState } from 'react';
import { Flex, Typography } from '@strapi/design-system';
import { Widget } from '@strapi/strapi/admin';
import { useModerationApi } from '../hooks/use-moderation-api';
import type { StatusCounts } from '../types';

/** The homepage's live pending count: the admin's menu API can only show a count fixed at start. */
export const PendingWidget = () => {
  const api = useModerationApi();
  const [counts, setCounts] = useState<StatusCounts | null>();

  useEffect(() => {
    const controller = new AbortController();
    api
      .counts(controller.signal)
      .then(setCounts)
      .catch(() => !controller.signal.aborted && setCounts(null));
    return () => controller.abort();
  }, [api]);

  if (counts === undefined) return <Widget.Loading />;
  if (counts === null) return <Widget.Error>The comment counts could not be loaded.</Widget.Error>;
  return (
    <Flex direction="column" alignItems="flex-start" gap={2}>
      <Typography variant="alpha" tag="p" textColor={counts.pending ? 'warning600' : 'neutral800'}>
        {counts.pending}
      </Typography>
      <Typography textColor="neutral600">
        {counts.pending === 1 ? 'comment is' : 'comments are'} waiting for moderation ({counts.spam} in spam)
      </Typography>
    </Flex>
  );
};
