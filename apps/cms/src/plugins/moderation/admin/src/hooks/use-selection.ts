import { useCallback, useState } from 'react';

const NONE: ReadonlySet<string> = new Set();

/** Checked rows of the page on screen: a new page (or a reload after an action) starts with none. */
export const useSelection = (pageIds: string[] | undefined) => {
  const [selection, setSelection] = useState<{ page?: string[]; ids: ReadonlySet<string> }>({ ids: NONE });
  const selected = selection.page === pageIds ? selection.ids : NONE;

  const toggle = useCallback(
    (documentId: string, isSelected: boolean) =>
      setSelection((previous) => {
        const next = new Set(previous.page === pageIds ? previous.ids : NONE);
        if (isSelected) next.add(documentId);
        else next.delete(documentId);
        return { page: pageIds, ids: next };
      }),
    [pageIds],
  );

  const toggleAll = useCallback((isSelected: boolean) => setSelection({ page: pageIds, ids: new Set(isSelected ? pageIds : []) }), [pageIds]);
  const clear = useCallback(() => setSelection({ ids: NONE }), []);

  return { selected, toggle, toggleAll, clear };
};
