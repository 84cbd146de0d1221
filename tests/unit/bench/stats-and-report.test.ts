import { describe, expect, it } from 'vitest';
import { measured } from '../../bench/lib/figure';
import { markdownTable } from '../../bench/lib/report';
import { median, percentile, summarize } from '../../bench/lib/stats';

describe('benchmark statistics', () => {
  it('takes nearest-rank percentiles and the middle of even and odd samples', () => {
    const samples = [5, 1, 4, 2, 3, 10, 9, 8, 7, 6];
    expect(median(samples)).toBe(5.5);
    expect(median([3, 1, 2])).toBe(2);
    expect(percentile(samples, 95)).toBe(10);
    expect(percentile(samples, 50)).toBe(5);
    expect(percentile(samples, 5)).toBe(1);
    expect(summarize(samples)).toMatchObject({ runs: 10, min: 1, max: 10, mean: 5.5, p95: 10 });
    expect(() => summarize([])).toThrow(/no samples/);
  });

  it('judges targets and shows the slow end of rates as their 5th percentile', () => {
    const rate = measured({ id: '4c', name: 'ratio', unit: 'x', samples: [0.4, 0.6, 0.7], better: 'higher', comparedTo: 'raw', target: { text: '≥ 0.5x', met: (s) => s.median >= 0.5 } });
    const time = measured({ id: '3a', name: 'latency', unit: 'ms', samples: [10, 20, 900], comparedTo: 'limit', target: { text: 'p95 < 500 ms', met: (s) => s.p95 < 500 } });
    expect(rate.target?.met).toBe(true);
    expect(time.target?.met).toBe(false);
    const table = markdownTable([rate, time, { status: 'not_built', id: '1', name: 'frames', unit: 'ms', comparedTo: 'OBS', reason: 'needs issue 4' }]);
    expect(table).toContain('| 4c | ratio | x | 0.6 | 0.4 |');
    expect(table).toContain('| 3a | latency | ms | 20 | 900 |');
    expect(table).toMatch(/\| 1 \| frames .*not built yet: needs issue 4/);
    expect(table).not.toMatch(/\| 1 \| frames \| ms \| \d/);
  });
});
