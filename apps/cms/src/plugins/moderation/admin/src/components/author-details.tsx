import { Badge, Flex, Link, Typography } from '@strapi/design-system';
import type { QueueComment } from '../types';
import { formatDateTime, safeWebsite } from '../utils/format';

type AuthorDetailsProps = Pick<QueueComment, 'authorName' | 'authorEmail' | 'authorUrl' | 'authorIp' | 'userAgent' | 'personalDataErasedAt'>;

/** Who wrote it, with the details a moderator needs to judge spam: email, website, IP. */
export const AuthorDetails = ({ authorName, authorEmail, authorUrl, authorIp, userAgent, personalDataErasedAt }: AuthorDetailsProps) => {
  const website = safeWebsite(authorUrl);
  return (
    <Flex direction="column" alignItems="flex-start" gap={1} minWidth="12rem">
      <Typography fontWeight="bold" textColor="neutral800">
        {authorName}
      </Typography>
      {personalDataErasedAt ? (
        <>
          <Badge>Personal data erased</Badge>
          <Typography variant="pi" textColor="neutral600">
            {formatDateTime(personalDataErasedAt)}
          </Typography>
        </>
      ) : (
        <>
          <Link href={`mailto:${authorEmail}`}>{authorEmail}</Link>
          {website && (
            <Link href={website.href} isExternal rel="nofollow ugc noopener noreferrer">
              {`${website.host}${website.pathname === '/' ? '' : website.pathname}`}
            </Link>
          )}
          {authorUrl && !website && (
            <Typography variant="pi" textColor="neutral600">
              Website (not a link): {authorUrl}
            </Typography>
          )}
          {authorIp && (
            <Typography variant="pi" textColor="neutral600" title={userAgent ?? undefined}>
              IP {authorIp}
            </Typography>
          )}
        </>
      )}
    </Flex>
  );
};
