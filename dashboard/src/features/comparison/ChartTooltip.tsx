import { useContext, useSyncExternalStore } from 'react';
import { TipContext } from './tipStore';

const OFFSET = 14;
const nothing = () => null;
const noSubscription = () => () => {};

/**
 * The tooltip of the bar under the pointer, in HTML: it is never clipped by a
 * small panel's edges, and it flips to stay on screen. Text only: names come
 * from results and are never markup.
 */
export function ChartTooltip() {
  const store = useContext(TipContext);
  const state = useSyncExternalStore(store?.subscribe ?? noSubscription, store?.get ?? nothing, nothing);
  if (!state) return null;
  const left = state.x + OFFSET + 280 > window.innerWidth ? undefined : state.x + OFFSET;
  const right = left === undefined ? window.innerWidth - state.x + OFFSET : undefined;
  return (
    <div className="cmp-tooltip" role="tooltip" style={{ left, right, top: state.y + OFFSET }}>
      <strong>{state.tip.title}</strong>
      {state.tip.lines.map((line, i) => (
        <div key={i}>{line}</div>
      ))}
    </div>
  );
}
