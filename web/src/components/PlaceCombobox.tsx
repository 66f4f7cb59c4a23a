import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { searchPlaces, type Place } from '../api/accounts';
import { FieldError, FieldLabel } from './FormField';

export type ChosenPlace = Pick<Place, 'code' | 'label' | 'province' | 'region'>;

/** The manual: the search starts from the third letter. */
export const MIN_LETTERS = 3;
const DELAY_MS = 250;

function letters(text: string): number {
  return Array.from(text.trim()).filter((c) => /\p{L}/u.test(c)).length;
}

interface Props {
  id: string;
  label: string;
  value: ChosenPlace | undefined;
  onChange: (place: ChosenPlace | undefined) => void;
  errors?: string[];
  required?: boolean;
}

/**
 * "Comune di nascita / Stato estero" (manual ch. 2): text with autocomplete from /api/places after
 * three letters, comuni with their province sigla, foreign states with their international code.
 * An ARIA 1.2 combobox: arrows move through the list, Enter picks, Escape closes.
 */
const found = (count: number) => `${count} ${count === 1 ? 'risultato' : 'risultati'}`;

export function PlaceCombobox({ id, label, value, onChange, errors = [], required }: Props) {
  const [text, setText] = useState(value?.label ?? '');
  const [items, setItems] = useState<Place[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [status, setStatus] = useState('');
  const [attribution, setAttribution] = useState('');
  const typed = useRef(false);
  const listId = `${id}-listbox`;

  // A place chosen from outside (the profile once loaded) shows its label.
  useEffect(() => {
    if (!typed.current) setText(value?.label ?? '');
  }, [value?.label]);

  useEffect(() => {
    // Below three letters the typing itself closed the list (onChange).
    if (!typed.current || letters(text) < MIN_LETTERS) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      searchPlaces(text.trim(), controller.signal).then(
        (result) => {
          setItems(result.items);
          setAttribution(result.attribution);
          setActive(-1);
          setOpen(true);
          setStatus(
            result.items.length === 0
              ? 'Nessun comune o stato estero trovato.'
              : `${found(result.items.length)}: usa le frecce per scegliere.`,
          );
        },
        () => {
          if (controller.signal.aborted) return;
          setItems([]);
          setOpen(false);
          setStatus('Ricerca non disponibile: riprovare.');
        },
      );
    }, DELAY_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [text]);

  function choose(place: Place) {
    typed.current = false;
    setText(place.label);
    setOpen(false);
    setItems([]);
    setStatus(`Selezionato: ${place.label}.`);
    onChange({ code: place.code, label: place.label, province: place.province, region: place.region });
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown' && items.length > 0) {
      event.preventDefault();
      setOpen(true);
      setActive((i) => (i + 1) % items.length);
    } else if (event.key === 'ArrowUp' && items.length > 0) {
      event.preventDefault();
      setOpen(true);
      setActive((i) => (i <= 0 ? items.length - 1 : i - 1));
    } else if (event.key === 'Enter' && open && active >= 0) {
      event.preventDefault();
      choose(items[active]);
    } else if (event.key === 'Escape' && open) {
      event.preventDefault();
      setOpen(false);
      setActive(-1);
    }
  }

  const invalid = errors.length > 0;
  const expanded = open && items.length > 0;
  return (
    <div className="form-group mb-4 place-combobox">
      <FieldLabel id={id} label={label} required={required} />
      <input
        id={id}
        name={id}
        type="text"
        role="combobox"
        className={`form-control${invalid ? ' is-invalid' : ''}`}
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && active >= 0 ? `${id}-option-${active}` : undefined}
        aria-required={required ? true : undefined}
        aria-invalid={invalid ? true : undefined}
        aria-describedby={`${id}-help${invalid ? ` ${id}-error` : ''}`}
        value={text}
        onChange={(e) => {
          typed.current = true;
          setText(e.target.value);
          if (value) onChange(undefined);
          if (letters(e.target.value) < MIN_LETTERS) {
            setItems([]);
            setOpen(false);
            setStatus('');
          }
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
      />
      <ul id={listId} role="listbox" aria-label={label} className="place-options list-unstyled" hidden={!expanded}>
        {items.map((place, i) => (
          // The keys are the input's (aria-activedescendant): arrows move, Enter picks.
          // eslint-disable-next-line jsx-a11y/click-events-have-key-events
          <li
            key={`${place.code}-${place.label}`}
            id={`${id}-option-${i}`}
            role="option"
            aria-selected={i === active}
            className={i === active ? 'active' : undefined}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => choose(place)}
          >
            {place.label}
          </li>
        ))}
      </ul>
      <p id={`${id}-help`} className="form-text small mb-0">
        Digitare almeno le prime tre lettere del comune o dello stato estero e scegliere dall'elenco.
        {expanded && attribution ? ` ${attribution}` : ''}
      </p>
      <p className="visually-hidden" role="status" aria-live="polite">
        {status}
      </p>
      <FieldError id={id} errors={errors} />
    </div>
  );
}
