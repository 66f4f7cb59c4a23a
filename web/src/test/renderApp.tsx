import { render, screen } from '@testing-library/react';
import { MemoryRouter, useLocation } from 'react-router-dom';
import { App } from '../App';

/** Where the router is now, for tests of redirects. */
function CurrentLocation() {
  const { pathname, search, hash } = useLocation();
  return (
    <output hidden data-testid="current-location">
      {pathname + search + hash}
    </output>
  );
}

/** Renders the whole app (layout and routes) at a path, as a deep link would. */
export function renderApp(path = '/') {
  return render(
    <MemoryRouter initialEntries={[path]}>
      <App />
      <CurrentLocation />
    </MemoryRouter>,
  );
}

/** The path, query and fragment the app is showing. */
export const currentLocation = () => screen.getByTestId('current-location').textContent;
