import { useMemo } from 'react';

const PAGE_SIZE = 20;

/**
 * Options of a table that pages, with its search box, only once its rows
 * are more than one page: a short table shows every row and no controls.
 * The same object while that answer stays, so material-table keeps state.
 */
export function usePagedTableOptions(rowCount: number) {
  const paging = rowCount > PAGE_SIZE;
  return useMemo(
    () => ({
      paging,
      pageSize: PAGE_SIZE,
      emptyRowsWhenPaging: false,
      search: paging,
      padding: 'dense' as const,
    }),
    [paging],
  );
}
