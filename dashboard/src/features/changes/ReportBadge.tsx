import { graphql, useFragment, type FragmentType } from '../../gql';
import type { ReportColour } from '../../gql/graphql';

export const ReportBadge_ReportFragment = graphql(`
  fragment ReportBadge_Report on Report {
    colour
    summary
  }
`);

/**
 * Codespeed's report colours in words, so that the colour is never the only
 * sign (a reader who cannot tell red from green, or a screen reader).
 */
export const COLOUR_LABEL: Record<ReportColour, string> = {
  RED: 'Regression',
  GREEN: 'Improvement',
  YELLOW: 'Worsening trend',
  LIGHTGREEN: 'Improving trend',
  NONE: 'No significant change',
};

export const colourClass = (colour: ReportColour | null | undefined) => `tone-${(colour ?? 'NONE').toLowerCase()}`;

/** A dot in the report's colour, then its one-line summary. */
export function ReportBadge(props: { report: FragmentType<typeof ReportBadge_ReportFragment> | null | undefined }) {
  const report = useFragment(ReportBadge_ReportFragment, props.report);
  if (!report) return <span className="changes-badge tone-missing">no report</span>;
  return (
    <span className={`changes-badge ${colourClass(report.colour)}`} title={COLOUR_LABEL[report.colour]}>
      <span className="changes-dot" aria-hidden="true" />
      <span className="visually-hidden">{COLOUR_LABEL[report.colour]}: </span>
      {report.summary}
    </span>
  );
}

/** The revision's report as a band across the view: what a reader wants to know first. */
export function ReportBanner(props: {
  report: FragmentType<typeof ReportBadge_ReportFragment> | null | undefined;
  hasPrevious: boolean;
}) {
  const report = useFragment(ReportBadge_ReportFragment, props.report);
  if (!report) {
    return (
      <p className="changes-banner tone-missing">
        {props.hasPrevious
          ? 'No report for this revision yet: it is written when its results arrive.'
          : 'The first revision with results: nothing earlier to compare with.'}
      </p>
    );
  }
  const label = COLOUR_LABEL[report.colour];
  const quiet = report.colour === 'NONE';
  return (
    <p className={`changes-banner ${colourClass(report.colour)}`}>
      <span className="changes-dot" aria-hidden="true" />
      {quiet ? (
        capitalize(report.summary)
      ) : (
        <>
          <strong>{label}</strong>
          <span className="changes-banner-summary">{report.summary}</span>
        </>
      )}
    </p>
  );
}

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
