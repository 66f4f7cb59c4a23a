import { sortDirection, toggleSort } from '../rules/paging';

/** A column header that sorts the server-side list; aria-sort tells screen readers the order. */
export function SortHeader({
  field,
  label,
  sort,
  onSort,
  className,
}: {
  field: string;
  label: string;
  sort?: string;
  onSort: (sort: string) => void;
  className?: string;
}) {
  const direction = sortDirection(sort, field);
  return (
    <th scope="col" aria-sort={direction ?? 'none'} className={`text-nowrap ${className ?? ''}`}>
      <button type="button" className="btn btn-link p-0 sort-header" onClick={() => onSort(toggleSort(sort, field))}>
        {label}
        <span aria-hidden="true" className="ms-1">
          {direction === 'ascending' ? '▲' : direction === 'descending' ? '▼' : '↕'}
        </span>
      </button>
    </th>
  );
}
