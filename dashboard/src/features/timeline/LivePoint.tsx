import { Point, type PointProps } from 'victory';
import type { LineDatum } from '../../charts/series';
import { useIsFresh } from './freshPoints';

/**
 * A plotted point (Victory's Point) that is marked `tl-point-fresh` for a
 * moment after it arrived over the live connection (plot.css makes it pulse).
 */
export function LivePoint(props: PointProps) {
  const datum = props.datum as LineDatum | undefined;
  const fresh = useIsFresh(datum ? `${datum.seriesKey}@${datum.point.revisionId}` : '');
  const className = [props.className, fresh && 'tl-point-fresh'].filter(Boolean).join(' ');
  return <Point {...props} className={className} />;
}
