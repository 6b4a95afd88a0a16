/** The changes view of a revision, as the Changes view reads its address. */
export const changesHref = (revisionId: string, executableId: string, environmentId: string) =>
  `/changes?rev=${encodeURIComponent(revisionId)}&exe=${encodeURIComponent(executableId)}&env=${encodeURIComponent(environmentId)}`;
