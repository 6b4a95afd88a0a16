import type { ReactNode } from 'react';
import { graphql, useFragment, type FragmentType } from '../../gql';

export const ChangesDetails_ExecutableFragment = graphql(`
  fragment ChangesDetails_Executable on Executable {
    name
    description
    project {
      name
    }
  }
`);

export const ChangesDetails_EnvironmentFragment = graphql(`
  fragment ChangesDetails_Environment on Environment {
    name
    cpu
    memory
    os
    kernel
  }
`);

/** What ran the benchmarks, and on what: Codespeed's two boxes under the table, side by side. */
export function ChangesDetails(props: {
  executable: FragmentType<typeof ChangesDetails_ExecutableFragment>;
  environment: FragmentType<typeof ChangesDetails_EnvironmentFragment>;
}) {
  const executable = useFragment(ChangesDetails_ExecutableFragment, props.executable);
  const environment = useFragment(ChangesDetails_EnvironmentFragment, props.environment);
  return (
    <div className="changes-details">
      <section className="changes-panel" aria-labelledby="executable-title">
        <h2 id="executable-title">Executable</h2>
        <dl className="changes-facts">
          <Fact term="Name">{executable.name}</Fact>
          <Fact term="Project">{executable.project.name}</Fact>
          <Fact term="Description">{executable.description}</Fact>
        </dl>
      </section>
      <section className="changes-panel" aria-labelledby="environment-title">
        <h2 id="environment-title">Environment</h2>
        <dl className="changes-facts">
          <Fact term="Name">{environment.name}</Fact>
          <Fact term="CPU">{environment.cpu}</Fact>
          <Fact term="Memory">{environment.memory}</Fact>
          <Fact term="OS">{environment.os}</Fact>
          <Fact term="Kernel">{environment.kernel}</Fact>
        </dl>
      </section>
    </div>
  );
}

/** A term and its value; an empty value says so instead of leaving a blank (Codespeed's empty rows). */
function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div>
      <dt>{term}</dt>
      <dd>{children || <span className="changes-muted">not given</span>}</dd>
    </div>
  );
}
