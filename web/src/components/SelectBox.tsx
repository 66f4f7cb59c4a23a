/**
 * A selection checkbox of a letter list. bootstrap-italia hides the native input (opacity 0) and
 * draws the box with the label's pseudo-elements, so the label itself must stay rendered (a
 * visually-hidden label hides the box too): only its text is for screen readers.
 */
export function SelectBox({
  id,
  label,
  checked,
  disabled,
  onChange,
}: {
  id: string;
  label: string;
  checked: boolean;
  disabled?: boolean;
  onChange: (checked: boolean) => void;
}) {
  return (
    <div className="form-check m-0 select-box">
      <input
        id={id}
        type="checkbox"
        checked={checked}
        disabled={disabled}
        onChange={(e) => onChange(e.target.checked)}
      />
      <label htmlFor={id}>
        <span className="visually-hidden">{label}</span>
      </label>
    </div>
  );
}
