import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { logout } from '../api/auth';

/** "Esci": closes the session server-side, then back to the home page whatever the outcome. */
export function LogoutButton() {
  const navigate = useNavigate();
  const [busy, setBusy] = useState(false);
  async function onClick() {
    setBusy(true);
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
