import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { logout } from '../api/auth';
import { onUnauthorized } from '../api/client';

/** "Esci": closes the session server-side, then back to the home page whatever the outcome. */
export function LogoutButton() {
  const navigate = useNavigate();
  const [busy, setBusy] = useState(false);
  async function onClick() {
    setBusy(true);
    // Calls still in flight (a list refreshing after a search) answer 401 once the session is
    // closed: that is the exit the user asked for, not "Sessione scaduta".
    onUnauthorized(undefined);
    try {
      await logout();
    } catch {
      // An already expired session is as good as closed.
    } finally {
      setBusy(false);
      navigate('/', { replace: true });
    }
  }
  return (
    <button type="button" className="btn btn-outline-primary btn-sm" onClick={onClick} disabled={busy}>
      Esci
    </button>
  );
}
