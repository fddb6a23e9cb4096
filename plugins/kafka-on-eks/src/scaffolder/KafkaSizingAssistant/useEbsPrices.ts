import { configApiRef, useApi } from '@backstage/core-plugin-api';
import {
  resolveEbsPrices,
  type EbsPrices,
} from '@kafka-on-eks/plugin-kafka-on-eks-common';
import { useMemo } from 'react';

/**
 * The EBS prices for the monthly cost: the us-east-1 list prices, with what
 * the platform team set in `kafkaOnEks.sizing.prices` on top.
 */
export function useEbsPrices(): EbsPrices {
  const config = useApi(configApiRef);
  return useMemo(() => {
    const prices = config.getOptionalConfig('kafkaOnEks.sizing.prices');
    const gp3 = prices?.getOptionalConfig('gp3');
    const st1 = prices?.getOptionalConfig('st1');
    return resolveEbsPrices({
      region: prices?.getOptionalString('region'),
      currency: prices?.getOptionalString('currency'),
      gp3: {
        storagePerGiBMonth: gp3?.getOptionalNumber('storagePerGiBMonth'),
        iopsPerMonth: gp3?.getOptionalNumber('iopsPerMonth'),
        throughputPerMiBpsMonth: gp3?.getOptionalNumber(
          'throughputPerMiBpsMonth',
        ),
      },
      st1: { storagePerGiBMonth: st1?.getOptionalNumber('storagePerGiBMonth') },
    });
  }, [config]);
}
