import { useCallback, useState } from 'react';

/**
 * The letters checked in a LetterTable: `onSelect` adds or removes names, `clear` empties it (new
 * page, new query, after a download).
 */
export function useSelection() {
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const onSelect = useCallback((names: string[], checked: boolean) => {
    setSelected((prev) => {
      const out = new Set(prev);
      for (const n of names) {
        if (checked) out.add(n);
        else out.delete(n);
      }
      return out;
    });
  }, []);
  const clear = useCallback(() => setSelected(new Set()), []);
  return { selected, onSelect, clear };
}
