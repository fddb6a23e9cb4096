import { isResourcePermission } from '@backstage/plugin-permission-common';
import {
  kafkaClusterReadPermission,
  kafkaOnEksPermissions,
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
