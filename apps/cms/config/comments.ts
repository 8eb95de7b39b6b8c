import type { Core } from '@strapi/strapi';

/** Comment moderation rules, all overridable from the environment (see .env.example). */
export default ({ env }: Core.Config.Shared.ConfigParams) => ({
  /** A second comment from the same IP or email within this many seconds is refused (429). */
  floodSeconds: env.int('COMMENT_FLOOD_SECONDS', 15),
  /** Per-IP budget: this many comments per window. */
  rateLimitPoints: env.int('COMMENT_RATE_LIMIT', 10),
  rateLimitWindowSeconds: env.int('COMMENT_RATE_LIMIT_WINDOW_SECONDS', 600),
  /** Faster than this from page load to submit is a bot: the comment goes to spam. */
  minSubmitSeconds: env.int('COMMENT_MIN_SUBMIT_SECONDS', 3),
  /** More links than this holds the comment for moderation even when it would pass (WordPress: 2). */
  maxLinks: env.int('COMMENT_MAX_LINKS', 2),
  /** Words (matched case-insensitively inside any field) that send a comment to spam. */
  disallowedWords: env.array('COMMENT_DISALLOWED_WORDS', ['viagra', 'cialis', 'casino bonus', 'crypto giveaway']),
  /** What a disallowed word does: 'spam' or 'hold' (stay pending, flagged). */
  disallowedWordsAction: env('COMMENT_DISALLOWED_WORDS_ACTION', 'spam'),
  /** Commenters' IP addresses and user agents are erased after this many days. */
  personalDataRetentionDays: env.int('COMMENT_IP_RETENTION_DAYS', 30),
  /** Where new-comment notifications go; empty: every active moderator. */
  notifyEmails: env.array('COMMENT_NOTIFY_EMAILS', []),
  redisUrl: env('REDIS_URL', ''),
  /** Moderators get at most one digest of new pending (and reader-reported) comments per interval. */
  digestIntervalSeconds: env.int('COMMENT_DIGEST_INTERVAL_SECONDS', 900),
  /** Reports from this many distinct readers send an approved comment back to pending. */
  reportThreshold: env.int('COMMENT_REPORT_THRESHOLD', 3),
  /** Per-reader report budget: this many reports per window (the window of COMMENT_RATE_LIMIT). */
  reportRateLimitPoints: env.int('COMMENT_REPORT_RATE_LIMIT', 5),
  /** Signs unsubscribe links and hashes reporters' IPs; falls back to a key derived from APP_KEYS. */
  mailTokenSecret: env('MAIL_TOKEN_SECRET', ''),
  /** Where readers' links in emails point (the site) and moderators' (the admin). */
  siteUrl: env('WEB_URL', 'http://localhost:3000'),
  adminUrl: env('CMS_PUBLIC_URL', ''),
});
