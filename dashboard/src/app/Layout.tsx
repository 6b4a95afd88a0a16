import { Suspense, useEffect } from 'react';
import { NavLink, Outlet } from 'react-router';
import { useViewer } from '../auth/useViewer';
import { LiveIndicator } from '../live/LiveIndicator';
import { AppMain } from './frame';
import { ThemeSwitch } from './ThemeSwitch';
import { useSiteSettings } from './useSiteSettings';

const VIEWS = [
  { to: '/', label: 'Home', end: true },
  { to: '/changes', label: 'Changes' },
  { to: '/timeline', label: 'Timeline' },
  { to: '/comparison', label: 'Comparison' },
];

/** The page frame: the site's name, the views, and the view itself (loaded when first opened). */
export function Layout() {
  const settings = useSiteSettings();
  const name = settings?.websiteName ?? 'Speedgraph';
  const { viewer } = useViewer();
  useEffect(() => {
    document.title = name;
  }, [name]);
  return (
    <div className="app">
      <header className="app-header">
        <a className="app-title" href="/">
          <img className="app-logo" src="/logo.svg" alt="" width={28} height={28} />
          {name}
        </a>
        <nav className="app-nav" aria-label="Views">
          {VIEWS.map((view) => (
            <NavLink key={view.to} to={view.to} end={view.end}>
              {view.label}
            </NavLink>
          ))}
        </nav>
        <nav className="app-nav app-nav-secondary" aria-label="Site">
          <NavLink to="/admin">Admin</NavLink>
          {viewer && (
            <span className="app-user" title={`Signed in as ${viewer.username}`}>
              <span className="visually-hidden">Signed in as </span>
              {viewer.username}
            </span>
          )}
          <NavLink to="/about">About</NavLink>
          <a href="/graphql">API</a>
        </nav>
        <LiveIndicator />
        <ThemeSwitch />
      </header>
      <AppMain>
        <Suspense
          fallback={
            <p className="status" aria-busy="true">
              Loading…
            </p>
          }
        >
          <Outlet />
        </Suspense>
      </AppMain>
    </div>
  );
}
