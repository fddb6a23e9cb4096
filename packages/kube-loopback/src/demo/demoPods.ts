import {
  DEMO_NAMESPACE as NS,
  KAFKA_VERSION,
  STRIMZI_VERSION,
  type DemoCluster,
  type DemoPool,
} from './demoClusters';
import { KAFKA_POOL_NODE_LABEL } from '../nodes/kubernetesNode';
import {
  addMinutes,
  demoIp,
  demoNodeIp,
  demoNodeName,
  digest,
  strimziLabels,
  uuidFor,
  zoneOf,
} from './demoIds';

const STARTED_AT = '2026-11-20T03:12:44Z';

/** What the pools tolerate: the taint the Kafka node groups carry. */
export const DEMO_KAFKA_TAINT_TOLERATION = {
  key: 'dedicated',
  operator: 'Equal',
  value: 'kafka',
  effect: 'NoSchedule',
};

/**
 * A Kafka pod as a StrimziPodSet creates it. Its zone is in the
 * `topology.kubernetes.io/zone` label, as the PodTopologyLabelsAdmission
 * plugin (Kubernetes 1.33+, behind its feature gate) copies it from the node
 * at binding; without it only the node or the volume's node affinity tells.
 */
export function demoPod(
  cluster: DemoCluster,
  pool: DemoPool,
  nodeId: number,
): object {
  const name = `${cluster.name}-${pool.name}-${nodeId}`;
  const nodeName = demoNodeName(cluster, nodeId);
  const broker = pool.role === 'broker';
  const crashing = broker && cluster.crashLooping === nodeId;
  const image = `quay.io/strimzi/kafka:${STRIMZI_VERSION}-kafka-${KAFKA_VERSION}`;
  const started = addMinutes(STARTED_AT, nodeId * 3 + (cluster.ready ? 0 : 1));
  const ready = addMinutes(started, 1);
  const podSet = `${cluster.name}-${pool.name}`;
  const condition = (type: string, ok = true, at = ready) => ({
    type,
    status: ok ? 'True' : 'False',
    lastProbeTime: null,
    lastTransitionTime: at,
    ...(ok
      ? {}
      : {
          reason: 'ContainersNotReady',
          message: 'containers with unready status: [kafka]',
        }),
  });
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      name,
      namespace: NS,
      uid: uuidFor(`${NS}/pod/${name}`),
      creationTimestamp: started,
      labels: {
        ...strimziLabels(cluster.name, pool.name),
        'strimzi.io/broker-role': String(broker),
        'strimzi.io/controller': 'strimzipodset',
        'strimzi.io/controller-name': podSet,
        'strimzi.io/controller-role': String(!broker),
        'strimzi.io/pod-name': name,
        'topology.kubernetes.io/zone': zoneOf(nodeId),
      },
      annotations: {
        'strimzi.io/kafka-version': KAFKA_VERSION,
        'strimzi.io/revision': digest(`revision:${podSet}`)
          .toString('hex')
          .slice(0, 8),
      },
      ownerReferences: [
        {
          apiVersion: 'core.strimzi.io/v1',
          kind: 'StrimziPodSet',
          name: podSet,
          uid: uuidFor(`${NS}/strimzipodset/${podSet}`),
          controller: true,
          blockOwnerDeletion: false,
        },
      ],
    },
    spec: {
      hostname: name,
      subdomain: `${cluster.name}-kafka-brokers`,
      nodeName,
      serviceAccountName: `${cluster.name}-kafka`,
      restartPolicy: 'Always',
      schedulerName: 'default-scheduler',
      terminationGracePeriodSeconds: 30,
      // The pool template's node affinity, to which Strimzi's rack
      // awareness adds that the node must have a zone.
      affinity: {
        nodeAffinity: {
          requiredDuringSchedulingIgnoredDuringExecution: {
            nodeSelectorTerms: [
              {
                matchExpressions: [
                  {
                    key: KAFKA_POOL_NODE_LABEL,
                    operator: 'In',
                    values: [pool.name],
                  },
                  { key: 'topology.kubernetes.io/zone', operator: 'Exists' },
                ],
              },
            ],
          },
        },
        podAntiAffinity: {
          preferredDuringSchedulingIgnoredDuringExecution: [
            {
              weight: 100,
              podAffinityTerm: {
                labelSelector: {
                  matchLabels: {
                    'strimzi.io/cluster': cluster.name,
                    'strimzi.io/name': `${cluster.name}-kafka`,
                  },
                },
                topologyKey: 'topology.kubernetes.io/zone',
              },
            },
          ],
        },
      },
      tolerations: [DEMO_KAFKA_TAINT_TOLERATION],
      containers: [
        {
          name: 'kafka',
          image,
          command: ['/opt/kafka/kafka_run.sh'],
          ports: broker
            ? [
                {
                  containerPort: 9091,
                  name: 'tcp-replication',
                  protocol: 'TCP',
                },
                { containerPort: 9092, name: 'tcp-clients', protocol: 'TCP' },
                {
                  containerPort: 9093,
                  name: 'tcp-clientstls',
                  protocol: 'TCP',
                },
              ]
            : [{ containerPort: 9090, name: 'tcp-ctrlplane', protocol: 'TCP' }],
          resources: {
            requests: {
              cpu: pool.resources.cpu,
              memory: pool.resources.memory,
            },
            limits: { memory: pool.resources.memory },
          },
          volumeMounts: [
            { name: 'data-0', mountPath: '/var/lib/kafka/data-0' },
          ],
        },
      ],
      volumes: [
        {
          name: 'data-0',
          persistentVolumeClaim: { claimName: `data-0-${name}` },
        },
      ],
    },
    status: {
      phase: 'Running',
      conditions: [
        condition('PodReadyToStartContainers', true, started),
        condition('Initialized', true, started),
        condition('Ready', !crashing),
        condition('ContainersReady', !crashing),
        condition('PodScheduled', true, started),
      ],
      hostIP: demoNodeIp(nodeName),
      podIP: demoIp(nodeName, `pod:${name}`),
      startTime: started,
      qosClass: 'Burstable',
      containerStatuses: [
        {
          name: 'kafka',
          image,
          imageID: `quay.io/strimzi/kafka@sha256:${digest(image).toString(
            'hex',
          )}`,
          containerID: `containerd://${digest(`container:${name}`).toString(
            'hex',
          )}`,
          ready: !crashing,
          started: !crashing,
          restartCount: crashing ? 7 : 0,
          state: crashing
            ? {
                waiting: {
                  reason: 'CrashLoopBackOff',
                  message: `back-off 5m0s restarting failed container=kafka pod=${name}_${NS}(${uuidFor(
                    `${NS}/pod/${name}`,
                  )})`,
                },
              }
            : { running: { startedAt: started } },
          ...(crashing
            ? {
                lastState: {
                  terminated: {
                    exitCode: 1,
                    reason: 'Error',
                    startedAt: '2026-11-26T22:35:02Z',
                    finishedAt: '2026-11-26T22:35:19Z',
                  },
                },
              }
            : {}),
        },
      ],
    },
  };
}
