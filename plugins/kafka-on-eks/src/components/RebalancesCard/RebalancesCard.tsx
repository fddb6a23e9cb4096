import { stringifyEntityRef } from '@backstage/catalog-model';
import { InfoCard } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { ResponseError } from '@backstage/errors';
import { useEntity } from '@backstage/plugin-catalog-react';
import { usePermission } from '@backstage/plugin-permission-react';
import {
  kafkaRebalanceUpdatePermission,
  type KafkaAutoRebalanceView,
  type KafkaRebalanceAction,
  type KafkaRebalanceProposalView,
  type KafkaRebalanceView,
} from '@kafka-on-eks/plugin-kafka-on-eks-common';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Chip from '@material-ui/core/Chip';
import Typography from '@material-ui/core/Typography';
import { useState } from 'react';
import { kafkaOnEksApiRef } from '../../api';
import { formatBytes } from '../../format';

const ACTION_LABELS: Record<KafkaRebalanceAction, string> = {
  approve: 'Approve',
  stop: 'Stop',
  refresh: 'Refresh',
};

/**
 * The Kafka's KafkaRebalances (state, progress, proposal summary) and its
 * auto-rebalancing state, with Approve / Stop / Refresh for users who hold
 * `kafka-on-eks.rebalance.update` on the entity.
 */
export function RebalancesCard(props: {
  rebalances: KafkaRebalanceView[];
  autoRebalance?: KafkaAutoRebalanceView;
  /** Called after an action was accepted, e.g. to refetch the view. */
  onChanged?: () => void;
}) {
  const { entity } = useEntity();
  const entityRef = stringifyEntityRef(entity);
  const { allowed } = usePermission({
    permission: kafkaRebalanceUpdatePermission,
    resourceRef: entityRef,
  });
  const { rebalances, autoRebalance } = props;

  return (
    <InfoCard title="Rebalances">
      {autoRebalance && (
        <Typography variant="body2" gutterBottom>
          Auto-rebalance: {autoRebalance.state}
          {autoRebalance.modes?.map(m =>
            m.brokers.length
              ? ` (${m.mode}: brokers ${m.brokers.join(', ')})`
              : ` (${m.mode})`,
          )}
        </Typography>
      )}
      {rebalances.length === 0 ? (
        <Typography variant="body2">
          No KafkaRebalance for this Kafka
        </Typography>
      ) : (
        rebalances.map(rebalance => (
          <RebalanceItem
            key={rebalance.name}
            entityRef={entityRef}
            rebalance={rebalance}
            canUpdate={allowed}
            onChanged={props.onChanged}
          />
        ))
      )}
    </InfoCard>
  );
}

function RebalanceItem(props: {
  entityRef: string;
  rebalance: KafkaRebalanceView;
  canUpdate: boolean;
  onChanged?: () => void;
}) {
  const { entityRef, rebalance, canUpdate } = props;
  const api = useApi(kafkaOnEksApiRef);
  const [pending, setPending] = useState<KafkaRebalanceAction>();
  const [outcome, setOutcome] = useState<
    { ok: true; text: string } | { ok: false; text: string }
  >();

  const run = async (action: KafkaRebalanceAction) => {
    setPending(action);
    setOutcome(undefined);
    try {
      await api.requestRebalanceAction(entityRef, rebalance.name, action);
      setOutcome({ ok: true, text: `${ACTION_LABELS[action]} requested` });
      props.onChanged?.();
    } catch (error) {
      // The backend's message says why: denied, wrong state, gone; a
      // ResponseError's own message only names the status.
      setOutcome({
        ok: false,
        text:
          error instanceof ResponseError
            ? error.body.error.message
            : (error as Error).message,
      });
    } finally {
      setPending(undefined);
    }
  };

  const region = `rebalance-${rebalance.name}`;
  return (
    <Box component="section" aria-labelledby={region} mb={2}>
      <Box display="flex" alignItems="center" flexWrap="wrap" gridGap={8}>
        <Typography variant="subtitle1" id={region}>
          {rebalance.name}
        </Typography>
        <Chip size="small" label={rebalance.state ?? 'No state yet'} />
        <Typography variant="body2" color="textSecondary">
          {rebalance.mode}
          {rebalance.brokers.length > 0 &&
            ` (brokers ${rebalance.brokers.join(', ')})`}
        </Typography>
      </Box>
      {rebalance.message && (
        <Typography variant="body2" color="textSecondary">
          {rebalance.message}
        </Typography>
      )}
      {rebalance.progressConfigMap && (
        <Typography variant="body2">
          Progress in ConfigMap {rebalance.progressConfigMap}
        </Typography>
      )}
      {rebalance.requestedAction && (
        <Typography variant="body2">
          Requested: {rebalance.requestedAction}
        </Typography>
      )}
      {rebalance.proposal && <ProposalSummary proposal={rebalance.proposal} />}
      {canUpdate && rebalance.allowedActions.length > 0 && (
        <Box mt={1} display="flex" gridGap={8}>
          {rebalance.allowedActions.map(action => (
            <Button
              key={action}
              size="small"
              variant="outlined"
              color={action === 'approve' ? 'primary' : 'default'}
              disabled={pending !== undefined}
              onClick={() => run(action)}
              aria-label={`${ACTION_LABELS[action]} ${rebalance.name}`}
            >
              {ACTION_LABELS[action]}
            </Button>
          ))}
        </Box>
      )}
      {outcome && (
        <Typography
          variant="body2"
          role={outcome.ok ? 'status' : 'alert'}
          color={outcome.ok ? 'textPrimary' : 'error'}
        >
          {outcome.text}
        </Typography>
      )}
    </Box>
  );
}

function ProposalSummary(props: { proposal: KafkaRebalanceProposalView }) {
  const p = props.proposal;
  const facts: Array<[string, string]> = [];
  if (p.dataToMoveMB !== undefined) {
    // Cruise Control's MB are 2^20 bytes.
    facts.push(['Data to move', formatBytes(p.dataToMoveMB * 2 ** 20)]);
  }
  if (p.numReplicaMovements !== undefined) {
    facts.push(['Replica movements', String(p.numReplicaMovements)]);
  }
  if (p.numLeaderMovements !== undefined) {
    facts.push(['Leader movements', String(p.numLeaderMovements)]);
  }
  if (
    p.onDemandBalancednessScoreBefore !== undefined &&
    p.onDemandBalancednessScoreAfter !== undefined
  ) {
    facts.push([
      'Balancedness',
      `${p.onDemandBalancednessScoreBefore.toFixed(
        1,
      )} → ${p.onDemandBalancednessScoreAfter.toFixed(1)}`,
    ]);
  }
  if (p.provisionStatus) facts.push(['Provisioning', p.provisionStatus]);
  return (
    <Box
      component="dl"
      display="grid"
      gridTemplateColumns="max-content 1fr"
      gridColumnGap={16}
      my={1}
    >
      {facts.map(([term, value]) => (
        <Box key={term} display="contents">
          <Typography component="dt" variant="body2" color="textSecondary">
            {term}
          </Typography>
          <Typography component="dd" variant="body2" style={{ margin: 0 }}>
            {value}
          </Typography>
        </Box>
      ))}
    </Box>
  );
}
