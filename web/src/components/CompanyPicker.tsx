import { useNavigate } from 'react-router-dom';
import { areaPath } from '../routes';

/** The companies the user acts for; the choice lives in the URL (/area/{companyId}). */
export function CompanyPicker({
  companies,
  names,
  current,
}: {
  companies: string[];
  names: Record<string, string>;
  current?: string;
}) {
  const navigate = useNavigate();
  return (
    <div className="select-wrapper mb-4 company-picker">
      <label htmlFor="company">Società per cui si opera</label>
      <select id="company" value={current ?? ''} onChange={(e) => e.target.value && navigate(areaPath(e.target.value))}>
        {!current && <option value="">Selezionare la società</option>}
        {companies.map((c) => (
          <option key={c} value={c}>
            {names[c] ?? c}
          </option>
        ))}
      </select>
    </div>
  );
}
