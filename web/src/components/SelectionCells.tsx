import { SelectBox } from './SelectBox';

/** The header box that checks every row of the page, kept in view while the table scrolls sideways. */
export function SelectPageCell({
  label,
  names,
  selected,
  onSelect,
}: {
  label: string;
  names: string[];
  selected: ReadonlySet<string>;
  onSelect: (names: string[], checked: boolean) => void;
}) {
  return (
    <th scope="col" className="text-nowrap sticky-select">
      <SelectBox
        id="select-all"
        label={label}
        checked={names.length > 0 && names.every((n) => selected.has(n))}
        disabled={names.length === 0}
        onChange={(checked) => onSelect(names, checked)}
      />
    </th>
  );
}

/** A row's box and its document's name (the row header), both kept in view while the table scrolls. */
export function SelectRowCells({
  index,
  name,
  selected,
  onSelect,
}: {
  index: number;
  name: string;
  selected: ReadonlySet<string>;
  onSelect: (names: string[], checked: boolean) => void;
}) {
  return (
    <>
      <td className="sticky-select">
        <SelectBox
          id={`select-${index}`}
          label={`Seleziona ${name}`}
          checked={selected.has(name)}
          onChange={(checked) => onSelect([name], checked)}
        />
      </td>
      <th scope="row" className="fw-normal sticky-name">
        {name}
      </th>
    </>
  );
}
