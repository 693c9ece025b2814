import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router-dom';
import { ApiProblem } from '../api/problem';
import { paths } from '../app/paths';
import { PublicHeader } from '../header/PublicHeader';
import { describeProblem } from '../ui/ProblemMessage';
import { useAuth } from './auth-context';

interface ComingFrom {
  from?: string;
  expired?: boolean;
}

export default function LoginPage() {
  const { t } = useTranslation();
  const { state, login } = useAuth();
  const location = useLocation();
  const comingFrom = (location.state ?? {}) as ComingFrom;
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const usernameField = useRef<HTMLInputElement>(null);

  useEffect(() => {
    document.title = t('login.pageTitle');
    usernameField.current?.focus();
  }, [t]);

  if (state.status === 'signed-in') return <Navigate to={comingFrom.from ?? paths.queue} replace />;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (username.trim() === '' || password === '') {
      setError(t('login.fillBoth'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await login(username.trim(), password);
    } catch (problem) {
      if (problem instanceof ApiProblem && problem.status === 401) setError(t('login.wrong'));
      else if (problem instanceof ApiProblem && problem.status === 429) setError(t('login.locked'));
      else setError(describeProblem(problem, t));
      setBusy(false);
    }
  }

  return (
    <>
      <PublicHeader />
      <main id="main" className="page page-narrow">
        <h1>{t('login.title')}</h1>
        {comingFrom.expired && (
          <p className="notice" role="status">
            {t('login.expired')}
          </p>
        )}
        <form onSubmit={submit} noValidate className="form">
          <div className="field">
            <label htmlFor="username">{t('login.username')}</label>
            <input
              id="username"
              ref={usernameField}
              name="username"
              autoComplete="username"
              autoCapitalize="none"
              spellCheck={false}
              value={username}
              onChange={(event) => setUsername(event.target.value)}
              aria-invalid={error !== null}
              aria-describedby={error !== null ? 'login-error' : undefined}
            />
          </div>
          <div className="field">
            <label htmlFor="password">{t('login.password')}</label>
            <input
              id="password"
              name="password"
              type="password"
              autoComplete="current-password"
              value={password}
              onChange={(event) => setPassword(event.target.value)}
              aria-invalid={error !== null}
              aria-describedby={error !== null ? 'login-error' : undefined}
            />
          </div>
          {error !== null && (
            <p id="login-error" className="notice notice-error" role="alert">
              {error}
            </p>
          )}
          <button type="submit" className="button-primary" disabled={busy}>
            {busy ? t('login.busy') : t('login.submit')}
          </button>
        </form>
      </main>
    </>
  );
}
