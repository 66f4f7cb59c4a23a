import { PAGE_SIZES } from '../pages/letterColumns';

/** "Visualizza N elementi" (manual 6.1): alone above the simple lists, first of the letter filters. */
export function PageSizeSelect({
  value,
  onChange,
  className = 'mb-3',
}: {
  value: number;
  onChange: (size: number) => void;
  className?: string;
}) {
  return (
    <div className={className}>
      <label htmlFor="page-size" className="form-label">
        Visualizza
      </label>
      <div className="d-flex align-items-center gap-2">
        <select
          id="page-size"
          className="form-select w-auto"
          value={value}
          aria-describedby="page-size-suffix"
          onChange={(e) => onChange(Number(e.target.value))}
        >
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
