import type { ReactNode } from 'react';

/**
 * A table that scrolls sideways on narrow screens, inside a labelled region that takes the focus so
 * that keyboard users can scroll it too (axe: scrollable-region-focusable); the caption is for
 * screen readers.
 */
export function ScrollingTable({
  caption,
  children,
  className,
}: {
  caption: string;
  children: ReactNode;
  className?: string;
}) {
  return (
    <div
      className={`table-responsive letters-table${className ? ` ${className}` : ''}`}
      // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrolling region must be focusable
      tabIndex={0}
      role="region"
      aria-label={`Tabella: ${caption}`}
    >
      <table className="table table-striped table-hover table-sm align-middle">
        <caption className="visually-hidden">{caption}</caption>
        {children}
      </table>
    </div>
  );
}
