/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query SiteSettings {\n    siteSettings {\n      websiteName\n      defaultEnvironment\n      defaultExecutable\n      defaultBenchmark\n      defaultBaseline\n      timelineLimit\n      timelineGridLimit\n      trendDepth\n      changeThreshold\n      trendThreshold\n      showAuthorEmailAddress\n    }\n  }\n": typeof types.SiteSettingsDocument,
    "\n  query Viewer {\n    viewer {\n      id\n      username\n      isAdmin\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  fragment RepositoryState_Project on Project {\n    id\n    name\n    repository {\n      kind\n      implementation\n      state\n      progress\n      phase\n      error\n      lastSyncedAt\n      lastAttemptAt\n    }\n  }\n": typeof types.RepositoryState_ProjectFragmentDoc,
    "\n  query AdminRepositoryStatus($id: ID!) {\n    project(id: $id) {\n      ...RepositoryState_Project\n    }\n  }\n": typeof types.AdminRepositoryStatusDocument,
    "\n  mutation AdminSyncRepository($input: SyncRepositoryInput!) {\n    syncRepository(input: $input) {\n      project {\n        ...RepositoryState_Project\n      }\n    }\n  }\n": typeof types.AdminSyncRepositoryDocument,
    "\n  fragment BenchmarksSection_Benchmark on Benchmark {\n    id\n    name\n    description\n    units\n    unitsTitle\n    lessIsBetter\n    benchmarkType\n    dataType\n    defaultOnComparison\n    parent {\n      id\n      name\n    }\n  }\n": typeof types.BenchmarksSection_BenchmarkFragmentDoc,
    "\n  query AdminBenchmarks {\n    benchmarks(first: 500) {\n      totalCount\n      nodes {\n        ...BenchmarksSection_Benchmark\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.AdminBenchmarksDocument,
    "\n  query AdminBenchmarksPage($after: String!) {\n    benchmarks(first: 500, after: $after) {\n      nodes {\n        ...BenchmarksSection_Benchmark\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.AdminBenchmarksPageDocument,
    "\n  mutation AdminCreateBenchmark($input: CreateBenchmarkInput!) {\n    createBenchmark(input: $input) {\n      benchmark {\n        id\n      }\n    }\n  }\n": typeof types.AdminCreateBenchmarkDocument,
    "\n  mutation AdminUpdateBenchmark($input: UpdateBenchmarkInput!) {\n    updateBenchmark(input: $input) {\n      benchmark {\n        id\n      }\n    }\n  }\n": typeof types.AdminUpdateBenchmarkDocument,
    "\n  mutation AdminDeleteBenchmark($input: DeleteInput!) {\n    deleteBenchmark(input: $input) {\n      deletedId\n    }\n  }\n": typeof types.AdminDeleteBenchmarkDocument,
    "\n  query AdminEnvironments {\n    environments(first: 500) {\n      totalCount\n      nodes {\n        id\n        name\n        cpu\n        memory\n        os\n        kernel\n      }\n    }\n  }\n": typeof types.AdminEnvironmentsDocument,
    "\n  mutation AdminCreateEnvironment($input: CreateEnvironmentInput!) {\n    createEnvironment(input: $input) {\n      environment {\n        id\n      }\n    }\n  }\n": typeof types.AdminCreateEnvironmentDocument,
    "\n  mutation AdminUpdateEnvironment($input: UpdateEnvironmentInput!) {\n    updateEnvironment(input: $input) {\n      environment {\n        id\n        name\n        cpu\n        memory\n        os\n        kernel\n      }\n    }\n  }\n": typeof types.AdminUpdateEnvironmentDocument,
    "\n  mutation AdminDeleteEnvironment($input: DeleteInput!) {\n    deleteEnvironment(input: $input) {\n      deletedId\n    }\n  }\n": typeof types.AdminDeleteEnvironmentDocument,
    "\n  mutation AdminCreateBranch($input: CreateBranchInput!) {\n    createBranch(input: $input) {\n      branch {\n        id\n      }\n    }\n  }\n": typeof types.AdminCreateBranchDocument,
    "\n  mutation AdminUpdateBranch($input: UpdateBranchInput!) {\n    updateBranch(input: $input) {\n      branch {\n        id\n        name\n        displayOnComparisonPage\n      }\n    }\n  }\n": typeof types.AdminUpdateBranchDocument,
    "\n  mutation AdminDeleteBranch($input: DeleteInput!) {\n    deleteBranch(input: $input) {\n      deletedId\n    }\n  }\n": typeof types.AdminDeleteBranchDocument,
    "\n  mutation AdminCreateExecutable($input: CreateExecutableInput!) {\n    createExecutable(input: $input) {\n      executable {\n        id\n      }\n    }\n  }\n": typeof types.AdminCreateExecutableDocument,
    "\n  mutation AdminUpdateExecutable($input: UpdateExecutableInput!) {\n    updateExecutable(input: $input) {\n      executable {\n        id\n        name\n        description\n      }\n    }\n  }\n": typeof types.AdminUpdateExecutableDocument,
    "\n  mutation AdminDeleteExecutable($input: DeleteInput!) {\n    deleteExecutable(input: $input) {\n      deletedId\n    }\n  }\n": typeof types.AdminDeleteExecutableDocument,
    "\n  query AdminProjects {\n    projects(first: 500) {\n      totalCount\n      nodes {\n        id\n        name\n        repositoryType\n        repositoryUrl\n        repositoryUser\n        hasRepositoryPassword\n        commitBrowsingUrl\n        trackChanges\n        defaultBranch\n        branches {\n          id\n          name\n          displayOnComparisonPage\n        }\n        executables {\n          id\n          name\n          description\n        }\n        ...RepositoryState_Project\n      }\n    }\n  }\n": typeof types.AdminProjectsDocument,
    "\n  mutation AdminCreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      project {\n        id\n      }\n    }\n  }\n": typeof types.AdminCreateProjectDocument,
    "\n  mutation AdminUpdateProject($input: UpdateProjectInput!) {\n    updateProject(input: $input) {\n      project {\n        id\n      }\n    }\n  }\n": typeof types.AdminUpdateProjectDocument,
    "\n  mutation AdminDeleteProject($input: DeleteInput!) {\n    deleteProject(input: $input) {\n      deletedId\n    }\n  }\n": typeof types.AdminDeleteProjectDocument,
    "\n  mutation AdminRecalculateReports($input: RecalculateReportsInput!) {\n    recalculateReports(input: $input) {\n      reportsWritten\n    }\n  }\n": typeof types.AdminRecalculateReportsDocument,
    "\n  mutation AdminSignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      token\n      apiToken {\n        id\n      }\n    }\n  }\n": typeof types.AdminSignInDocument,
    "\n  query AdminApiTokens {\n    apiTokens(first: 500) {\n      totalCount\n      nodes {\n        id\n        name\n        prefix\n        createdAt\n        lastUsedAt\n      }\n    }\n  }\n": typeof types.AdminApiTokensDocument,
    "\n  mutation AdminCreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken {\n        id\n        name\n      }\n    }\n  }\n": typeof types.AdminCreateApiTokenDocument,
    "\n  mutation AdminRevokeApiToken($input: DeleteInput!) {\n    revokeApiToken(input: $input) {\n      deletedId\n    }\n  }\n": typeof types.AdminRevokeApiTokenDocument,
    "\n  fragment ChangesDetails_Executable on Executable {\n    name\n    description\n    project {\n      name\n    }\n  }\n": typeof types.ChangesDetails_ExecutableFragmentDoc,
    "\n  fragment ChangesDetails_Environment on Environment {\n    name\n    cpu\n    memory\n    os\n    kernel\n  }\n": typeof types.ChangesDetails_EnvironmentFragmentDoc,
    "\n  fragment ChangesTable_Quantity on ChangesQuantity {\n    unitsTitle\n    units\n    lessIsBetter\n    hasStdDev\n    hasMin\n    hasMax\n    precision\n    averageChange {\n      percent\n      infinite\n      significance\n    }\n    averageTrend {\n      percent\n      infinite\n      significance\n    }\n    rows {\n      benchmark {\n        id\n        name\n        description\n      }\n      value\n      stdDev\n      min\n      max\n      change {\n        percent\n        infinite\n        significance\n      }\n      trend {\n        percent\n        infinite\n        significance\n      }\n    }\n  }\n": typeof types.ChangesTable_QuantityFragmentDoc,
    "\n  query CommitLog($revisionId: ID!, $first: Int!, $after: String) {\n    revision(id: $revisionId) {\n      id\n      author\n      authorEmail\n      message\n      url\n      commitLogStatus\n      branch {\n        id\n      }\n      commits(first: $first, after: $after) {\n        totalCount\n        nodes {\n          id\n          ...CommitLogList_Commit\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n      project {\n        id\n        repository {\n          state\n          error\n        }\n      }\n    }\n  }\n": typeof types.CommitLogDocument,
    "\n  fragment CommitLogList_Commit on Commit {\n    id\n    shortId\n    author\n    authorEmail\n    date\n    subject\n    body\n    tags\n    url\n  }\n": typeof types.CommitLogList_CommitFragmentDoc,
    "\n  fragment ReportBadge_Report on Report {\n    colour\n    summary\n  }\n": typeof types.ReportBadge_ReportFragmentDoc,
    "\n  fragment RevisionInfo_Revision on Revision {\n    commitId\n    date\n    author\n    message\n    tag\n    branch {\n      name\n    }\n    project {\n      name\n      commitBrowsingUrl\n    }\n  }\n": typeof types.RevisionInfo_RevisionFragmentDoc,
    "\n  fragment RevisionNav_Revision on Revision {\n    id\n    commitId\n    date\n    tag\n  }\n": typeof types.RevisionNav_RevisionFragmentDoc,
    "\n  query ChangesPage($revisionId: ID, $executableId: ID, $environmentId: ID, $trendDepth: Int) {\n    changes(\n      revisionId: $revisionId\n      executableId: $executableId\n      environmentId: $environmentId\n      trendDepth: $trendDepth\n    ) {\n      trendDepth\n      revision {\n        id\n        commitId\n        date\n        tag\n        branch {\n          id\n          name\n        }\n        project {\n          id\n          name\n        }\n        ...RevisionInfo_Revision\n      }\n      executable {\n        id\n        name\n        ...ChangesDetails_Executable\n      }\n      environment {\n        id\n        name\n        ...ChangesDetails_Environment\n      }\n      report {\n        id\n        ...ReportBadge_Report\n      }\n      previousRevision {\n        ...RevisionNav_Revision\n      }\n      previousReport {\n        id\n        ...ReportBadge_Report\n      }\n      nextRevision {\n        ...RevisionNav_Revision\n      }\n      nextReport {\n        id\n        ...ReportBadge_Report\n      }\n      quantities {\n        unitsTitle\n        ...ChangesTable_Quantity\n      }\n    }\n  }\n": typeof types.ChangesPageDocument,
    "\n  query ChangesControls {\n    environments(first: 500) {\n      nodes {\n        id\n        name\n      }\n    }\n    projects(first: 500) {\n      nodes {\n        id\n        name\n        trackChanges\n        defaultBranch\n        branches {\n          id\n          name\n        }\n        executables {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.ChangesControlsDocument,
    "\n  query ChangesRevisionChoices($projectId: ID!, $branch: String, $executableId: ID!, $environmentId: ID!) {\n    revisions(projectId: $projectId, branch: $branch, first: 20) {\n      nodes {\n        id\n        commitId\n        date\n        tag\n      }\n    }\n    reports(projectId: $projectId, executableId: $executableId, environmentId: $environmentId, first: 100) {\n      nodes {\n        id\n        colour\n        summary\n        revision {\n          id\n        }\n      }\n    }\n  }\n": typeof types.ChangesRevisionChoicesDocument,
    "\n  subscription ChangesReportUpdated($filter: ReportUpdatedFilter) {\n    reportUpdated(filter: $filter) {\n      revision {\n        id\n      }\n    }\n  }\n": typeof types.ChangesReportUpdatedDocument,
    "\n  subscription CommitLogRevisionUpdated($filter: RevisionUpdatedFilter) {\n    revisionUpdated(filter: $filter) {\n      revision {\n        id\n        branchId\n      }\n    }\n  }\n": typeof types.CommitLogRevisionUpdatedDocument,
    "\n  fragment ComparisonQuantitySection_Quantity on ComparisonQuantity {\n    unitsTitle\n    units\n    lessIsBetter\n    benchmarks {\n      id\n      name\n    }\n    series {\n      columnKey\n      environment {\n        id\n      }\n      revision {\n        commitId\n        tag\n      }\n      geometricMean\n      points {\n        benchmarkId\n        value\n        stdDev\n        normalized\n      }\n    }\n  }\n": typeof types.ComparisonQuantitySection_QuantityFragmentDoc,
    "\n  fragment ComparisonPage_Benchmark on Benchmark {\n    id\n    benchmarkType\n    defaultOnComparison\n    ...ComparisonBenchmarkPicker_Benchmark\n  }\n": typeof types.ComparisonPage_BenchmarkFragmentDoc,
    "\n  query ComparisonOptions {\n    comparisonSettings {\n      chartType\n      orientation\n      normalization\n    }\n    comparisonColumns {\n      key\n      label\n      ...ComparisonColumnPicker_Column\n    }\n    benchmarks(first: 500) {\n      nodes {\n        ...ComparisonPage_Benchmark\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n    environments(first: 500) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ComparisonOptionsDocument,
    "\n  query ComparisonBenchmarksPage($after: String!) {\n    benchmarks(first: 500, after: $after) {\n      nodes {\n        ...ComparisonPage_Benchmark\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.ComparisonBenchmarksPageDocument,
    "\n  query Comparison($input: ComparisonInput) {\n    comparison(input: $input) {\n      columns {\n        key\n        label\n      }\n      baseline {\n        key\n        label\n      }\n      environments {\n        id\n        name\n      }\n      quantities {\n        unitsTitle\n        ...ComparisonQuantitySection_Quantity\n      }\n    }\n  }\n": typeof types.ComparisonDocument,
    "\n  fragment ComparisonBenchmarkPicker_Benchmark on Benchmark {\n    id\n    name\n    description\n    unitsTitle\n    units\n  }\n": typeof types.ComparisonBenchmarkPicker_BenchmarkFragmentDoc,
    "\n  fragment ComparisonColumnPicker_Column on ComparisonColumn {\n    key\n    label\n    kind\n    tag\n    project {\n      id\n      name\n      defaultBranch\n    }\n    executable {\n      id\n      name\n    }\n    branch {\n      name\n    }\n    revision {\n      commitId\n      date\n    }\n  }\n": typeof types.ComparisonColumnPicker_ColumnFragmentDoc,
    "\n  fragment ProjectCard_Project on Project {\n    id\n    name\n    defaultBranch\n    executables {\n      id\n      name\n    }\n  }\n": typeof types.ProjectCard_ProjectFragmentDoc,
    "\n  query ProjectLatest($projectId: ID!) {\n    revisions(projectId: $projectId, first: 1) {\n      totalCount\n      nodes {\n        id\n        commitId\n        date\n      }\n    }\n    reports(projectId: $projectId, first: 1) {\n      nodes {\n        id\n        ...ReportRow_Report\n      }\n    }\n  }\n": typeof types.ProjectLatestDocument,
    "\n  fragment ReportRow_Report on Report {\n    id\n    summary\n    colour\n    significant\n    revision {\n      id\n      commitId\n      date\n      tag\n      branch {\n        id\n        name\n      }\n    }\n    executable {\n      id\n      name\n      project {\n        id\n        name\n        defaultBranch\n      }\n    }\n    environment {\n      id\n      name\n    }\n  }\n": typeof types.ReportRow_ReportFragmentDoc,
    "\n  query HomeStatus {\n    projects(first: 50) {\n      totalCount\n      nodes {\n        id\n        name\n        trackChanges\n        ...ProjectCard_Project\n      }\n    }\n    environments(first: 5) {\n      totalCount\n      nodes {\n        id\n        name\n      }\n    }\n  }\n": typeof types.HomeStatusDocument,
    "\n  query LatestReports($first: Int!, $significantOnly: Boolean!) {\n    reports(first: $first, significantOnly: $significantOnly) {\n      totalCount\n      pageInfo {\n        hasNextPage\n      }\n      nodes {\n        id\n        ...ReportRow_Report\n      }\n    }\n  }\n": typeof types.LatestReportsDocument,
    "\n  subscription HomeReportUpdated {\n    reportUpdated {\n      revision {\n        id\n      }\n    }\n  }\n": typeof types.HomeReportUpdatedDocument,
    "\n  fragment BaselinePicker_Column on ComparisonColumn {\n    key\n    kind\n    label\n    tag\n    executable {\n      id\n      name\n    }\n    revision {\n      id\n      commitId\n    }\n    branch {\n      name\n    }\n  }\n": typeof types.BaselinePicker_ColumnFragmentDoc,
    "\n  fragment BenchmarkPicker_Benchmark on Benchmark {\n    id\n    name\n    units\n    unitsTitle\n  }\n": typeof types.BenchmarkPicker_BenchmarkFragmentDoc,
    "\n  fragment ExecutablePicker_Project on Project {\n    id\n    name\n    trackChanges\n    defaultBranch\n    branches {\n      id\n      name\n    }\n    executables {\n      id\n      name\n    }\n  }\n": typeof types.ExecutablePicker_ProjectFragmentDoc,
    "\n  fragment GridCard_BenchmarkTimeline on BenchmarkTimeline {\n    baselineValue\n    benchmark {\n      id\n      name\n      units\n      unitsTitle\n      dataType\n      lessIsBetter\n    }\n    series {\n      branch {\n        id\n        name\n      }\n      executable {\n        id\n        name\n        project {\n          id\n          defaultBranch\n        }\n      }\n      points {\n        revisionId\n        commitId\n        date\n        orderedAt\n        tag\n        value\n      }\n    }\n  }\n": typeof types.GridCard_BenchmarkTimelineFragmentDoc,
    "\n  fragment TimelinePlots_BenchmarkTimeline on BenchmarkTimeline {\n    baselineValue\n    benchmark {\n      id\n      name\n      units\n      unitsTitle\n      dataType\n      lessIsBetter\n    }\n    series {\n      branch {\n        id\n        name\n      }\n      executable {\n        id\n        name\n        project {\n          id\n          defaultBranch\n        }\n      }\n      points {\n        revisionId\n        commitId\n        date\n        orderedAt\n        tag\n        value\n        stdDev\n        min\n        max\n        q1\n        q3\n      }\n    }\n  }\n": typeof types.TimelinePlots_BenchmarkTimelineFragmentDoc,
    "\n  fragment TimelineSidebar_Environment on Environment {\n    id\n    name\n  }\n": typeof types.TimelineSidebar_EnvironmentFragmentDoc,
    "\n  query TimelineOptions {\n    environments(first: 500) {\n      nodes {\n        ...TimelineSidebar_Environment\n      }\n    }\n    projects(first: 500) {\n      nodes {\n        ...ExecutablePicker_Project\n      }\n    }\n    benchmarks(first: 500) {\n      nodes {\n        ...BenchmarkPicker_Benchmark\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n    comparisonColumns {\n      ...BaselinePicker_Column\n    }\n  }\n": typeof types.TimelineOptionsDocument,
    "\n  query TimelineBenchmarksPage($after: String!) {\n    benchmarks(first: 500, after: $after) {\n      nodes {\n        ...BenchmarkPicker_Benchmark\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.TimelineBenchmarksPageDocument,
    "\n  query Timeline($input: TimelineInput!) {\n    timeline(input: $input) {\n      scope {\n        ...TimelineScope_Scope\n      }\n      benchmarks {\n        ...TimelinePlots_BenchmarkTimeline\n      }\n    }\n  }\n": typeof types.TimelineDocument,
    "\n  query TimelineGrid($input: TimelineGridInput!) {\n    timelineGrid(input: $input) {\n      scope {\n        ...TimelineScope_Scope\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...GridCard_BenchmarkTimeline\n      }\n    }\n  }\n": typeof types.TimelineGridDocument,
    "\n  fragment TimelineScope_Scope on TimelineScope {\n    environment {\n      id\n      name\n    }\n    executables {\n      id\n    }\n    branches\n    limit\n    baseline {\n      executable {\n        id\n        name\n      }\n      revision {\n        id\n        tag\n        commitId\n      }\n    }\n  }\n": typeof types.TimelineScope_ScopeFragmentDoc,
    "\n  subscription TimelineResultsAdded($filter: ResultsAddedFilter) {\n    resultsAdded(filter: $filter) {\n      results {\n        benchmarkId\n        executableId\n        environmentId\n        value\n        stdDev\n        min\n        max\n        q1\n        q3\n        revision {\n          id\n          branchId\n          commitId\n          date\n          tag\n        }\n      }\n    }\n  }\n": typeof types.TimelineResultsAddedDocument,
};
const documents: Documents = {
    "\n  query SiteSettings {\n    siteSettings {\n      websiteName\n      defaultEnvironment\n      defaultExecutable\n      defaultBenchmark\n      defaultBaseline\n      timelineLimit\n      timelineGridLimit\n      trendDepth\n      changeThreshold\n      trendThreshold\n      showAuthorEmailAddress\n    }\n  }\n": types.SiteSettingsDocument,
    "\n  query Viewer {\n    viewer {\n      id\n      username\n      isAdmin\n    }\n  }\n": types.ViewerDocument,
    "\n  fragment RepositoryState_Project on Project {\n    id\n    name\n    repository {\n      kind\n      implementation\n      state\n      progress\n      phase\n      error\n      lastSyncedAt\n      lastAttemptAt\n    }\n  }\n": types.RepositoryState_ProjectFragmentDoc,
    "\n  query AdminRepositoryStatus($id: ID!) {\n    project(id: $id) {\n      ...RepositoryState_Project\n    }\n  }\n": types.AdminRepositoryStatusDocument,
    "\n  mutation AdminSyncRepository($input: SyncRepositoryInput!) {\n    syncRepository(input: $input) {\n      project {\n        ...RepositoryState_Project\n      }\n    }\n  }\n": types.AdminSyncRepositoryDocument,
    "\n  fragment BenchmarksSection_Benchmark on Benchmark {\n    id\n    name\n    description\n    units\n    unitsTitle\n    lessIsBetter\n    benchmarkType\n    dataType\n    defaultOnComparison\n    parent {\n      id\n      name\n    }\n  }\n": types.BenchmarksSection_BenchmarkFragmentDoc,
    "\n  query AdminBenchmarks {\n    benchmarks(first: 500) {\n      totalCount\n      nodes {\n        ...BenchmarksSection_Benchmark\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.AdminBenchmarksDocument,
    "\n  query AdminBenchmarksPage($after: String!) {\n    benchmarks(first: 500, after: $after) {\n      nodes {\n        ...BenchmarksSection_Benchmark\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.AdminBenchmarksPageDocument,
    "\n  mutation AdminCreateBenchmark($input: CreateBenchmarkInput!) {\n    createBenchmark(input: $input) {\n      benchmark {\n        id\n      }\n    }\n  }\n": types.AdminCreateBenchmarkDocument,
    "\n  mutation AdminUpdateBenchmark($input: UpdateBenchmarkInput!) {\n    updateBenchmark(input: $input) {\n      benchmark {\n        id\n      }\n    }\n  }\n": types.AdminUpdateBenchmarkDocument,
    "\n  mutation AdminDeleteBenchmark($input: DeleteInput!) {\n    deleteBenchmark(input: $input) {\n      deletedId\n    }\n  }\n": types.AdminDeleteBenchmarkDocument,
    "\n  query AdminEnvironments {\n    environments(first: 500) {\n      totalCount\n      nodes {\n        id\n        name\n        cpu\n        memory\n        os\n        kernel\n      }\n    }\n  }\n": types.AdminEnvironmentsDocument,
    "\n  mutation AdminCreateEnvironment($input: CreateEnvironmentInput!) {\n    createEnvironment(input: $input) {\n      environment {\n        id\n      }\n    }\n  }\n": types.AdminCreateEnvironmentDocument,
    "\n  mutation AdminUpdateEnvironment($input: UpdateEnvironmentInput!) {\n    updateEnvironment(input: $input) {\n      environment {\n        id\n        name\n        cpu\n        memory\n        os\n        kernel\n      }\n    }\n  }\n": types.AdminUpdateEnvironmentDocument,
    "\n  mutation AdminDeleteEnvironment($input: DeleteInput!) {\n    deleteEnvironment(input: $input) {\n      deletedId\n    }\n  }\n": types.AdminDeleteEnvironmentDocument,
    "\n  mutation AdminCreateBranch($input: CreateBranchInput!) {\n    createBranch(input: $input) {\n      branch {\n        id\n      }\n    }\n  }\n": types.AdminCreateBranchDocument,
    "\n  mutation AdminUpdateBranch($input: UpdateBranchInput!) {\n    updateBranch(input: $input) {\n      branch {\n        id\n        name\n        displayOnComparisonPage\n      }\n    }\n  }\n": types.AdminUpdateBranchDocument,
    "\n  mutation AdminDeleteBranch($input: DeleteInput!) {\n    deleteBranch(input: $input) {\n      deletedId\n    }\n  }\n": types.AdminDeleteBranchDocument,
    "\n  mutation AdminCreateExecutable($input: CreateExecutableInput!) {\n    createExecutable(input: $input) {\n      executable {\n        id\n      }\n    }\n  }\n": types.AdminCreateExecutableDocument,
    "\n  mutation AdminUpdateExecutable($input: UpdateExecutableInput!) {\n    updateExecutable(input: $input) {\n      executable {\n        id\n        name\n        description\n      }\n    }\n  }\n": types.AdminUpdateExecutableDocument,
    "\n  mutation AdminDeleteExecutable($input: DeleteInput!) {\n    deleteExecutable(input: $input) {\n      deletedId\n    }\n  }\n": types.AdminDeleteExecutableDocument,
    "\n  query AdminProjects {\n    projects(first: 500) {\n      totalCount\n      nodes {\n        id\n        name\n        repositoryType\n        repositoryUrl\n        repositoryUser\n        hasRepositoryPassword\n        commitBrowsingUrl\n        trackChanges\n        defaultBranch\n        branches {\n          id\n          name\n          displayOnComparisonPage\n        }\n        executables {\n          id\n          name\n          description\n        }\n        ...RepositoryState_Project\n      }\n    }\n  }\n": types.AdminProjectsDocument,
    "\n  mutation AdminCreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      project {\n        id\n      }\n    }\n  }\n": types.AdminCreateProjectDocument,
    "\n  mutation AdminUpdateProject($input: UpdateProjectInput!) {\n    updateProject(input: $input) {\n      project {\n        id\n      }\n    }\n  }\n": types.AdminUpdateProjectDocument,
    "\n  mutation AdminDeleteProject($input: DeleteInput!) {\n    deleteProject(input: $input) {\n      deletedId\n    }\n  }\n": types.AdminDeleteProjectDocument,
    "\n  mutation AdminRecalculateReports($input: RecalculateReportsInput!) {\n    recalculateReports(input: $input) {\n      reportsWritten\n    }\n  }\n": types.AdminRecalculateReportsDocument,
    "\n  mutation AdminSignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      token\n      apiToken {\n        id\n      }\n    }\n  }\n": types.AdminSignInDocument,
    "\n  query AdminApiTokens {\n    apiTokens(first: 500) {\n      totalCount\n      nodes {\n        id\n        name\n        prefix\n        createdAt\n        lastUsedAt\n      }\n    }\n  }\n": types.AdminApiTokensDocument,
    "\n  mutation AdminCreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken {\n        id\n        name\n      }\n    }\n  }\n": types.AdminCreateApiTokenDocument,
    "\n  mutation AdminRevokeApiToken($input: DeleteInput!) {\n    revokeApiToken(input: $input) {\n      deletedId\n    }\n  }\n": types.AdminRevokeApiTokenDocument,
    "\n  fragment ChangesDetails_Executable on Executable {\n    name\n    description\n    project {\n      name\n    }\n  }\n": types.ChangesDetails_ExecutableFragmentDoc,
    "\n  fragment ChangesDetails_Environment on Environment {\n    name\n    cpu\n    memory\n    os\n    kernel\n  }\n": types.ChangesDetails_EnvironmentFragmentDoc,
    "\n  fragment ChangesTable_Quantity on ChangesQuantity {\n    unitsTitle\n    units\n    lessIsBetter\n    hasStdDev\n    hasMin\n    hasMax\n    precision\n    averageChange {\n      percent\n      infinite\n      significance\n    }\n    averageTrend {\n      percent\n      infinite\n      significance\n    }\n    rows {\n      benchmark {\n        id\n        name\n        description\n      }\n      value\n      stdDev\n      min\n      max\n      change {\n        percent\n        infinite\n        significance\n      }\n      trend {\n        percent\n        infinite\n        significance\n      }\n    }\n  }\n": types.ChangesTable_QuantityFragmentDoc,
    "\n  query CommitLog($revisionId: ID!, $first: Int!, $after: String) {\n    revision(id: $revisionId) {\n      id\n      author\n      authorEmail\n      message\n      url\n      commitLogStatus\n      branch {\n        id\n      }\n      commits(first: $first, after: $after) {\n        totalCount\n        nodes {\n          id\n          ...CommitLogList_Commit\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n      project {\n        id\n        repository {\n          state\n          error\n        }\n      }\n    }\n  }\n": types.CommitLogDocument,
    "\n  fragment CommitLogList_Commit on Commit {\n    id\n    shortId\n    author\n    authorEmail\n    date\n    subject\n    body\n    tags\n    url\n  }\n": types.CommitLogList_CommitFragmentDoc,
    "\n  fragment ReportBadge_Report on Report {\n    colour\n    summary\n  }\n": types.ReportBadge_ReportFragmentDoc,
    "\n  fragment RevisionInfo_Revision on Revision {\n    commitId\n    date\n    author\n    message\n    tag\n    branch {\n      name\n    }\n    project {\n      name\n      commitBrowsingUrl\n    }\n  }\n": types.RevisionInfo_RevisionFragmentDoc,
    "\n  fragment RevisionNav_Revision on Revision {\n    id\n    commitId\n    date\n    tag\n  }\n": types.RevisionNav_RevisionFragmentDoc,
    "\n  query ChangesPage($revisionId: ID, $executableId: ID, $environmentId: ID, $trendDepth: Int) {\n    changes(\n      revisionId: $revisionId\n      executableId: $executableId\n      environmentId: $environmentId\n      trendDepth: $trendDepth\n    ) {\n      trendDepth\n      revision {\n        id\n        commitId\n        date\n        tag\n        branch {\n          id\n          name\n        }\n        project {\n          id\n          name\n        }\n        ...RevisionInfo_Revision\n      }\n      executable {\n        id\n        name\n        ...ChangesDetails_Executable\n      }\n      environment {\n        id\n        name\n        ...ChangesDetails_Environment\n      }\n      report {\n        id\n        ...ReportBadge_Report\n      }\n      previousRevision {\n        ...RevisionNav_Revision\n      }\n      previousReport {\n        id\n        ...ReportBadge_Report\n      }\n      nextRevision {\n        ...RevisionNav_Revision\n      }\n      nextReport {\n        id\n        ...ReportBadge_Report\n      }\n      quantities {\n        unitsTitle\n        ...ChangesTable_Quantity\n      }\n    }\n  }\n": types.ChangesPageDocument,
    "\n  query ChangesControls {\n    environments(first: 500) {\n      nodes {\n        id\n        name\n      }\n    }\n    projects(first: 500) {\n      nodes {\n        id\n        name\n        trackChanges\n        defaultBranch\n        branches {\n          id\n          name\n        }\n        executables {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.ChangesControlsDocument,
    "\n  query ChangesRevisionChoices($projectId: ID!, $branch: String, $executableId: ID!, $environmentId: ID!) {\n    revisions(projectId: $projectId, branch: $branch, first: 20) {\n      nodes {\n        id\n        commitId\n        date\n        tag\n      }\n    }\n    reports(projectId: $projectId, executableId: $executableId, environmentId: $environmentId, first: 100) {\n      nodes {\n        id\n        colour\n        summary\n        revision {\n          id\n        }\n      }\n    }\n  }\n": types.ChangesRevisionChoicesDocument,
    "\n  subscription ChangesReportUpdated($filter: ReportUpdatedFilter) {\n    reportUpdated(filter: $filter) {\n      revision {\n        id\n      }\n    }\n  }\n": types.ChangesReportUpdatedDocument,
    "\n  subscription CommitLogRevisionUpdated($filter: RevisionUpdatedFilter) {\n    revisionUpdated(filter: $filter) {\n      revision {\n        id\n        branchId\n      }\n    }\n  }\n": types.CommitLogRevisionUpdatedDocument,
    "\n  fragment ComparisonQuantitySection_Quantity on ComparisonQuantity {\n    unitsTitle\n    units\n    lessIsBetter\n    benchmarks {\n      id\n      name\n    }\n    series {\n      columnKey\n      environment {\n        id\n      }\n      revision {\n        commitId\n        tag\n      }\n      geometricMean\n      points {\n        benchmarkId\n        value\n        stdDev\n        normalized\n      }\n    }\n  }\n": types.ComparisonQuantitySection_QuantityFragmentDoc,
    "\n  fragment ComparisonPage_Benchmark on Benchmark {\n    id\n    benchmarkType\n    defaultOnComparison\n    ...ComparisonBenchmarkPicker_Benchmark\n  }\n": types.ComparisonPage_BenchmarkFragmentDoc,
    "\n  query ComparisonOptions {\n    comparisonSettings {\n      chartType\n      orientation\n      normalization\n    }\n    comparisonColumns {\n      key\n      label\n      ...ComparisonColumnPicker_Column\n    }\n    benchmarks(first: 500) {\n      nodes {\n        ...ComparisonPage_Benchmark\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n    environments(first: 500) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n": types.ComparisonOptionsDocument,
    "\n  query ComparisonBenchmarksPage($after: String!) {\n    benchmarks(first: 500, after: $after) {\n      nodes {\n        ...ComparisonPage_Benchmark\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.ComparisonBenchmarksPageDocument,
    "\n  query Comparison($input: ComparisonInput) {\n    comparison(input: $input) {\n      columns {\n        key\n        label\n      }\n      baseline {\n        key\n        label\n      }\n      environments {\n        id\n        name\n      }\n      quantities {\n        unitsTitle\n        ...ComparisonQuantitySection_Quantity\n      }\n    }\n  }\n": types.ComparisonDocument,
    "\n  fragment ComparisonBenchmarkPicker_Benchmark on Benchmark {\n    id\n    name\n    description\n    unitsTitle\n    units\n  }\n": types.ComparisonBenchmarkPicker_BenchmarkFragmentDoc,
    "\n  fragment ComparisonColumnPicker_Column on ComparisonColumn {\n    key\n    label\n    kind\n    tag\n    project {\n      id\n      name\n      defaultBranch\n    }\n    executable {\n      id\n      name\n    }\n    branch {\n      name\n    }\n    revision {\n      commitId\n      date\n    }\n  }\n": types.ComparisonColumnPicker_ColumnFragmentDoc,
    "\n  fragment ProjectCard_Project on Project {\n    id\n    name\n    defaultBranch\n    executables {\n      id\n      name\n    }\n  }\n": types.ProjectCard_ProjectFragmentDoc,
    "\n  query ProjectLatest($projectId: ID!) {\n    revisions(projectId: $projectId, first: 1) {\n      totalCount\n      nodes {\n        id\n        commitId\n        date\n      }\n    }\n    reports(projectId: $projectId, first: 1) {\n      nodes {\n        id\n        ...ReportRow_Report\n      }\n    }\n  }\n": types.ProjectLatestDocument,
    "\n  fragment ReportRow_Report on Report {\n    id\n    summary\n    colour\n    significant\n    revision {\n      id\n      commitId\n      date\n      tag\n      branch {\n        id\n        name\n      }\n    }\n    executable {\n      id\n      name\n      project {\n        id\n        name\n        defaultBranch\n      }\n    }\n    environment {\n      id\n      name\n    }\n  }\n": types.ReportRow_ReportFragmentDoc,
    "\n  query HomeStatus {\n    projects(first: 50) {\n      totalCount\n      nodes {\n        id\n        name\n        trackChanges\n        ...ProjectCard_Project\n      }\n    }\n    environments(first: 5) {\n      totalCount\n      nodes {\n        id\n        name\n      }\n    }\n  }\n": types.HomeStatusDocument,
    "\n  query LatestReports($first: Int!, $significantOnly: Boolean!) {\n    reports(first: $first, significantOnly: $significantOnly) {\n      totalCount\n      pageInfo {\n        hasNextPage\n      }\n      nodes {\n        id\n        ...ReportRow_Report\n      }\n    }\n  }\n": types.LatestReportsDocument,
    "\n  subscription HomeReportUpdated {\n    reportUpdated {\n      revision {\n        id\n      }\n    }\n  }\n": types.HomeReportUpdatedDocument,
    "\n  fragment BaselinePicker_Column on ComparisonColumn {\n    key\n    kind\n    label\n    tag\n    executable {\n      id\n      name\n    }\n    revision {\n      id\n      commitId\n    }\n    branch {\n      name\n    }\n  }\n": types.BaselinePicker_ColumnFragmentDoc,
    "\n  fragment BenchmarkPicker_Benchmark on Benchmark {\n    id\n    name\n    units\n    unitsTitle\n  }\n": types.BenchmarkPicker_BenchmarkFragmentDoc,
    "\n  fragment ExecutablePicker_Project on Project {\n    id\n    name\n    trackChanges\n    defaultBranch\n    branches {\n      id\n      name\n    }\n    executables {\n      id\n      name\n    }\n  }\n": types.ExecutablePicker_ProjectFragmentDoc,
    "\n  fragment GridCard_BenchmarkTimeline on BenchmarkTimeline {\n    baselineValue\n    benchmark {\n      id\n      name\n      units\n      unitsTitle\n      dataType\n      lessIsBetter\n    }\n    series {\n      branch {\n        id\n        name\n      }\n      executable {\n        id\n        name\n        project {\n          id\n          defaultBranch\n        }\n      }\n      points {\n        revisionId\n        commitId\n        date\n        orderedAt\n        tag\n        value\n      }\n    }\n  }\n": types.GridCard_BenchmarkTimelineFragmentDoc,
    "\n  fragment TimelinePlots_BenchmarkTimeline on BenchmarkTimeline {\n    baselineValue\n    benchmark {\n      id\n      name\n      units\n      unitsTitle\n      dataType\n      lessIsBetter\n    }\n    series {\n      branch {\n        id\n        name\n      }\n      executable {\n        id\n        name\n        project {\n          id\n          defaultBranch\n        }\n      }\n      points {\n        revisionId\n        commitId\n        date\n        orderedAt\n        tag\n        value\n        stdDev\n        min\n        max\n        q1\n        q3\n      }\n    }\n  }\n": types.TimelinePlots_BenchmarkTimelineFragmentDoc,
    "\n  fragment TimelineSidebar_Environment on Environment {\n    id\n    name\n  }\n": types.TimelineSidebar_EnvironmentFragmentDoc,
    "\n  query TimelineOptions {\n    environments(first: 500) {\n      nodes {\n        ...TimelineSidebar_Environment\n      }\n    }\n    projects(first: 500) {\n      nodes {\n        ...ExecutablePicker_Project\n      }\n    }\n    benchmarks(first: 500) {\n      nodes {\n        ...BenchmarkPicker_Benchmark\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n    comparisonColumns {\n      ...BaselinePicker_Column\n    }\n  }\n": types.TimelineOptionsDocument,
    "\n  query TimelineBenchmarksPage($after: String!) {\n    benchmarks(first: 500, after: $after) {\n      nodes {\n        ...BenchmarkPicker_Benchmark\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.TimelineBenchmarksPageDocument,
    "\n  query Timeline($input: TimelineInput!) {\n    timeline(input: $input) {\n      scope {\n        ...TimelineScope_Scope\n      }\n      benchmarks {\n        ...TimelinePlots_BenchmarkTimeline\n      }\n    }\n  }\n": types.TimelineDocument,
    "\n  query TimelineGrid($input: TimelineGridInput!) {\n    timelineGrid(input: $input) {\n      scope {\n        ...TimelineScope_Scope\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...GridCard_BenchmarkTimeline\n      }\n    }\n  }\n": types.TimelineGridDocument,
    "\n  fragment TimelineScope_Scope on TimelineScope {\n    environment {\n      id\n      name\n    }\n    executables {\n      id\n    }\n    branches\n    limit\n    baseline {\n      executable {\n        id\n        name\n      }\n      revision {\n        id\n        tag\n        commitId\n      }\n    }\n  }\n": types.TimelineScope_ScopeFragmentDoc,
    "\n  subscription TimelineResultsAdded($filter: ResultsAddedFilter) {\n    resultsAdded(filter: $filter) {\n      results {\n        benchmarkId\n        executableId\n        environmentId\n        value\n        stdDev\n        min\n        max\n        q1\n        q3\n        revision {\n          id\n          branchId\n          commitId\n          date\n          tag\n        }\n      }\n    }\n  }\n": types.TimelineResultsAddedDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SiteSettings {\n    siteSettings {\n      websiteName\n      defaultEnvironment\n      defaultExecutable\n      defaultBenchmark\n      defaultBaseline\n      timelineLimit\n      timelineGridLimit\n      trendDepth\n      changeThreshold\n      trendThreshold\n      showAuthorEmailAddress\n    }\n  }\n"): (typeof documents)["\n  query SiteSettings {\n    siteSettings {\n      websiteName\n      defaultEnvironment\n      defaultExecutable\n      defaultBenchmark\n      defaultBaseline\n      timelineLimit\n      timelineGridLimit\n      trendDepth\n      changeThreshold\n      trendThreshold\n      showAuthorEmailAddress\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    viewer {\n      id\n      username\n      isAdmin\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    viewer {\n      id\n      username\n      isAdmin\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RepositoryState_Project on Project {\n    id\n    name\n    repository {\n      kind\n      implementation\n      state\n      progress\n      phase\n      error\n      lastSyncedAt\n      lastAttemptAt\n    }\n  }\n"): (typeof documents)["\n  fragment RepositoryState_Project on Project {\n    id\n    name\n    repository {\n      kind\n      implementation\n      state\n      progress\n      phase\n      error\n      lastSyncedAt\n      lastAttemptAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminRepositoryStatus($id: ID!) {\n    project(id: $id) {\n      ...RepositoryState_Project\n    }\n  }\n"): (typeof documents)["\n  query AdminRepositoryStatus($id: ID!) {\n    project(id: $id) {\n      ...RepositoryState_Project\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminSyncRepository($input: SyncRepositoryInput!) {\n    syncRepository(input: $input) {\n      project {\n        ...RepositoryState_Project\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AdminSyncRepository($input: SyncRepositoryInput!) {\n    syncRepository(input: $input) {\n      project {\n        ...RepositoryState_Project\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BenchmarksSection_Benchmark on Benchmark {\n    id\n    name\n    description\n    units\n    unitsTitle\n    lessIsBetter\n    benchmarkType\n    dataType\n    defaultOnComparison\n    parent {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment BenchmarksSection_Benchmark on Benchmark {\n    id\n    name\n    description\n    units\n    unitsTitle\n    lessIsBetter\n    benchmarkType\n    dataType\n    defaultOnComparison\n    parent {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminBenchmarks {\n    benchmarks(first: 500) {\n      totalCount\n      nodes {\n        ...BenchmarksSection_Benchmark\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminBenchmarks {\n    benchmarks(first: 500) {\n      totalCount\n      nodes {\n        ...BenchmarksSection_Benchmark\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminBenchmarksPage($after: String!) {\n    benchmarks(first: 500, after: $after) {\n      nodes {\n        ...BenchmarksSection_Benchmark\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminBenchmarksPage($after: String!) {\n    benchmarks(first: 500, after: $after) {\n      nodes {\n        ...BenchmarksSection_Benchmark\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminCreateBenchmark($input: CreateBenchmarkInput!) {\n    createBenchmark(input: $input) {\n      benchmark {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AdminCreateBenchmark($input: CreateBenchmarkInput!) {\n    createBenchmark(input: $input) {\n      benchmark {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminUpdateBenchmark($input: UpdateBenchmarkInput!) {\n    updateBenchmark(input: $input) {\n      benchmark {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AdminUpdateBenchmark($input: UpdateBenchmarkInput!) {\n    updateBenchmark(input: $input) {\n      benchmark {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminDeleteBenchmark($input: DeleteInput!) {\n    deleteBenchmark(input: $input) {\n      deletedId\n    }\n  }\n"): (typeof documents)["\n  mutation AdminDeleteBenchmark($input: DeleteInput!) {\n    deleteBenchmark(input: $input) {\n      deletedId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminEnvironments {\n    environments(first: 500) {\n      totalCount\n      nodes {\n        id\n        name\n        cpu\n        memory\n        os\n        kernel\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminEnvironments {\n    environments(first: 500) {\n      totalCount\n      nodes {\n        id\n        name\n        cpu\n        memory\n        os\n        kernel\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminCreateEnvironment($input: CreateEnvironmentInput!) {\n    createEnvironment(input: $input) {\n      environment {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AdminCreateEnvironment($input: CreateEnvironmentInput!) {\n    createEnvironment(input: $input) {\n      environment {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminUpdateEnvironment($input: UpdateEnvironmentInput!) {\n    updateEnvironment(input: $input) {\n      environment {\n        id\n        name\n        cpu\n        memory\n        os\n        kernel\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AdminUpdateEnvironment($input: UpdateEnvironmentInput!) {\n    updateEnvironment(input: $input) {\n      environment {\n        id\n        name\n        cpu\n        memory\n        os\n        kernel\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminDeleteEnvironment($input: DeleteInput!) {\n    deleteEnvironment(input: $input) {\n      deletedId\n    }\n  }\n"): (typeof documents)["\n  mutation AdminDeleteEnvironment($input: DeleteInput!) {\n    deleteEnvironment(input: $input) {\n      deletedId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminCreateBranch($input: CreateBranchInput!) {\n    createBranch(input: $input) {\n      branch {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AdminCreateBranch($input: CreateBranchInput!) {\n    createBranch(input: $input) {\n      branch {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminUpdateBranch($input: UpdateBranchInput!) {\n    updateBranch(input: $input) {\n      branch {\n        id\n        name\n        displayOnComparisonPage\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AdminUpdateBranch($input: UpdateBranchInput!) {\n    updateBranch(input: $input) {\n      branch {\n        id\n        name\n        displayOnComparisonPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminDeleteBranch($input: DeleteInput!) {\n    deleteBranch(input: $input) {\n      deletedId\n    }\n  }\n"): (typeof documents)["\n  mutation AdminDeleteBranch($input: DeleteInput!) {\n    deleteBranch(input: $input) {\n      deletedId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminCreateExecutable($input: CreateExecutableInput!) {\n    createExecutable(input: $input) {\n      executable {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AdminCreateExecutable($input: CreateExecutableInput!) {\n    createExecutable(input: $input) {\n      executable {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminUpdateExecutable($input: UpdateExecutableInput!) {\n    updateExecutable(input: $input) {\n      executable {\n        id\n        name\n        description\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AdminUpdateExecutable($input: UpdateExecutableInput!) {\n    updateExecutable(input: $input) {\n      executable {\n        id\n        name\n        description\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminDeleteExecutable($input: DeleteInput!) {\n    deleteExecutable(input: $input) {\n      deletedId\n    }\n  }\n"): (typeof documents)["\n  mutation AdminDeleteExecutable($input: DeleteInput!) {\n    deleteExecutable(input: $input) {\n      deletedId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminProjects {\n    projects(first: 500) {\n      totalCount\n      nodes {\n        id\n        name\n        repositoryType\n        repositoryUrl\n        repositoryUser\n        hasRepositoryPassword\n        commitBrowsingUrl\n        trackChanges\n        defaultBranch\n        branches {\n          id\n          name\n          displayOnComparisonPage\n        }\n        executables {\n          id\n          name\n          description\n        }\n        ...RepositoryState_Project\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminProjects {\n    projects(first: 500) {\n      totalCount\n      nodes {\n        id\n        name\n        repositoryType\n        repositoryUrl\n        repositoryUser\n        hasRepositoryPassword\n        commitBrowsingUrl\n        trackChanges\n        defaultBranch\n        branches {\n          id\n          name\n          displayOnComparisonPage\n        }\n        executables {\n          id\n          name\n          description\n        }\n        ...RepositoryState_Project\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminCreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      project {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AdminCreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      project {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminUpdateProject($input: UpdateProjectInput!) {\n    updateProject(input: $input) {\n      project {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AdminUpdateProject($input: UpdateProjectInput!) {\n    updateProject(input: $input) {\n      project {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminDeleteProject($input: DeleteInput!) {\n    deleteProject(input: $input) {\n      deletedId\n    }\n  }\n"): (typeof documents)["\n  mutation AdminDeleteProject($input: DeleteInput!) {\n    deleteProject(input: $input) {\n      deletedId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminRecalculateReports($input: RecalculateReportsInput!) {\n    recalculateReports(input: $input) {\n      reportsWritten\n    }\n  }\n"): (typeof documents)["\n  mutation AdminRecalculateReports($input: RecalculateReportsInput!) {\n    recalculateReports(input: $input) {\n      reportsWritten\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminSignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      token\n      apiToken {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AdminSignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      token\n      apiToken {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminApiTokens {\n    apiTokens(first: 500) {\n      totalCount\n      nodes {\n        id\n        name\n        prefix\n        createdAt\n        lastUsedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminApiTokens {\n    apiTokens(first: 500) {\n      totalCount\n      nodes {\n        id\n        name\n        prefix\n        createdAt\n        lastUsedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminCreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AdminCreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminRevokeApiToken($input: DeleteInput!) {\n    revokeApiToken(input: $input) {\n      deletedId\n    }\n  }\n"): (typeof documents)["\n  mutation AdminRevokeApiToken($input: DeleteInput!) {\n    revokeApiToken(input: $input) {\n      deletedId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ChangesDetails_Executable on Executable {\n    name\n    description\n    project {\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment ChangesDetails_Executable on Executable {\n    name\n    description\n    project {\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ChangesDetails_Environment on Environment {\n    name\n    cpu\n    memory\n    os\n    kernel\n  }\n"): (typeof documents)["\n  fragment ChangesDetails_Environment on Environment {\n    name\n    cpu\n    memory\n    os\n    kernel\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ChangesTable_Quantity on ChangesQuantity {\n    unitsTitle\n    units\n    lessIsBetter\n    hasStdDev\n    hasMin\n    hasMax\n    precision\n    averageChange {\n      percent\n      infinite\n      significance\n    }\n    averageTrend {\n      percent\n      infinite\n      significance\n    }\n    rows {\n      benchmark {\n        id\n        name\n        description\n      }\n      value\n      stdDev\n      min\n      max\n      change {\n        percent\n        infinite\n        significance\n      }\n      trend {\n        percent\n        infinite\n        significance\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ChangesTable_Quantity on ChangesQuantity {\n    unitsTitle\n    units\n    lessIsBetter\n    hasStdDev\n    hasMin\n    hasMax\n    precision\n    averageChange {\n      percent\n      infinite\n      significance\n    }\n    averageTrend {\n      percent\n      infinite\n      significance\n    }\n    rows {\n      benchmark {\n        id\n        name\n        description\n      }\n      value\n      stdDev\n      min\n      max\n      change {\n        percent\n        infinite\n        significance\n      }\n      trend {\n        percent\n        infinite\n        significance\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommitLog($revisionId: ID!, $first: Int!, $after: String) {\n    revision(id: $revisionId) {\n      id\n      author\n      authorEmail\n      message\n      url\n      commitLogStatus\n      branch {\n        id\n      }\n      commits(first: $first, after: $after) {\n        totalCount\n        nodes {\n          id\n          ...CommitLogList_Commit\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n      project {\n        id\n        repository {\n          state\n          error\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CommitLog($revisionId: ID!, $first: Int!, $after: String) {\n    revision(id: $revisionId) {\n      id\n      author\n      authorEmail\n      message\n      url\n      commitLogStatus\n      branch {\n        id\n      }\n      commits(first: $first, after: $after) {\n        totalCount\n        nodes {\n          id\n          ...CommitLogList_Commit\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n      project {\n        id\n        repository {\n          state\n          error\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CommitLogList_Commit on Commit {\n    id\n    shortId\n    author\n    authorEmail\n    date\n    subject\n    body\n    tags\n    url\n  }\n"): (typeof documents)["\n  fragment CommitLogList_Commit on Commit {\n    id\n    shortId\n    author\n    authorEmail\n    date\n    subject\n    body\n    tags\n    url\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReportBadge_Report on Report {\n    colour\n    summary\n  }\n"): (typeof documents)["\n  fragment ReportBadge_Report on Report {\n    colour\n    summary\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RevisionInfo_Revision on Revision {\n    commitId\n    date\n    author\n    message\n    tag\n    branch {\n      name\n    }\n    project {\n      name\n      commitBrowsingUrl\n    }\n  }\n"): (typeof documents)["\n  fragment RevisionInfo_Revision on Revision {\n    commitId\n    date\n    author\n    message\n    tag\n    branch {\n      name\n    }\n    project {\n      name\n      commitBrowsingUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RevisionNav_Revision on Revision {\n    id\n    commitId\n    date\n    tag\n  }\n"): (typeof documents)["\n  fragment RevisionNav_Revision on Revision {\n    id\n    commitId\n    date\n    tag\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChangesPage($revisionId: ID, $executableId: ID, $environmentId: ID, $trendDepth: Int) {\n    changes(\n      revisionId: $revisionId\n      executableId: $executableId\n      environmentId: $environmentId\n      trendDepth: $trendDepth\n    ) {\n      trendDepth\n      revision {\n        id\n        commitId\n        date\n        tag\n        branch {\n          id\n          name\n        }\n        project {\n          id\n          name\n        }\n        ...RevisionInfo_Revision\n      }\n      executable {\n        id\n        name\n        ...ChangesDetails_Executable\n      }\n      environment {\n        id\n        name\n        ...ChangesDetails_Environment\n      }\n      report {\n        id\n        ...ReportBadge_Report\n      }\n      previousRevision {\n        ...RevisionNav_Revision\n      }\n      previousReport {\n        id\n        ...ReportBadge_Report\n      }\n      nextRevision {\n        ...RevisionNav_Revision\n      }\n      nextReport {\n        id\n        ...ReportBadge_Report\n      }\n      quantities {\n        unitsTitle\n        ...ChangesTable_Quantity\n      }\n    }\n  }\n"): (typeof documents)["\n  query ChangesPage($revisionId: ID, $executableId: ID, $environmentId: ID, $trendDepth: Int) {\n    changes(\n      revisionId: $revisionId\n      executableId: $executableId\n      environmentId: $environmentId\n      trendDepth: $trendDepth\n    ) {\n      trendDepth\n      revision {\n        id\n        commitId\n        date\n        tag\n        branch {\n          id\n          name\n        }\n        project {\n          id\n          name\n        }\n        ...RevisionInfo_Revision\n      }\n      executable {\n        id\n        name\n        ...ChangesDetails_Executable\n      }\n      environment {\n        id\n        name\n        ...ChangesDetails_Environment\n      }\n      report {\n        id\n        ...ReportBadge_Report\n      }\n      previousRevision {\n        ...RevisionNav_Revision\n      }\n      previousReport {\n        id\n        ...ReportBadge_Report\n      }\n      nextRevision {\n        ...RevisionNav_Revision\n      }\n      nextReport {\n        id\n        ...ReportBadge_Report\n      }\n      quantities {\n        unitsTitle\n        ...ChangesTable_Quantity\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChangesControls {\n    environments(first: 500) {\n      nodes {\n        id\n        name\n      }\n    }\n    projects(first: 500) {\n      nodes {\n        id\n        name\n        trackChanges\n        defaultBranch\n        branches {\n          id\n          name\n        }\n        executables {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ChangesControls {\n    environments(first: 500) {\n      nodes {\n        id\n        name\n      }\n    }\n    projects(first: 500) {\n      nodes {\n        id\n        name\n        trackChanges\n        defaultBranch\n        branches {\n          id\n          name\n        }\n        executables {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChangesRevisionChoices($projectId: ID!, $branch: String, $executableId: ID!, $environmentId: ID!) {\n    revisions(projectId: $projectId, branch: $branch, first: 20) {\n      nodes {\n        id\n        commitId\n        date\n        tag\n      }\n    }\n    reports(projectId: $projectId, executableId: $executableId, environmentId: $environmentId, first: 100) {\n      nodes {\n        id\n        colour\n        summary\n        revision {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ChangesRevisionChoices($projectId: ID!, $branch: String, $executableId: ID!, $environmentId: ID!) {\n    revisions(projectId: $projectId, branch: $branch, first: 20) {\n      nodes {\n        id\n        commitId\n        date\n        tag\n      }\n    }\n    reports(projectId: $projectId, executableId: $executableId, environmentId: $environmentId, first: 100) {\n      nodes {\n        id\n        colour\n        summary\n        revision {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ChangesReportUpdated($filter: ReportUpdatedFilter) {\n    reportUpdated(filter: $filter) {\n      revision {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription ChangesReportUpdated($filter: ReportUpdatedFilter) {\n    reportUpdated(filter: $filter) {\n      revision {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription CommitLogRevisionUpdated($filter: RevisionUpdatedFilter) {\n    revisionUpdated(filter: $filter) {\n      revision {\n        id\n        branchId\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription CommitLogRevisionUpdated($filter: RevisionUpdatedFilter) {\n    revisionUpdated(filter: $filter) {\n      revision {\n        id\n        branchId\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ComparisonQuantitySection_Quantity on ComparisonQuantity {\n    unitsTitle\n    units\n    lessIsBetter\n    benchmarks {\n      id\n      name\n    }\n    series {\n      columnKey\n      environment {\n        id\n      }\n      revision {\n        commitId\n        tag\n      }\n      geometricMean\n      points {\n        benchmarkId\n        value\n        stdDev\n        normalized\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ComparisonQuantitySection_Quantity on ComparisonQuantity {\n    unitsTitle\n    units\n    lessIsBetter\n    benchmarks {\n      id\n      name\n    }\n    series {\n      columnKey\n      environment {\n        id\n      }\n      revision {\n        commitId\n        tag\n      }\n      geometricMean\n      points {\n        benchmarkId\n        value\n        stdDev\n        normalized\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ComparisonPage_Benchmark on Benchmark {\n    id\n    benchmarkType\n    defaultOnComparison\n    ...ComparisonBenchmarkPicker_Benchmark\n  }\n"): (typeof documents)["\n  fragment ComparisonPage_Benchmark on Benchmark {\n    id\n    benchmarkType\n    defaultOnComparison\n    ...ComparisonBenchmarkPicker_Benchmark\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ComparisonOptions {\n    comparisonSettings {\n      chartType\n      orientation\n      normalization\n    }\n    comparisonColumns {\n      key\n      label\n      ...ComparisonColumnPicker_Column\n    }\n    benchmarks(first: 500) {\n      nodes {\n        ...ComparisonPage_Benchmark\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n    environments(first: 500) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query ComparisonOptions {\n    comparisonSettings {\n      chartType\n      orientation\n      normalization\n    }\n    comparisonColumns {\n      key\n      label\n      ...ComparisonColumnPicker_Column\n    }\n    benchmarks(first: 500) {\n      nodes {\n        ...ComparisonPage_Benchmark\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n    environments(first: 500) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ComparisonBenchmarksPage($after: String!) {\n    benchmarks(first: 500, after: $after) {\n      nodes {\n        ...ComparisonPage_Benchmark\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query ComparisonBenchmarksPage($after: String!) {\n    benchmarks(first: 500, after: $after) {\n      nodes {\n        ...ComparisonPage_Benchmark\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Comparison($input: ComparisonInput) {\n    comparison(input: $input) {\n      columns {\n        key\n        label\n      }\n      baseline {\n        key\n        label\n      }\n      environments {\n        id\n        name\n      }\n      quantities {\n        unitsTitle\n        ...ComparisonQuantitySection_Quantity\n      }\n    }\n  }\n"): (typeof documents)["\n  query Comparison($input: ComparisonInput) {\n    comparison(input: $input) {\n      columns {\n        key\n        label\n      }\n      baseline {\n        key\n        label\n      }\n      environments {\n        id\n        name\n      }\n      quantities {\n        unitsTitle\n        ...ComparisonQuantitySection_Quantity\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ComparisonBenchmarkPicker_Benchmark on Benchmark {\n    id\n    name\n    description\n    unitsTitle\n    units\n  }\n"): (typeof documents)["\n  fragment ComparisonBenchmarkPicker_Benchmark on Benchmark {\n    id\n    name\n    description\n    unitsTitle\n    units\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ComparisonColumnPicker_Column on ComparisonColumn {\n    key\n    label\n    kind\n    tag\n    project {\n      id\n      name\n      defaultBranch\n    }\n    executable {\n      id\n      name\n    }\n    branch {\n      name\n    }\n    revision {\n      commitId\n      date\n    }\n  }\n"): (typeof documents)["\n  fragment ComparisonColumnPicker_Column on ComparisonColumn {\n    key\n    label\n    kind\n    tag\n    project {\n      id\n      name\n      defaultBranch\n    }\n    executable {\n      id\n      name\n    }\n    branch {\n      name\n    }\n    revision {\n      commitId\n      date\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProjectCard_Project on Project {\n    id\n    name\n    defaultBranch\n    executables {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment ProjectCard_Project on Project {\n    id\n    name\n    defaultBranch\n    executables {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProjectLatest($projectId: ID!) {\n    revisions(projectId: $projectId, first: 1) {\n      totalCount\n      nodes {\n        id\n        commitId\n        date\n      }\n    }\n    reports(projectId: $projectId, first: 1) {\n      nodes {\n        id\n        ...ReportRow_Report\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProjectLatest($projectId: ID!) {\n    revisions(projectId: $projectId, first: 1) {\n      totalCount\n      nodes {\n        id\n        commitId\n        date\n      }\n    }\n    reports(projectId: $projectId, first: 1) {\n      nodes {\n        id\n        ...ReportRow_Report\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReportRow_Report on Report {\n    id\n    summary\n    colour\n    significant\n    revision {\n      id\n      commitId\n      date\n      tag\n      branch {\n        id\n        name\n      }\n    }\n    executable {\n      id\n      name\n      project {\n        id\n        name\n        defaultBranch\n      }\n    }\n    environment {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment ReportRow_Report on Report {\n    id\n    summary\n    colour\n    significant\n    revision {\n      id\n      commitId\n      date\n      tag\n      branch {\n        id\n        name\n      }\n    }\n    executable {\n      id\n      name\n      project {\n        id\n        name\n        defaultBranch\n      }\n    }\n    environment {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HomeStatus {\n    projects(first: 50) {\n      totalCount\n      nodes {\n        id\n        name\n        trackChanges\n        ...ProjectCard_Project\n      }\n    }\n    environments(first: 5) {\n      totalCount\n      nodes {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query HomeStatus {\n    projects(first: 50) {\n      totalCount\n      nodes {\n        id\n        name\n        trackChanges\n        ...ProjectCard_Project\n      }\n    }\n    environments(first: 5) {\n      totalCount\n      nodes {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LatestReports($first: Int!, $significantOnly: Boolean!) {\n    reports(first: $first, significantOnly: $significantOnly) {\n      totalCount\n      pageInfo {\n        hasNextPage\n      }\n      nodes {\n        id\n        ...ReportRow_Report\n      }\n    }\n  }\n"): (typeof documents)["\n  query LatestReports($first: Int!, $significantOnly: Boolean!) {\n    reports(first: $first, significantOnly: $significantOnly) {\n      totalCount\n      pageInfo {\n        hasNextPage\n      }\n      nodes {\n        id\n        ...ReportRow_Report\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription HomeReportUpdated {\n    reportUpdated {\n      revision {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription HomeReportUpdated {\n    reportUpdated {\n      revision {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BaselinePicker_Column on ComparisonColumn {\n    key\n    kind\n    label\n    tag\n    executable {\n      id\n      name\n    }\n    revision {\n      id\n      commitId\n    }\n    branch {\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment BaselinePicker_Column on ComparisonColumn {\n    key\n    kind\n    label\n    tag\n    executable {\n      id\n      name\n    }\n    revision {\n      id\n      commitId\n    }\n    branch {\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BenchmarkPicker_Benchmark on Benchmark {\n    id\n    name\n    units\n    unitsTitle\n  }\n"): (typeof documents)["\n  fragment BenchmarkPicker_Benchmark on Benchmark {\n    id\n    name\n    units\n    unitsTitle\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ExecutablePicker_Project on Project {\n    id\n    name\n    trackChanges\n    defaultBranch\n    branches {\n      id\n      name\n    }\n    executables {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment ExecutablePicker_Project on Project {\n    id\n    name\n    trackChanges\n    defaultBranch\n    branches {\n      id\n      name\n    }\n    executables {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GridCard_BenchmarkTimeline on BenchmarkTimeline {\n    baselineValue\n    benchmark {\n      id\n      name\n      units\n      unitsTitle\n      dataType\n      lessIsBetter\n    }\n    series {\n      branch {\n        id\n        name\n      }\n      executable {\n        id\n        name\n        project {\n          id\n          defaultBranch\n        }\n      }\n      points {\n        revisionId\n        commitId\n        date\n        orderedAt\n        tag\n        value\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment GridCard_BenchmarkTimeline on BenchmarkTimeline {\n    baselineValue\n    benchmark {\n      id\n      name\n      units\n      unitsTitle\n      dataType\n      lessIsBetter\n    }\n    series {\n      branch {\n        id\n        name\n      }\n      executable {\n        id\n        name\n        project {\n          id\n          defaultBranch\n        }\n      }\n      points {\n        revisionId\n        commitId\n        date\n        orderedAt\n        tag\n        value\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TimelinePlots_BenchmarkTimeline on BenchmarkTimeline {\n    baselineValue\n    benchmark {\n      id\n      name\n      units\n      unitsTitle\n      dataType\n      lessIsBetter\n    }\n    series {\n      branch {\n        id\n        name\n      }\n      executable {\n        id\n        name\n        project {\n          id\n          defaultBranch\n        }\n      }\n      points {\n        revisionId\n        commitId\n        date\n        orderedAt\n        tag\n        value\n        stdDev\n        min\n        max\n        q1\n        q3\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment TimelinePlots_BenchmarkTimeline on BenchmarkTimeline {\n    baselineValue\n    benchmark {\n      id\n      name\n      units\n      unitsTitle\n      dataType\n      lessIsBetter\n    }\n    series {\n      branch {\n        id\n        name\n      }\n      executable {\n        id\n        name\n        project {\n          id\n          defaultBranch\n        }\n      }\n      points {\n        revisionId\n        commitId\n        date\n        orderedAt\n        tag\n        value\n        stdDev\n        min\n        max\n        q1\n        q3\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TimelineSidebar_Environment on Environment {\n    id\n    name\n  }\n"): (typeof documents)["\n  fragment TimelineSidebar_Environment on Environment {\n    id\n    name\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TimelineOptions {\n    environments(first: 500) {\n      nodes {\n        ...TimelineSidebar_Environment\n      }\n    }\n    projects(first: 500) {\n      nodes {\n        ...ExecutablePicker_Project\n      }\n    }\n    benchmarks(first: 500) {\n      nodes {\n        ...BenchmarkPicker_Benchmark\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n    comparisonColumns {\n      ...BaselinePicker_Column\n    }\n  }\n"): (typeof documents)["\n  query TimelineOptions {\n    environments(first: 500) {\n      nodes {\n        ...TimelineSidebar_Environment\n      }\n    }\n    projects(first: 500) {\n      nodes {\n        ...ExecutablePicker_Project\n      }\n    }\n    benchmarks(first: 500) {\n      nodes {\n        ...BenchmarkPicker_Benchmark\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n    comparisonColumns {\n      ...BaselinePicker_Column\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TimelineBenchmarksPage($after: String!) {\n    benchmarks(first: 500, after: $after) {\n      nodes {\n        ...BenchmarkPicker_Benchmark\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query TimelineBenchmarksPage($after: String!) {\n    benchmarks(first: 500, after: $after) {\n      nodes {\n        ...BenchmarkPicker_Benchmark\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Timeline($input: TimelineInput!) {\n    timeline(input: $input) {\n      scope {\n        ...TimelineScope_Scope\n      }\n      benchmarks {\n        ...TimelinePlots_BenchmarkTimeline\n      }\n    }\n  }\n"): (typeof documents)["\n  query Timeline($input: TimelineInput!) {\n    timeline(input: $input) {\n      scope {\n        ...TimelineScope_Scope\n      }\n      benchmarks {\n        ...TimelinePlots_BenchmarkTimeline\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TimelineGrid($input: TimelineGridInput!) {\n    timelineGrid(input: $input) {\n      scope {\n        ...TimelineScope_Scope\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...GridCard_BenchmarkTimeline\n      }\n    }\n  }\n"): (typeof documents)["\n  query TimelineGrid($input: TimelineGridInput!) {\n    timelineGrid(input: $input) {\n      scope {\n        ...TimelineScope_Scope\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...GridCard_BenchmarkTimeline\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TimelineScope_Scope on TimelineScope {\n    environment {\n      id\n      name\n    }\n    executables {\n      id\n    }\n    branches\n    limit\n    baseline {\n      executable {\n        id\n        name\n      }\n      revision {\n        id\n        tag\n        commitId\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment TimelineScope_Scope on TimelineScope {\n    environment {\n      id\n      name\n    }\n    executables {\n      id\n    }\n    branches\n    limit\n    baseline {\n      executable {\n        id\n        name\n      }\n      revision {\n        id\n        tag\n        commitId\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription TimelineResultsAdded($filter: ResultsAddedFilter) {\n    resultsAdded(filter: $filter) {\n      results {\n        benchmarkId\n        executableId\n        environmentId\n        value\n        stdDev\n        min\n        max\n        q1\n        q3\n        revision {\n          id\n          branchId\n          commitId\n          date\n          tag\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription TimelineResultsAdded($filter: ResultsAddedFilter) {\n    resultsAdded(filter: $filter) {\n      results {\n        benchmarkId\n        executableId\n        environmentId\n        value\n        stdDev\n        min\n        max\n        q1\n        q3\n        revision {\n          id\n          branchId\n          commitId\n          date\n          tag\n        }\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;