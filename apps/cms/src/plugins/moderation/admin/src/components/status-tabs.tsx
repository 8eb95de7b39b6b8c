import type { ReactNode } from 'react';
import { Tabs } from '@strapi/design-system';
import { COMMENT_STATUSES, STATUS_LABELS } from '../constants';
import type { StatusCounts, StatusFilter } from '../types';

const TABS: Array<{ value: StatusFilter; label: string }> = [
  ...COMMENT_STATUSES.map((status) => ({ value: status, label: STATUS_LABELS[status] })),
  { value: 'all', label: 'All' },
];

export const isStatusFilter = (value: unknown): value is StatusFilter => TABS.some((tab) => tab.value === value);

const countOf = (value: StatusFilter, counts: StatusCounts) =>
  value === 'all' ? COMMENT_STATUSES.reduce((sum, status) => sum + counts[status], 0) : counts[value];

type StatusTabsProps = {
  value: StatusFilter;
  counts: StatusCounts | undefined;
  onChange: (value: StatusFilter) => void;
  children: ReactNode;
};

/** Pending / Approved / Spam / Trash / All, each with its count; the active tab holds the queue. */
export const StatusTabs = ({ value, counts, onChange, children }: StatusTabsProps) => (
  <Tabs.Root value={value} onValueChange={(next) => isStatusFilter(next) && onChange(next)}>
    <Tabs.List aria-label="Comments by status">
      {TABS.map((tab) => (
        <Tabs.Trigger key={tab.value} value={tab.value}>
          {counts ? `${tab.label} (${countOf(tab.value, counts)})` : tab.label}
        </Tabs.Trigger>
      ))}
    </Tabs.List>
    {TABS.map((tab) => (
      <Tabs.Content key={tab.value} value={tab.value}>
        {children}
      </Tabs.Content>
    ))}
  </Tabs.Root>
);
