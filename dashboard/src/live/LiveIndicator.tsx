import type { LiveStatus } from './connection';
import { useLiveStatus } from './LiveStatusContext';
import './live.css';

const SHOWN: Record<LiveStatus, { label: string; tip: string }> = {
  connecting: { label: 'Connecting…', tip: 'Opening the live connection.' },
  live: { label: 'Live', tip: 'Live: new results and reports appear as they are uploaded.' },
  reconnecting: {
    label: 'Reconnecting…',
    tip: 'The live connection dropped; trying again. What arrives meanwhile is fetched once it is back.',
  },
  offline: {
    label: 'Offline',
    tip: 'No live connection: the pages show what they last loaded. Still trying to reconnect.',
  },
};

/**
 * The header's word on the live connection: a dot and a label of fixed width
 * (the header does not move when it changes), announced politely to screen
 * readers, with a tooltip saying what it means.
 */
export function LiveIndicator() {
  const status = useLiveStatus();
  const { label, tip } = SHOWN[status];
  return (
    <span className={`live-indicator live-${status}`} title={tip} data-status={status}>
      <span className="live-dot" aria-hidden="true" />
      <span aria-live="polite">{label}</span>
    </span>
  );
}
