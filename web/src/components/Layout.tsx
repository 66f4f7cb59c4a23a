import { Skiplink, SkiplinkItem } from 'design-react-kit';
import { useEffect, useRef } from 'react';
import { Outlet, useLocation } from 'react-router-dom';
import { SiteFooter } from './SiteFooter';
import { SessionGuard } from './SessionGuard';
import { SiteHeader } from './SiteHeader';

export function Layout() {
  const { pathname } = useLocation();
  const main = useRef<HTMLElement>(null);
  const firstRender = useRef(true);

  // After a client-side navigation, move focus to the new content (as a full page load would
  // put the reader at the top) instead of leaving it on the link that was activated.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    // A page whose one task is a field (the OTP code) marks it data-autofocus: the focus goes there.
    const target = main.current?.querySelector<HTMLElement>('[data-autofocus]') ?? main.current;
    target?.focus();
    window.scrollTo?.(0, 0);
  }, [pathname]);

  return (
    <>
      <Skiplink nav ariaLabel="Collegamenti di accesso rapido">
        <SkiplinkItem navItem href="#main-content">
          Vai al contenuto principale
        </SkiplinkItem>
        <SkiplinkItem navItem href="#footer">
          Vai al piè di pagina
        </SkiplinkItem>
      </Skiplink>
      <SessionGuard />
      <SiteHeader />
      <main id="main-content" ref={main} tabIndex={-1}>
        <Outlet />
      </main>
      <SiteFooter />
    </>
  );
}
