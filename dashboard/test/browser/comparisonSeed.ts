/**
 * A comparison at the scale where Codespeed's page broke down: 18 executables
 * × 2 environments × 50 benchmarks, at two revisions (the first tagged), sent
 * through the public API in one batch of 3,600 results.
 */

type GraphQL = (
  query: string,
  variables?: Record<string, unknown>,
) => Promise<{ data?: unknown; errors?: { message: string }[] }>;

const IMPLEMENTATIONS = ['cpython', 'pypy', 'graalpy', 'cinder', 'pyston', 'micropython'];
const BUILDS = ['O2', 'O3', 'lto'];
const BENCHMARKS = [
  '2to3',
  'chameleon',
  'chaos',
  'crypto_pyaes',
  'deltablue',
  'django_template',
  'dulwich_log',
  'fannkuch',
  'float',
  'genshi_text',
  'go',
  'hexiom',
  'html5lib',
  'json_dumps',
  'json_loads',
  'logging',
  'mako',
  'mdp',
  'meteor_contest',
  'nbody',
  'nqueens',
  'pathlib',
  'pickle',
  'pidigits',
  'pyflate',
  'raytrace',
  'regex_compile',
  'regex_dna',
  'regex_effbot',
  'regex_v8',
  'richards',
  'scimark_fft',
  'scimark_lu',
  'scimark_monte_carlo',
  'scimark_sor',
  'scimark_sparse_mat_mult',
  'spectral_norm',
  'sqlalchemy',
  'sqlite_synth',
  'sympy_expand',
  'sympy_integrate',
  'sympy_str',
  'sympy_sum',
  'telco',
  'tornado_http',
  'unpack_sequence',
  'xml_etree_generate',
  'xml_etree_iterparse',
  'xml_etree_parse',
  'xml_etree_process',
];

export interface BigComparison {
  project: string;
  /** The 18 LATEST columns, in the API's order. */
  latestKeys: string[];
  /** Every column offered for the project (LATEST and the tag). */
  allKeys: string[];
  benchmarkIds: string[];
  environmentIds: string[];
}

/** A deterministic pseudo-random number in [0, 1): the same data on every run. */
function noise(seed: number): number {
  const x = Math.sin(seed * 12.9898) * 43758.5453;
  return x - Math.floor(x);
}

async function ask<T>(graphql: GraphQL, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const answer = await graphql(query, variables);
  if (answer.errors?.length) throw new Error(answer.errors.map((e) => e.message).join('; '));
  return answer.data as T;
}

export async function seedBigComparison(graphql: GraphQL, project = 'BigProj'): Promise<BigComparison> {
  const environments = [`${project} box 1`, `${project} box 2`];
  const environmentIds: string[] = [];
  for (const name of environments) {
    const data = await ask<{ createEnvironment: { environment: { id: string } } }>(
      graphql,
      `mutation($name: String!) { createEnvironment(input: { name: $name }) { environment { id } } }`,
      { name },
    );
    environmentIds.push(data.createEnvironment.environment.id);
  }
  const executables = BUILDS.flatMap((build) => IMPLEMENTATIONS.map((impl) => `${impl}-${build}`));
  const results = [];
  let seed = 1;
  for (const [r, commitId] of ['r1', 'r2'].entries()) {
    for (const [e, executable] of executables.entries()) {
      for (const [v, environment] of environments.entries()) {
        for (const [b, benchmark] of BENCHMARKS.entries()) {
          // Benchmarks span four orders of magnitude, as real suites do; executables differ by up to 5×.
          const base = 0.005 * 10 ** ((b % 10) / 2.5);
          const value = base * (0.4 + 2 * noise(e + 1)) * (v ? 0.7 : 1) * (r ? 0.95 : 1) * (0.9 + 0.2 * noise(seed++));
          results.push({
            project,
            executable,
            environment,
            benchmark,
            branch: 'main',
            commitId,
            revisionDate: `2026-10-0${r + 1}T12:00:00Z`,
            value: Number(value.toPrecision(5)),
            stdDev: Number((value * 0.02).toPrecision(3)),
            units: 'seconds',
            unitsTitle: 'Time',
          });
        }
      }
    }
  }
  await ask(graphql, `mutation($input: SubmitResultsInput!) { submitResults(input: $input) { created } }`, {
    input: { results },
  });
  const { project: found } = await ask<{ project: { id: string } }>(
    graphql,
    `query($name: String!) { project(name: $name) { id } }`,
    { name: project },
  );
  const { revisions } = await ask<{ revisions: { nodes: { id: string; commitId: string }[] } }>(
    graphql,
    `query($id: ID!) { revisions(projectId: $id, first: 10) { nodes { id commitId } } }`,
    { id: found.id },
  );
  const first = revisions.nodes.find((n) => n.commitId === 'r1')!;
  await ask(graphql, `mutation($id: ID!) { updateRevision(input: { id: $id, tag: "v1" }) { revision { id } } }`, {
    id: first.id,
  });
  const { comparisonColumns, benchmarks } = await ask<{
    comparisonColumns: { key: string; kind: string }[];
    benchmarks: { nodes: { id: string; name: string }[] };
  }>(
    graphql,
    `query($id: ID!) { comparisonColumns(projectId: $id) { key kind } benchmarks(first: 500) { nodes { id name } } }`,
    { id: found.id },
  );
  return {
    project,
    latestKeys: comparisonColumns.filter((c) => c.kind === 'LATEST').map((c) => c.key),
    allKeys: comparisonColumns.map((c) => c.key),
    benchmarkIds: benchmarks.nodes.filter((b) => BENCHMARKS.includes(b.name)).map((b) => b.id),
    environmentIds,
  };
}
