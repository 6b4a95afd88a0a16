import type { ReportColour } from '../../gql/graphql';

/**
 * How each report colour reads: a CSS class for the colour and a word for
 * people who do not see it (screen readers, colour blindness), so the colour
 * is never the only signal.
 */
export const REPORT_COLOURS: Record<ReportColour, { className: string; label: string }> = {
  RED: { className: 'report-red', label: 'Regression' },
  GREEN: { className: 'report-green', label: 'Improvement' },
  YELLOW: { className: 'report-yellow', label: 'Trend getting worse' },
  LIGHTGREEN: { className: 'report-lightgreen', label: 'Trend getting better' },
  NONE: { className: 'report-none', label: 'No significant change' },
};
