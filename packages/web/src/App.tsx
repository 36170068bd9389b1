/** The shell: skip link, header with the navigation, the connection banner, and the current page (loaded lazily). */
import { Suspense, useEffect, useRef } from 'react';
import { ConnectionBanner } from './components/ConnectionBanner.js';
import { ErrorBoundary } from './components/ErrorBoundary.js';
import { ROUTES, routeFor } from './pages/index.js';
import { Link, usePath } from './router.js';

function Logo() {
  return (
    <svg width="28" height="28" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="7" fill="#1d4ed8" />
      <path d="M7 23 L14 15 L19 19 L26 9" stroke="white" strokeWidth="3" fill="none" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}

function NotFound() {
  return (
    <section>
      <h1>Page not found</h1>
      <p>
        There is no page here. <Link to="/">Go to the start</Link>.
      </p>
    </section>
  );
}

export function App() {
  const path = usePath();
  const route = routeFor(path);
  const main = useRef<HTMLElement>(null);
  const firstRender = useRef(true);

  useEffect(() => {
    document.title = route ? `${route.title} · Trajectory` : 'Page not found · Trajectory';
    // After a navigation (not the first load), move focus to the page so screen readers announce it.
    if (firstRender.current) firstRender.current = false;
    else {
      main.current?.focus({ preventScroll: true });
      window.scrollTo(0, 0);
    }
  }, [path, route]);

  const Page = route?.Component;
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <div className="app-header__inner">
          <Link to="/" className="brand" aria-label="Trajectory, start">
            <Logo />
            <span>Trajectory</span>
          </Link>
          <nav className="nav" aria-label="Main">
            <ul>
              {ROUTES.map((item) => (
                <li key={item.path}>
                  <Link
                    to={item.path}
                    aria-current={item === route ? 'page' : undefined}
                    onMouseEnter={() => void item.preload()}
                    onFocus={() => void item.preload()}
                  >
                    {item.label}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        </div>
      </header>
      <ConnectionBanner />
      <main id="main" ref={main} tabIndex={-1}>
        <ErrorBoundary key={path}>
          <Suspense fallback={<p className="loading">Loading…</p>}>{Page ? <Page /> : <NotFound />}</Suspense>
        </ErrorBoundary>
      </main>
    </>
  );
}
