export interface Config {
  kafkaOnEks?: {
    /** The sizing assistant of the Kafka on EKS template. */
    sizing?: {
      /**
       * EBS prices for the monthly cost the assistant shows, replacing the
       * us-east-1 list prices (read 2026-11) for another region, currency or
       * a negotiated rate. What is left out keeps the list price. Each price
       * is per provisioned GiB, IOPS or MiB/s and month.
       */
      prices?: {
        /**
         * Where the prices apply, e.g. `eu-west-1`.
         * @visibility frontend
         */
        region?: string;
        /**
         * ISO 4217 currency code, e.g. `EUR`.
         * @visibility frontend
         */
        currency?: string;
        gp3?: {
          /** @visibility frontend */
          storagePerGiBMonth?: number;
          /**
           * Per provisioned IOPS above the included 3,000.
           * @visibility frontend
           */
          iopsPerMonth?: number;
          /**
           * Per provisioned MiB/s above the included 125 MiB/s.
           * @visibility frontend
           */
          throughputPerMiBpsMonth?: number;
        };
        st1?: {
          /** @visibility frontend */
          storagePerGiBMonth?: number;
        };
      };
    };
  };
}
