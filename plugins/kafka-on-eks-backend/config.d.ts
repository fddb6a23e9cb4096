export interface Config {
  /**
   * The kafka-on-eks backend reads the clusters of Backstage's Kubernetes
   * plugin: only the `config` locator, and only these fields. A portal that
   * already configures the Kubernetes plugin needs nothing more.
   */
  kubernetes?: {
    clusterLocatorMethods?: Array<{
      /** Only `config` locators are watched. */
      type: string;
      clusters?: Array<{
        /** Matches the `backstage.io/kubernetes-cluster` annotation. */
        name: string;
        /** The API server URL. */
        url: string;
        /** `serviceAccount` or `aws`. */
        authProvider?: string;
        /**
         * Bearer token for `serviceAccount`; the pod's own when unset.
         * @visibility secret
         */
        serviceAccountToken?: string;
        /** For `aws`: a role to assume before signing the EKS token. */
        assumeRole?: string;
        /** For `aws`: the external id of that role. */
        externalId?: string;
        /** Base64 PEM of the API server's CA. */
        caData?: string;
        /** Path of a PEM file with the API server's CA. */
        caFile?: string;
        /** Skips TLS verification; needed for plain-HTTP loopback demos. */
        skipTLSVerify?: boolean;
      }>;
    }>;
  };
}
