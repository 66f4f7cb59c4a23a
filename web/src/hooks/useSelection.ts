import { useCallback, useState } from 'react';

/**
 * The letters checked in a LetterTable: `onSelect` adds or removes names, `clear` empties it (new
 * page, new query, after a download). `allMatching` is "Lettera" ticked for the whole section (manual
 * 6.1.1): every letter that matches the filters, on every page; unticking any box leaves that mode.
 */
export function useSelection() {
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [allMatching, setAllMatching] = useState(false);
  const onSelect = useCallback((names: string[], checked: boolean) => {
    if (!checked) setAllMatching(false);
    setSelected((prev) => {
      const out = new Set(prev);
      for (const n of names) {
        if (checked) out.add(n);
        else out.delete(n);
      }
      return out;
    });
  }, []);
  const clear = useCallback(() => {
    setSelected(new Set());
    setAllMatching(false);
  }, []);
  return { selected, onSelect, clear, allMatching, setAllMatching };
}

/**
 * Whether "every match" may be offered (the whole page is checked and more match than it shows) and
 * whether it is chosen. `matchable` is false for a list whose .zip takes names only.
 */
export function matchingScope(
  selection: ReturnType<typeof useSelection>,
  pageNames: string[],
  total: number,
  matchable: boolean,
) {
  const pageChecked = pageNames.length > 0 && pageNames.every((n) => selection.selected.has(n));
  const canChooseAll = matchable && pageChecked && total > pageNames.length;
  return { canChooseAll, allChosen: canChooseAll && selection.allMatching };
}
