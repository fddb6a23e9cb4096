import type { Entity } from '@backstage/catalog-model';
import {
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { EntityRefLink, useEntity } from '@backstage/plugin-catalog-react';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import type { KafkaAclGrant } from '@kafka-on-eks/plugin-kafka-on-eks-common';
import { useKafkaAccess, type KafkaClusterAccess } from './useKafkaAccess';

const grantText = (grant: KafkaAclGrant) =>
  `${grant.name}${grant.patternType === 'prefix' ? '*' : ''}: ${
    grant.operations.join(', ') || 'no operation'
  }`;

function Grants(props: { grants?: KafkaAclGrant[]; empty: string }) {
  if (!props.grants?.length) {
    return (
      <Typography variant="body2" color="textSecondary">
        {props.empty}
      </Typography>
    );
  }
  return (
    <>
      {props.grants.map(grant => (
        <Typography variant="body2" key={`${grant.patternType}:${grant.name}`}>
          {grantText(grant)}
        </Typography>
      ))}
    </>
  );
}

function ClusterRow(props: { cluster: KafkaClusterAccess }) {
  const { clusterRef, topics, access } = props.cluster;
  return (
    <TableRow>
      <TableCell>
        <EntityRefLink entityRef={clusterRef} />
        {access?.users.length ? (
          <Typography variant="caption" display="block" color="textSecondary">
            as KafkaUser {access.users.join(', ')}
          </Typography>
        ) : null}
      </TableCell>
      <TableCell>
        {topics.length ? (
          topics.map((topic: Entity) => (
            <Typography variant="body2" key={topic.metadata.name}>
              <EntityRefLink entityRef={topic} />
            </Typography>
          ))
        ) : (
          <Typography variant="body2" color="textSecondary">
            none in the catalog
          </Typography>
        )}
      </TableCell>
      <TableCell>
        <Grants grants={access?.topics} empty="not known" />
      </TableCell>
      <TableCell>
        <Grants grants={access?.groups} empty="none" />
      </TableCell>
    </TableRow>
  );
}

/**
 * "Kafka access" on a Component's overview: the Kafka clusters and topics
 * the Component uses (its `dependsOn` relations to `kafka-cluster` and
 * `kafka-topic` Resources, as catalog discovery emits them), with the topic
 * operations and consumer groups its KafkaUsers' ACLs allow.
 *
 * @public
 */
export function KafkaAccessCard() {
  const { entity } = useEntity();
  const state = useKafkaAccess(entity);
  let content: JSX.Element;
  if (state.loading) {
    content = <Progress />;
  } else if ('error' in state) {
    content = <ResponseErrorPanel error={state.error} />;
  } else if (state.clusters.length === 0) {
    content = (
      <Typography variant="body2">
        This component uses no Kafka cluster the catalog knows of. Catalog
        discovery relates it through a KafkaUser annotated with
        kafka-on-eks/component.
      </Typography>
    );
  } else {
    content = (
      <Table size="small" aria-label="Kafka access">
        <TableHead>
          <TableRow>
            <TableCell>Cluster</TableCell>
            <TableCell>Topics</TableCell>
            <TableCell>Access</TableCell>
            <TableCell>Consumer groups</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {state.clusters.map(cluster => (
            <ClusterRow key={cluster.clusterRef} cluster={cluster} />
          ))}
        </TableBody>
      </Table>
    );
  }
  return <InfoCard title="Kafka access">{content}</InfoCard>;
}
