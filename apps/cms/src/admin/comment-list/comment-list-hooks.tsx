import { Typography } from '@strapi/design-system';
import type { StrapiApp } from '@strapi/strapi/admin';
import { COMMENT_STATUS_LABELS } from '../../admin-config/comment-status-labels';

/** The Content Manager's list-view hooks (documented in Strapi's Content Manager admin APIs). */
const INJECT_COLUMN_IN_TABLE = 'Admin/CM/pages/ListView/inject-column-in-table';
const INJECT_IN_FILTERS = 'Admin/CM/pages/ListView/inject-in-filters';

/** Marks the comment type in its schema's pluginOptions: the hooks are told the layout, not the type. */
const COMMENT_LIST_MARK = 'derna';
/** Ids are for the CMS; no filter on them is offered on comments, whatever the role. */
const ID_FILTERS = new Set(['id', 'documentId', 'article', 'parent', 'threadRoot']);

type Layout = { options?: Record<string, unknown> };
type Header = { name: string };
type Row = Record<string, unknown>;
type Filter = { name: string };

const isCommentList = (layout: Layout | undefined) =>
  (layout?.options?.[COMMENT_LIST_MARK] as { list?: string } | undefined)?.list === 'comment';

const statusLabel = (value: unknown) =>
  typeof value === 'string' && value in COMMENT_STATUS_LABELS ? COMMENT_STATUS_LABELS[value as keyof typeof COMMENT_STATUS_LABELS] : '-';

/** The Status column in words: Strapi prints an enumeration's stored value as it is. */
const statusCell = (row: Row) => <Typography textColor="neutral800">{statusLabel(row.moderationStatus)}</Typography>;

/**
 * The comment list in people's words: statuses in the list as in the form and the filters (those
 * two read the translations in app.tsx), and no filter on an id.
 */
export const registerCommentListHooks = (app: StrapiApp) => {
  app.registerHook(INJECT_COLUMN_IN_TABLE, ({ displayedHeaders, layout }: { displayedHeaders: Header[]; layout: Layout }) => ({
    layout,
    displayedHeaders: isCommentList(layout)
      ? displayedHeaders.map((header) => (header.name === 'moderationStatus' ? { ...header, cellFormatter: statusCell } : header))
      : displayedHeaders,
  }));
  app.registerHook(INJECT_IN_FILTERS, ({ displayedFilters, layout }: { displayedFilters: Filter[]; layout: Layout }) => ({
    layout,
    displayedFilters: isCommentList(layout) ? displayedFilters.filter(({ name }) => !ID_FILTERS.has(name)) : displayedFilters,
  }));
};

/** For the form's Status select and the Status filter, which look an option's words up by its value. */
export const commentStatusTranslations: Record<string, string> = { ...COMMENT_STATUS_LABELS };
