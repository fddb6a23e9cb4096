import { stringify } from 'yaml';
import type { KafkaClusterRequest } from '@kafka-on-eks/plugin-kafka-on-eks-common';
import type { RenderedFile } from '../types';
import { escapeMarkdownText } from './markdown';
import {
  applySection,
  DAY_TWO_RULES,
  overviewSection,
  topicsSection,
} from './readme';
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
      { 'Day 2': 'day-2.md' },
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
      )}\n`,
    },
    {
      path: 'docs/apply.md',
      content: `# Apply and verify\n\n${applySection(request)}\n`,
    },
    {
      path: 'docs/sizing.md',
      content: `# Sizing and cost\n\n${sizingSection(request)}\n`,
    },
    {
      path: 'docs/topics.md',
      content: `# Topics\n\n${topicsSection(request)}\n`,
    },
    { path: 'docs/day-2.md', content: `# Day 2\n\n${DAY_TWO_RULES}\n` },
  ];
}
