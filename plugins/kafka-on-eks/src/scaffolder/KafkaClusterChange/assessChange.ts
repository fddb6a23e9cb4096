import {
  PATTERNS,
  validateClusterChange,
  type ClusterChange,
  type ClusterChangeFormValue,
  type KafkaClusterRequest,
  type LiveClusterFacts,
  type RequestProblem,
  type RequestWarning,
} from '@kafka-on-eks/plugin-kafka-on-eks-common';
import type { ChangeProposal } from './kinds';

/** What the change rules say of a desired request. */
export type ChangeAssessment =
  | { status: 'refused'; problems: RequestProblem[] }
  | { status: 'empty' }
  | {
      status: 'accepted';
      /** The desired request with its defaults, as the action receives it. */
      request: KafkaClusterRequest;
      changes: ClusterChange[];
      followUps: string[];
      warnings: RequestWarning[];
    };

/** `validateClusterChange`, with "changes nothing" told apart from accepted. */
export function assessChange(
  current: KafkaClusterRequest,
  desired: unknown,
  live: LiveClusterFacts,
): ChangeAssessment {
  const result = validateClusterChange(current, desired, { live });
  if (!result.ok) return { status: 'refused', problems: result.problems };
  if (result.changes.length === 0) return { status: 'empty' };
  return {
    status: 'accepted',
    request: result.request,
    changes: result.changes,
    followUps: result.followUps,
    warnings: result.warnings,
  };
}

/** The field's value: the whole desired request and its pull request. */
export function changeFormValue(
  desired: unknown,
  assessment: ChangeAssessment,
  proposal: ChangeProposal,
): ClusterChangeFormValue {
  return {
    request:
      assessment.status === 'accepted'
        ? assessment.request
        : (desired as KafkaClusterRequest),
    branch: proposal.branch,
    title: proposal.title,
  };
}

/** The message for a change that leaves the request as it is. */
export const EMPTY_CHANGE_MESSAGE =
  'request: it is the current request: change a value to propose a change';

const MAX_TITLE_LENGTH = 200;

/**
 * Why a field value cannot be submitted, each message naming its field: the
 * change rules' refusals, an empty change, and the branch and title rules.
 * Empty when it can.
 */
export function formValueProblems(
  current: KafkaClusterRequest,
  value: unknown,
  live: LiveClusterFacts,
): string[] {
  const { request, branch, title } = (value ?? {}) as Partial<
    Record<keyof ClusterChangeFormValue, unknown>
  >;
  if (typeof request !== 'object' || request === null) {
    return ['request: pick a cluster and a change, then edit the change'];
  }
  const problems: string[] = [];
  const assessment = assessChange(current, request, live);
  if (assessment.status === 'refused') {
    problems.push(
      ...assessment.problems.map(p =>
        p.path ? `${p.path}: ${p.message}` : p.message,
      ),
    );
  } else if (assessment.status === 'empty') {
    problems.push(EMPTY_CHANGE_MESSAGE);
  }
  if (
    typeof branch !== 'string' ||
    !new RegExp(PATTERNS.gitRef).test(branch) ||
    branch.includes('..') ||
    branch.endsWith('.lock') ||
    branch.endsWith('/')
  ) {
    problems.push(
      `branch: must be a branch name after kafka-on-eks/ of letters, digits, ".", "_", "/" and "-" (got ${JSON.stringify(
        branch ?? '',
      )})`,
    );
  }
  if (typeof title !== 'string' || title.trim() === '') {
    problems.push('title: the pull request needs a title');
  } else if (title.length > MAX_TITLE_LENGTH) {
    problems.push(`title: must be at most ${MAX_TITLE_LENGTH} characters`);
  }
  return problems;
}
