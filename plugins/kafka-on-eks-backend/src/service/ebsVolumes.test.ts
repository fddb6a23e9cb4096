import {
  ebsPerformanceOf,
  ebsVolumeIdOf,
  zoneOfPersistentVolume,
} from './ebsVolumes';

const gp3 = {
  metadata: { name: 'gp3' },
  provisioner: 'ebs.csi.aws.com',
  parameters: { type: 'gp3', iops: '6000', throughput: '250' },
};

describe('ebsPerformanceOf', () => {
  it('reads type, IOPS and throughput from the StorageClass', () => {
    expect(ebsPerformanceOf(gp3, undefined)).toEqual({
      ebsType: 'gp3',
      iops: 6000,
      throughputMiBps: 250,
    });
  });

  it('lets a VolumeAttributesClass override only what it sets', () => {
    const faster = {
      metadata: { name: 'faster' },
      driverName: 'ebs.csi.aws.com',
      parameters: { iops: '16000' },
    };
    expect(ebsPerformanceOf(gp3, faster)).toEqual({
      ebsType: 'gp3',
      iops: 16000,
      throughputMiBps: 250,
    });
    expect(
      ebsPerformanceOf(gp3, {
        ...faster,
        parameters: { type: 'io2', iops: '32000' },
      }).ebsType,
    ).toBe('io2');
  });

  it('reads parameter names case-insensitively, as the driver does', () => {
    expect(
      ebsPerformanceOf(
        {
          provisioner: 'ebs.csi.aws.com',
          parameters: { Type: 'IO2', IOPS: '9000' },
        },
        undefined,
      ),
    ).toEqual({ ebsType: 'io2', iops: 9000 });
  });

  it('knows what each provisioner creates without a type', () => {
    expect(
      ebsPerformanceOf({ provisioner: 'ebs.csi.aws.com' }, undefined).ebsType,
    ).toBe('gp3');
    expect(
      ebsPerformanceOf({ provisioner: 'kubernetes.io/aws-ebs' }, undefined)
        .ebsType,
    ).toBe('gp2');
  });

  it('ignores classes of other drivers', () => {
    expect(
      ebsPerformanceOf(
        { provisioner: 'efs.csi.aws.com', parameters: { type: 'x' } },
        { driverName: 'other.csi', parameters: { iops: '5' } },
      ),
    ).toEqual({});
  });
});

describe('zoneOfPersistentVolume and ebsVolumeIdOf', () => {
  it('read a CSI volume', () => {
    const volume = {
      spec: {
        csi: {
          driver: 'ebs.csi.aws.com',
          volumeHandle: 'vol-0123456789abcdef0',
        },
        nodeAffinity: {
          required: {
            nodeSelectorTerms: [
              {
                matchExpressions: [
                  {
                    key: 'kubernetes.io/os',
                    operator: 'In',
                    values: ['linux'],
                  },
                  {
                    key: 'topology.ebs.csi.aws.com/zone',
                    operator: 'In',
                    values: ['us-east-1d'],
                  },
                ],
              },
            ],
          },
        },
      },
    };
    expect(zoneOfPersistentVolume(volume)).toBe('us-east-1d');
    expect(ebsVolumeIdOf(volume)).toBe('vol-0123456789abcdef0');
  });

  it('read an in-tree volume by its labels and volume id', () => {
    const volume = {
      metadata: { labels: { 'topology.kubernetes.io/zone': 'eu-north-1b' } },
      spec: {
        awsElasticBlockStore: {
          volumeID: 'aws://eu-north-1b/vol-0fedcba987654321',
        },
      },
    };
    expect(zoneOfPersistentVolume(volume)).toBe('eu-north-1b');
    expect(ebsVolumeIdOf(volume)).toBe('vol-0fedcba987654321');
  });

  it('give no EBS id for a volume of another driver', () => {
    expect(
      ebsVolumeIdOf({
        spec: { csi: { driver: 'efs.csi.aws.com', volumeHandle: 'fs-1' } },
      }),
    ).toBeUndefined();
    expect(zoneOfPersistentVolume(undefined)).toBeUndefined();
  });
});
