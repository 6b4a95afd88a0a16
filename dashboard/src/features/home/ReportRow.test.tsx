import { cleanup, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { makeFragmentData } from '../../gql';
import type { ReportRow_ReportFragment } from '../../gql/graphql';
import { ReportRow, ReportRow_Report } from './ReportRow';

afterEach(cleanup);

const report = (overrides: Partial<ReportRow_ReportFragment> = {}): ReportRow_ReportFragment => ({
  id: '7',
  summary: 'Average time down 16.2%',
  colour: 'GREEN',
  significant: true,
  revision: {
    id: '35',
    commitId: '4a8e2360b410c05e9b8dc4a9a9883b54b50e81f1',
    date: '2026-08-28T13:36:00Z',
    tag: '',
    branch: { id: '1', name: 'main' },
  },
  executable: { id: '3', name: 'pypy-c-jit', project: { id: '2', name: 'pypy', defaultBranch: 'main' } },
  environment: { id: '1', name: 'Quad Core' },
  ...overrides,
});

function draw(data: ReportRow_ReportFragment) {
  render(
    <MemoryRouter>
      <ul>
        <ReportRow report={makeFragmentData(data, ReportRow_Report)} />
      </ul>
    </MemoryRouter>,
  );
  return screen.getByRole('link');
}

describe('ReportRow', () => {
  it('links to the changes view of its revision, executable and environment', () => {
    expect(draw(report()).getAttribute('href')).toBe('/changes?rev=35&exe=3&env=1');
  });

  it('says the colour in words too, and shows where and at which commit', () => {
    const link = draw(report());
    expect(link.textContent).toContain('Improvement: Average time down 16.2%');
    expect(link.textContent).toContain('pypy · pypy-c-jit @ Quad Core');
    expect(link.textContent).toContain('4a8e2360b4');
    expect(link.closest('li')?.className).toContain('report-green');
  });

  it('names the branch only off the main line, and shows a tag', () => {
    const revision = { ...report().revision, branch: { id: '2', name: 'feature' }, tag: '1.0' };
    const link = draw(report({ revision }));
    expect(link.textContent).toContain('feature');
    expect(link.textContent).toContain('1.0');
  });

  it('renders names from results as text, never as HTML', () => {
    const executable = { ...report().executable, name: '<img src=x onerror=alert(1)>' };
    const link = draw(report({ executable }));
    expect(link.querySelector('img')).toBeNull();
    expect(link.textContent).toContain('<img src=x onerror=alert(1)>');
  });
});
