import { describe, expect, it } from 'vitest';
import { composeComparisonSvg } from './exportComparison';

const colors = {
  fg: '#111111',
  muted: '#555555',
  bg: '#ffffff',
  panel: '#eeeeee',
  border: '#dddddd',
  accent: '#2457c5',
  error: '#b42318',
  dark: false,
};

describe('an exported comparison image', () => {
  it('places every chart, and a legend with the series’ colours under them', () => {
    const svg = composeComparisonSvg(
      [
        { markup: '<svg id="a"/>', x: 0, y: 0, width: 300, height: 200 },
        { markup: '<svg id="b"/>', x: 312, y: 0, width: 300, height: 200 },
      ],
      { title: 'Time (seconds)', subtitle: 'less is better', legend: [{ label: 'fast', colour: '#123456' }], colors },
    );
    expect(svg).toContain('<g transform="translate(16 48)"><svg id="a"/></g>');
    expect(svg).toContain('<g transform="translate(328 48)"><svg id="b"/></g>');
    expect(svg).toContain('fill="#123456"');
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="644"/);
  });

  it('writes names from results as text, never as markup', () => {
    const svg = composeComparisonSvg([], {
      title: '<script>alert(1)</script>',
      subtitle: '',
      legend: [{ label: 'a & <b>', colour: '#000000' }],
      colors,
    });
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;script&gt;');
    expect(svg).toContain('a &amp; &lt;b&gt;');
  });
});
