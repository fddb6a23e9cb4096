import { parse } from 'yaml';
import { requestWith } from '../__fixtures__/requests';
import { renderReadme } from './readme';
import { sizingSection } from './sizing';
import { renderTechDocs } from './techdocs';

const weekOf10MBps = {
  peakWriteMBps: 10,
  readFanout: 2,
  retentionHours: 168,
  replicationFactor: 3,
  headroom: 0.2,
};

describe('the sizing section of the generated docs', () => {
  it('says when no sizing inputs were given', () => {
    const readme = renderReadme(requestWith());
    expect(readme).toContain('## Sizing and cost');
    expect(readme).toContain('No sizing inputs were given');
  });

  it('shows the inputs, the recommendation and the monthly cost', () => {
    const section = sizingSection(
      requestWith({
        brokers: {
          replicas: 3,
          storageClass: 'st1',
          volumeSizeGi: 7952,
          sizing: weekOf10MBps,
        },
      }),
    );
    // Inputs, with the request's zones (3 by default).
    expect(section).toContain('| Peak write throughput | 10 MB/s |');
    expect(section).toContain('| Consumer groups reading everything | 2 |');
    expect(section).toContain('| Retention | 168 h |');
    expect(section).toContain('| Replication factor | 3 |');
    expect(section).toContain('| Headroom | 20 % |');
    expect(section).toContain('| Availability zones | 3 |');
    // 10 × 3600 × 168 × 3 MB = 16,897.92 GiB ÷ 3 ÷ 0.85 × 1.2 = 7,951.96 → 7,952 GiB
    // on st1; 3 × 7,952 × $0.045 = $1,073.52; Kinesis max(10, 10 × 2 ÷ 2) = 10.
    expect(section).toMatch(/\| Brokers \| 3 \| 3 brokers: /);
    expect(section).toMatch(/\| Volume per broker \| 7,952 GiB \| 7,952 GiB: /);
    expect(section).toMatch(/\| Volume type \| st1 \| st1: /);
    expect(section).toMatch(
      /\| Monthly EBS cost \| \$1,073\.52 \| 3 × \(7,952 GiB × \$0\.045\)/,
    );
    expect(section).toMatch(
      /\| Kinesis Data Streams \(comparison only\) \| 10 shards \| For comparison only/,
    );
    expect(section).toContain('| Monthly EBS cost | $1,073.52 | $1,073.52 |');
    expect(section).toContain('The chosen brokers hold the retention');
  });

  it('shows an override next to the recommendation, with its cost and warnings', () => {
    const section = sizingSection(
      requestWith({
        brokers: {
          replicas: 3,
          storageClass: 'gp3',
          volumeSizeGi: 500,
          sizing: weekOf10MBps,
        },
      }),
    );
    // 3 × 500 × $0.08 = $120.00 chosen against $1,073.52 recommended.
    expect(section).toContain('| Volume per broker | 7,952 GiB | 500 GiB |');
    expect(section).toContain('| Monthly EBS cost | $1,073.52 | $120.00 |');
    expect(section).toContain('**Warnings for reviewers:**');
    // 16,897.92 ÷ 3 = 5,632.64 GiB per broker ÷ 0.85 → at least 6,627 GiB.
    expect(section).toContain(
      '- `brokers.volumeSizeGi`: too small for the retention: each of 3 brokers keeps 5,633 GiB',
    );
    expect(section).toContain('needs at least 6,627 GiB');
  });

  it('shows provisioned gp3 performance and its cost', () => {
    // 300 × 3600 × 4 × 3 MB = 12,069.94 GiB ÷ 3 ÷ 0.85 = 4,733.31 → 4,734 GiB;
    // 300 MB/s per broker = 286.10 MiB/s → 287 MiB/s; 3 × (4,734 × 0.08 +
    // 162 × 0.04) = $1,155.60.
    const section = sizingSection(
      requestWith({
        brokers: {
          replicas: 3,
          volumeSizeGi: 4734,
          throughputMiBps: 287,
          sizing: {
            ...weekOf10MBps,
            peakWriteMBps: 300,
            retentionHours: 4,
            headroom: 0,
          },
        },
      }),
    );
    expect(section).toContain(
      '| gp3 IOPS and throughput | 3,000 IOPS, 287 MiB/s |',
    );
    expect(section).toContain('| gp3 throughput | 287 MiB/s | 287 MiB/s |');
    expect(section).toContain('| Monthly EBS cost | $1,155.60 | $1,155.60 |');
  });

  it('puts the same section on a TechDocs page in the nav', () => {
    const request = requestWith({
      brokers: {
        replicas: 3,
        storageClass: 'st1',
        volumeSizeGi: 7952,
        sizing: weekOf10MBps,
      },
    });
    const files = renderTechDocs(request);
    const page = files.find(f => f.path === 'docs/sizing.md')!;
    expect(page.content).toContain('# Sizing and cost');
    expect(page.content).toContain('$1,073.52');
    expect(renderReadme(request)).toContain(sizingSection(request));
    const mkdocs = parse(files.find(f => f.path === 'mkdocs.yml')!.content);
    expect(mkdocs.nav).toContainEqual({ 'Sizing and cost': 'sizing.md' });
  });
});
