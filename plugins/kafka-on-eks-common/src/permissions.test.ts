import { isResourcePermission } from '@backstage/plugin-permission-common';
import {
  kafkaClusterReadPermission,
  kafkaOnEksPermissions,
  kafkaRebalanceUpdatePermission,
} from './permissions';

describe('kafkaClusterReadPermission', () => {
  it('is a read permission on catalog entities', () => {
    expect(kafkaClusterReadPermission.name).toBe('kafka-on-eks.cluster.read');
    expect(kafkaClusterReadPermission.attributes.action).toBe('read');
    expect(
      isResourcePermission(kafkaClusterReadPermission, 'catalog-entity'),
    ).toBe(true);
  });

  it('is listed for the permission integration', () => {
    expect(kafkaOnEksPermissions).toContain(kafkaClusterReadPermission);
  });
});

describe('kafkaRebalanceUpdatePermission', () => {
  it('is an update permission on catalog entities, apart from reading', () => {
    expect(kafkaRebalanceUpdatePermission.name).toBe(
      'kafka-on-eks.rebalance.update',
    );
    expect(kafkaRebalanceUpdatePermission.attributes.action).toBe('update');
    expect(
      isResourcePermission(kafkaRebalanceUpdatePermission, 'catalog-entity'),
    ).toBe(true);
    expect(kafkaOnEksPermissions).toContain(kafkaRebalanceUpdatePermission);
  });
});
