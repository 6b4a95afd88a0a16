import { describe, expect, it } from 'vitest';
import { composeSvg, csvCell, escapeXml, fileName, legendLayout, toCsv } from './export';
import type { ChartColors } from './theme';

const colors: ChartColors = {
  fg: '#111111',
  muted: '#555555',
  bg: '#ffffff',
  panel: '#eeeeee',
  border: '#dddddd',
  accent: '#2457c5',
  error: '#b42318',
  dark: false,
};

describe('CSV', () => {
  it('quotes fields with commas, quotes or line breaks', () => {
    expect(toCsv([['a', 'b,c', 'say "hi"', 'two\nlines']])).toBe('a,"b,c","say ""hi""","two\nlines"\r\n');
  });

  it('writes numbers as they are and missing values as empty fields', () => {
    expect(toCsv([[1.5, -2, null, undefined, Number.NaN]])).toBe('1.5,-2,,,\r\n');
  });

  it('keeps a spreadsheet from running names as formulas', () => {
    expect(csvCell('=HYPERLINK("http://evil")')).toBe('"\'=HYPERLINK(""http://evil"")"');
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('myexe2')).toBe('myexe2');
  });
});

describe('SVG export', () => {
  it('escapes text from results', () => {
    expect(escapeXml('<script>alert("x")</script> & \'y\'')).toBe(
      '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &apos;y&apos;',
    );
  });

  it('wraps legend entries onto rows that fit the width', () => {
    const positions = legendLayout(['a'.repeat(30), 'b'.repeat(30), 'c'.repeat(30)], 600);
    expect(positions[0]).toEqual({ x: 16, y: 0 });
    expect(positions[1]!.y).toBe(0);
    expect(positions[2]).toEqual({ x: 16, y: 20 });
  });

  it('composes a standalone document: background, title, the chart, and the legend under it', () => {
    const svg = composeSvg('<svg><path d="M0 0"/></svg>', 600, 300, {
      title: 'float <Dual Core>',
      subtitle: 'Time (seconds)',
      colors,
      legend: [{ label: 'myexe & co', color: '#1f77b4', dash: '6 4' }],
    });
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="600" height="\d+"/);
    expect(svg).toContain('<rect width="100%" height="100%" fill="#ffffff"/>');
    expect(svg).toContain('float &lt;Dual Core&gt;');
    expect(svg).toContain('<g transform="translate(0 44)"><svg><path d="M0 0"/></svg></g>');
    expect(svg).toContain('stroke-dasharray="6 4"');
    expect(svg).toContain('myexe &amp; co');
    const height = Number(/height="(\d+)"/.exec(svg)![1]);
    expect(height).toBeGreaterThan(344);
  });

  it('names files after the plot', () => {
    expect(fileName('float, int — Dual Core', 'png')).toBe('float-int-dual-core.png');
    expect(fileName('—', 'csv')).toBe('timeline.csv');
  });
});
