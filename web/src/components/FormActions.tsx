import { Button } from 'design-react-kit';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';

/** A form's submit button (its busy wording while it sends) and the way back ("Indietro"). */
export function FormActions({
  label,
  busy,
  busyLabel = label,
  back,
  children,
}: {
  label: string;
  busy: boolean;
  busyLabel?: string;
  /** Where "Indietro" leads. */
  back: string;
  /** Further links after it. */
  children?: ReactNode;
}) {
  return (
    <div className="d-flex flex-wrap gap-2">
      <Button type="submit" color="primary" disabled={busy}>
        {busy ? busyLabel : label}
      </Button>
      <Link to={back} className="btn btn-outline-primary">
        Indietro
      </Link>
      {children}
    </div>
  );
}
