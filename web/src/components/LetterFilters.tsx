import { useEffect, useState } from 'react';
import { SERVICE_TYPES } from '../pages/letterColumns';
import { PageSizeSelect } from './PageSizeSelect';

export interface Filters {
  serviceType: string;
  recipient: '' | 'TO' | 'CC';
  q: string;
}

/** "Visualizza N elementi", "Tipo servizio", "Destinatario principale", "Cerca:" (manual 6.1). */
export function LetterFilters({
  filters,
  showRecipient,
  onChange,
  pageSize,
  onPageSize,
}: {
  filters: Filters;
  showRecipient: boolean;
  onChange: (f: Filters) => void;
  pageSize: number;
  onPageSize: (size: number) => void;
}) {
  const [q, setQ] = useState(filters.q);
  // Search as the user types, without a call per keystroke.
  useEffect(() => {
    if (q === filters.q) return;
    const t = window.setTimeout(() => onChange({ ...filters, q }), 350);
    return () => window.clearTimeout(t);
  }, [q, filters, onChange]);

  return (
    <div className="row g-3 align-items-end mb-3 letter-filters">
      <PageSizeSelect className="col-auto" value={pageSize} onChange={onPageSize} />
      <div className="col-auto">
        <label htmlFor="service-type" className="form-label">
          Tipo servizio
        </label>
        <select
          id="service-type"
          className="form-select"
          value={filters.serviceType}
          onChange={(e) => onChange({ ...filters, serviceType: e.target.value })}
        >
          <option value="">Tutti</option>
          {SERVICE_TYPES.map((s) => (
            <option key={s.value} value={s.value}>
              {s.label}
            </option>
          ))}
        </select>
      </div>
      {showRecipient && (
        <div className="col-auto">
          <label htmlFor="recipient" className="form-label">
            Destinatario principale
          </label>
          <select
            id="recipient"
            className="form-select"
            value={filters.recipient}
            onChange={(e) => onChange({ ...filters, recipient: e.target.value as Filters['recipient'] })}
          >
            <option value="">Tutti</option>
            <option value="TO">TO</option>
            <option value="CC">CC</option>
          </select>
        </div>
      )}
      <div className="col-12 col-md">
        <label htmlFor="search" className="form-label">
          Cerca:
        </label>
        <input id="search" type="search" className="form-control" value={q} onChange={(e) => setQ(e.target.value)} />
      </div>
    </div>
  );
}
