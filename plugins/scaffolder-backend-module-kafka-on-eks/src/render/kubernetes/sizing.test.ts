import fc from 'fast-check';
import { PATTERNS } from '@kafka-on-eks/plugin-kafka-on-eks-common';
import { instanceShape, podSizing } from './sizing';

const GiB = 1024;

describe('instanceShape', () => {
  it.each([
    ['m7i.large', 2, 8],
    ['m7i.xlarge', 4, 16],
    ['r7i.2xlarge', 8, 64],
    ['c7g.4xlarge', 16, 32],
    ['m7i-flex.xlarge', 4, 16],
    ['x2idn.xlarge', 4, 64],
    ['i4i.2xlarge', 8, 64],
    ['im4gn.xlarge', 4, 16],
    ['is4gen.xlarge', 4, 24],
    ['d3en.xlarge', 4, 16],
    ['a1.large', 2, 4],
    ['m7i.metal-24xl', 96, 384],
    ['t3.small', 1, 2],
    ['m6g.medium', 1, 4],
    // Unknown size or family: counted as a large general-purpose node.
    ['m5.metal', 2, 8],
    ['q9.large', 2, 8],
    ['m7i.constructor', 2, 8],
  ])('%s has %i vCPUs and %i GiB', (type, vcpus, gib) => {
    expect(instanceShape(type)).toEqual({ vcpus, memoryMiB: gib * GiB });
  });
});

describe('podSizing', () => {
  it.each([
    ['m7i.large', '1500m', '2', '6Gi', '3072m'],
    ['m7i.xlarge', '3500m', '4', '12Gi', '6144m'],
    ['r7i.2xlarge', '7500m', '8', '48Gi', '6144m'],
    ['c7i.large', '1500m', '2', '3Gi', '1536m'],
    ['m6g.medium', '500m', '1', '3Gi', '1536m'],
  ])('sizes a pod on %s', (type, cpuRequest, cpuLimit, memory, heap) => {
    expect(podSizing(type)).toEqual({
      resources: {
        requests: { cpu: cpuRequest, memory },
        limits: { cpu: cpuLimit, memory },
      },
      jvmOptions: { '-Xms': heap, '-Xmx': heap },
    });
  });

  const mib = (quantity: string) =>
    quantity.endsWith('Gi')
      ? Number(quantity.slice(0, -2)) * GiB
      : Number(quantity.slice(0, -2));

  it('never asks for more than the node has, and keeps the heap under half the container', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(new RegExp(PATTERNS.ec2InstanceType)),
        type => {
          const { vcpus, memoryMiB } = instanceShape(type);
          const { resources, jvmOptions } = podSizing(type);
          expect(Number(resources.requests.cpu.slice(0, -1))).toBeLessThan(
            vcpus * 1000,
          );
          expect(mib(resources.requests.memory)).toBeLessThan(memoryMiB);
          expect(resources.limits.memory).toBe(resources.requests.memory);
          const heap = Number(jvmOptions['-Xmx'].slice(0, -1));
          expect(heap).toBeLessThanOrEqual(
            Math.max(256, mib(resources.limits.memory) / 2),
          );
          expect(heap).toBeLessThanOrEqual(6 * GiB);
        },
      ),
    );
  });
});
