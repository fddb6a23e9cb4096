import { Progress } from '@backstage/core-components';
import type { FieldExtensionComponentProps } from '@backstage/plugin-scaffolder-react';
import {
  CHANGE_BRANCH_PREFIX,
  CLUSTER_CHANGE_KINDS,
  type ClusterChangeFormValue,
  type ClusterChangeKind,
  type KafkaClusterRequest,
  type LiveClusterFacts,
} from '@kafka-on-eks/plugin-kafka-on-eks-common';
import Box from '@material-ui/core/Box';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import { useEffect, useMemo, useRef, useState } from 'react';
import { assessChange, changeFormValue } from './assessChange';
import { ChangeAssessmentPanel } from './ChangeAssessmentPanel';
import { changeTargetOf, fieldOptionsOf } from './changeTarget';
import { KindEditor } from './editors';
import { FieldIdContext } from './editors/DraftTextField';
import {
  desiredRequestOf,
  initialDraft,
  proposalOf,
  type ChangeDraft,
} from './kinds';
import { messageOf, useChangeStart } from './useChangeStart';

/**
 * The change template's `desired` field: the editor of the chosen change
 * kind, starting from the request in the cluster's repository, with what
 * the change rules (`validateClusterChange`) say of it as the user types.
 * Its value is the whole desired request with the pull request's branch
 * and title (`ClusterChangeFormValue` of the common package); the field's validation
 * blocks a refused or empty change.
 *
 * @public
 */
export function KafkaClusterChange(
  props: FieldExtensionComponentProps<ClusterChangeFormValue>,
) {
  const { formContext, uiSchema, schema } = props;
  const target = changeTargetOf(
    formContext?.formData,
    fieldOptionsOf(uiSchema),
  );
  const title = schema.title ?? 'The change';

  let body;
  if (!target.entityRef) {
    body = (
      <Note>
        Pick a Kafka cluster first: the change starts from its repository.
      </Note>
    );
  } else if (!target.kind) {
    body = <Note>Pick the change to make.</Note>;
  } else {
    body = (
      <ClusterChangeLoader
        // Another cluster or kind starts a new draft.
        key={`${target.entityRef} ${target.kind}`}
        entityRef={target.entityRef}
        kind={target.kind}
        prefill={target.prefill}
        fieldProps={props}
      />
    );
  }
  return (
    <Box mb={2}>
      <Typography variant="h6" component="h3">
        {title}
      </Typography>
      {body}
    </Box>
  );
}

function Note(props: { children: string }) {
  return (
    <Typography variant="body2" color="textSecondary" role="status">
      {props.children}
    </Typography>
  );
}

// The scaffolder remounts a field when the user steps back to its page,
// and the draft (what the user typed) is not part of the value: it is kept
// here for the value it made, per cluster and change kind.
const keptDrafts = new Map<string, ChangeDraft>();

function ClusterChangeLoader(props: {
  entityRef: string;
  kind: ClusterChangeKind;
  prefill: Record<string, unknown>;
  fieldProps: FieldExtensionComponentProps<ClusterChangeFormValue>;
}) {
  const { entityRef, kind, prefill, fieldProps } = props;
  const start = useChangeStart(entityRef);
  if (start.status === 'loading') return <Progress />;
  if (start.status === 'failed') {
    return (
      <Box role="alert" aria-label="The cluster's repository cannot be read">
        <Typography variant="subtitle2" color="error">
          The repository of {entityRef} cannot be read
        </Typography>
        <Typography variant="body2">{messageOf(start.error)}</Typography>
      </Box>
    );
  }
  return (
    <>
      {start.liveError && (
        <Typography variant="body2" color="textSecondary" paragraph>
          The live view of the cluster cannot be read (
          {messageOf(start.liveError)}): more brokers are refused until it can,
          and a resize still in progress cannot be seen here: check before
          merging a storage change.
        </Typography>
      )}
      <ChangeEditor
        current={start.current.request}
        live={start.live}
        kind={kind}
        prefill={prefill}
        draftKey={`${entityRef} ${kind}`}
        saved={fieldProps.formData}
        onChange={fieldProps.onChange}
        disabled={fieldProps.disabled || fieldProps.readonly}
        id={fieldProps.idSchema?.$id ?? 'kafka-cluster-change'}
      />
    </>
  );
}

function ChangeEditor(props: {
  current: KafkaClusterRequest;
  live: LiveClusterFacts;
  kind: ClusterChangeKind;
  prefill: Record<string, unknown>;
  onChange(value: ClusterChangeFormValue): void;
  disabled?: boolean;
  id: string;
  draftKey: string;
  saved?: ClusterChangeFormValue;
}) {
  const { current, live, kind, prefill, disabled, draftKey, saved } = props;
  const [draft, setDraftState] = useState<ChangeDraft>(() => {
    const kept = keptDrafts.get(draftKey);
    return kept && saved && proposalOf(current, kept).branch === saved.branch
      ? kept
      : initialDraft(kind, current, prefill);
  });
  const setDraft = (next: ChangeDraft) => {
    keptDrafts.set(draftKey, next);
    setDraftState(next);
  };
  const desired = useMemo(
    () => desiredRequestOf(current, draft),
    [current, draft],
  );
  const assessment = useMemo(
    () => assessChange(current, desired, live),
    [current, desired, live],
  );
  const proposal = useMemo(() => proposalOf(current, draft), [current, draft]);

  // The form holds the value of every draft, the first one included, so
  // the field's validation sees what the user sees.
  const onChange = useRef(props.onChange);
  onChange.current = props.onChange;
  useEffect(() => {
    onChange.current(changeFormValue(desired, assessment, proposal));
  }, [desired, assessment, proposal]);

  const about = CLUSTER_CHANGE_KINDS.find(k => k.kind === kind);
  return (
    <>
      {about && (
        <Typography variant="body2" color="textSecondary" paragraph>
          {about.title}: {about.description}. It starts from the request in the
          cluster&apos;s repository.
        </Typography>
      )}
      <FieldIdContext.Provider value={props.id}>
        <KindEditor
          current={current}
          draft={draft}
          onChange={setDraft}
          disabled={disabled}
        />
      </FieldIdContext.Provider>
      <ChangeAssessmentPanel assessment={assessment} />
      <Box mt={2}>
        <TextField
          id={`${props.id}_pull-request`}
          label="Pull request"
          value={proposal.title}
          helperText={`Branch ${CHANGE_BRANCH_PREFIX}${proposal.branch}`}
          InputProps={{ readOnly: true }}
          fullWidth
        />
      </Box>
    </>
  );
}
