import { stringify } from 'yaml';
import type { KafkaClusterRequest } from '@kafka-on-eks/plugin-kafka-on-eks-common';
import type { RenderedFile } from '../types';
import { escapeMarkdownText } from './markdown';
import { clientAccessSection, portalAccessSection } from './access';
import {
  applySection,
  destroySection,
  failureModesSection,
} from './operations';
import { DAY_TWO_RULES, overviewSection, topicsSection } from './readme';
import { warningsSection } from './warnings';
import { sizingSection } from './sizing';

/** `mkdocs.yml` and `docs/` for TechDocs (`backstage.io/techdocs-ref: dir:.`). */
export function renderTechDocs(request: KafkaClusterRequest): RenderedFile[] {
  const mkdocs = {
    site_name: `Kafka on EKS: ${request.name}`,
    ...(request.description && { site_description: request.description }),
    nav: [
      { Overview: 'index.md' },
      { 'Apply and verify': 'apply.md' },
      { 'Sizing and cost': 'sizing.md' },
      { Topics: 'topics.md' },
      { 'Client access': 'clients.md' },
      { 'Day 2 and destroy': 'day-2.md' },
    ],
    plugins: ['techdocs-core'],
  };
  const description = request.description
    ? `${escapeMarkdownText(request.description)}\n\n`
    : '';
  return [
    { path: 'mkdocs.yml', content: stringify(mkdocs) },
    {
      path: 'docs/index.md',
      content: `# ${request.name}\n\n${description}${overviewSection(
        request,
      )}\n\n## Read before you apply\n\n${warningsSection(request)}\n`,
    },
    {
      path: 'docs/apply.md',
      content: `# Apply and verify\n\n${applySection(
        request,
      )}\n\n## When something goes wrong\n\n${failureModesSection(
        request,
      )}\n\n## The portal\n\n${portalAccessSection(request)}\n`,
    },
    {
      path: 'docs/sizing.md',
      content: `# Sizing and cost\n\n${sizingSection(request)}\n`,
    },
    {
      path: 'docs/topics.md',
      content: `# Topics\n\n${topicsSection(request)}\n`,
    },
    {
      path: 'docs/clients.md',
      content: `# Client access\n\n${clientAccessSection(request)}\n`,
    },
    {
      path: 'docs/day-2.md',
      content: `# Day 2\n\n${DAY_TWO_RULES}\n\n## Destroy\n\n${destroySection(
        request,
      )}\n`,
    },
  ];
}
