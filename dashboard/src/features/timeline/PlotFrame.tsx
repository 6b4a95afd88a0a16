import type { ReactNode } from 'react';
import './plot.css';

/**
 * The box a plot occupies, holding a message while there is no plot: loading,
 * an error, nothing to draw. It keeps the plot's height, so the page does not
 * jump when the plot arrives.
 */
export function PlotFrame({ children, busy = false, title }: { children: ReactNode; busy?: boolean; title?: string }) {
  return (
    <section className="tl-panel tl-frame" aria-busy={busy} aria-label={title}>
      {title && <h2>{title}</h2>}
      <div className="tl-frame-body">
        <div className={busy ? 'status tl-loading' : 'status'}>{children}</div>
      </div>
    </section>
  );
}
