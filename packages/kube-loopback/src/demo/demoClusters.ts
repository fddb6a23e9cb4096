/** What the demo cluster holds, as data; `demoSeed.ts` turns it into objects. */

export const DEMO_NAMESPACE = 'kafka';
export const ZONES = ['us-east-1a', 'us-east-1b', 'us-east-1c'];
export const STRIMZI_VERSION = '1.2.0';
export const KAFKA_VERSION = '4.3.1';
/** The metadata version of Kafka 4.3.1 in Strimzi 1.2.0's kafka-versions.yaml. */
export const METADATA_VERSION = '4.3-IV0';

export interface DemoVolume {
  /** Size the pool asks for. */
  size: string;
  storageClass: string;
  volumeAttributesClass?: string;
}

export interface DemoPool {
  name: string;
  role: 'broker' | 'controller';
  nodeIds: number[];
  volume: DemoVolume;
  resources: { cpu: string; memory: string };
  /** EC2 type of the pool's nodes. */
  instanceType: string;
}

export interface DemoCluster {
  name: string;
  ready: boolean;
  /** The Strimzi version that last reconciled the cluster successfully. */
  operatorLastSuccessfulVersion: string;
  createdAt: string;
  pools: DemoPool[];
  topics: string[];
  /** One broker volume still finishing an online resize: node id and its old size. */
  resizing?: { nodeId: number; previousSize: string };
  /** A broker whose pod crash-loops, the cause of NotReady. */
  crashLooping?: number;
}

// Two clusters share the namespace, and node pool names are unique per
// namespace, so the second cluster's pools carry its name.
export const DEMO_CLUSTERS: DemoCluster[] = [
  {
    name: 'orders-kafka',
    ready: true,
    operatorLastSuccessfulVersion: STRIMZI_VERSION,
    createdAt: '2026-06-02T09:14:05Z',
    pools: [
      {
        name: 'broker',
        role: 'broker',
        nodeIds: [0, 1, 2],
        volume: {
          size: '1000Gi',
          storageClass: 'gp3',
          volumeAttributesClass: 'gp3-throughput-500',
        },
        resources: { cpu: '2', memory: '8Gi' },
        instanceType: 'm7i.xlarge',
      },
      {
        name: 'controller',
        role: 'controller',
        nodeIds: [3, 4, 5],
        volume: { size: '20Gi', storageClass: 'gp3' },
        resources: { cpu: '500m', memory: '2Gi' },
        instanceType: 'm7i.large',
      },
    ],
    resizing: { nodeId: 2, previousSize: '500Gi' },
    topics: [
      'orders.created',
      'orders.validated',
      'orders.paid',
      'orders.packed',
      'orders.shipped',
      'orders.delivered',
      'orders.cancelled',
      'orders.returned',
      'orders.refund-requested',
      'orders.dlq',
      'cart.item-added',
      'cart.item-removed',
      'cart.checked-out',
      'cart.abandoned',
      'inventory.reserved',
      'inventory.released',
      'inventory.adjusted',
      'inventory.snapshot',
      'shipping.label-created',
      'shipping.carrier-updates',
      'shipping.eta-changed',
      'customers.profile-changed',
      'customers.address-changed',
      'notifications.email-requested',
      'notifications.sms-requested',
      'search.index-updates',
      'pricing.price-changed',
      'promotions.applied',
      'audit.order-events',
      'legacy.orders-export',
    ],
  },
  {
    name: 'payments-kafka',
    ready: false,
    operatorLastSuccessfulVersion: '1.1.0',
    createdAt: '2026-03-17T14:40:51Z',
    pools: [
      {
        name: 'payments-broker',
        role: 'broker',
        nodeIds: [0, 1, 2],
        volume: { size: '2000Gi', storageClass: 'st1' },
        resources: { cpu: '4', memory: '16Gi' },
        instanceType: 'm7i.2xlarge',
      },
      {
        name: 'payments-controller',
        role: 'controller',
        nodeIds: [3, 4, 5],
        volume: { size: '20Gi', storageClass: 'gp3' },
        resources: { cpu: '500m', memory: '2Gi' },
        instanceType: 'm7i.large',
      },
    ],
    crashLooping: 2,
    topics: [
      'payments.authorized',
      'payments.captured',
      'payments.settled',
      'payments.failed',
      'payments.refunded',
      'payments.refunds.v2',
      'payments.chargebacks',
      'payments.dlq',
      'fraud.scores',
      'fraud.alerts',
      'fraud.reviews',
      'ledger.entries',
      'ledger.balances',
      'ledger.reconciliation',
      'payouts.scheduled',
      'payouts.completed',
      'fx.rates',
      'invoices.issued',
      'invoices.paid',
      'billing.usage-events',
    ],
  },
];

/** Topics whose status tells a story; the rest are plainly Ready. */
export const NOT_READY_TOPIC = 'payments.refunds.v2';
export const REPLICAS_CHANGE_TOPIC = 'orders.paid';
export const UNMANAGED_TOPIC = 'legacy.orders-export';
