import { PAGE_SIZES } from '../pages/letterColumns';

/** "Visualizza N elementi" (manual 6.1) for the lists that have no other filter. */
export function PageSizeSelect({ value, onChange }: { value: number; onChange: (size: number) => void }) {
  return (
    <div className="mb-3">
      <label htmlFor="page-size" className="form-label">
        Visualizza
      </label>
      <div className="d-flex align-items-center gap-2">
        <select id="page-size" className="form-select w-auto" value={value} aria-describedby="page-size-suffix" onChange={(e) => onChange(Number(e.target.value))}>
          {PAGE_SIZES.map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </select>
        <span id="page-size-suffix">elementi</span>
      </div>
    </div>
  );
}
