/** "Vista da X a Y di N elementi" with Precedente / Successivo (cursor paging). */
export function Pager({
  label,
  page,
  canPrevious,
  canNext,
  onPrevious,
  onNext,
}: {
  label: string;
  page: number;
  canPrevious: boolean;
  canNext: boolean;
  onPrevious: () => void;
  onNext: () => void;
}) {
  return (
    <div className="d-flex flex-wrap align-items-center justify-content-between gap-2 mt-2">
      <p className="mb-0" role="status" data-testid="range">
        {label}
      </p>
      <nav aria-label="Paginazione">
        <ul className="pagination mb-0">
          <li className={`page-item${canPrevious ? '' : ' disabled'}`}>
            <button type="button" className="page-link" disabled={!canPrevious} onClick={onPrevious}>
              Precedente
            </button>
          </li>
          <li className="page-item active">
            <span className="page-link" aria-current="page">
              {page}
            </span>
          </li>
          <li className={`page-item${canNext ? '' : ' disabled'}`}>
            <button type="button" className="page-link" disabled={!canNext} onClick={onNext}>
              Successivo
            </button>
          </li>
        </ul>
      </nav>
    </div>
  );
}
