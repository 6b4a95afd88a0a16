import type { ReportColour } from '../../gql/graphql';
import { REPORT_COLOURS } from './reportColour';

/** A report's one-line summary in its colour, with the colour's meaning for screen readers. */
export function ReportSummary({ colour, summary }: { colour: ReportColour; summary: string }) {
  const { className, label } = REPORT_COLOURS[colour];
  return (
    <span className={`report-summary ${className}`} title={label}>
      <span className="visually-hidden">{label}: </span>
      {summary}
    </span>
  );
}
