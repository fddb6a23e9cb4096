export interface Config {
  kafkaOnEks?: {
    demo?: {
      /**
       * A loopback Kubernetes API server with demo Strimzi clusters, for the
       * embedded default. Point a `kubernetes.clusterLocatorMethods` cluster
       * at `http://127.0.0.1:<port>` with `skipTLSVerify: true`.
       */
      kubernetesApi?: {
        port: number;
        /** Bearer token the API requires. */
        token: string;
        /** Folder of YAML objects to start with. */
        seedDirectory: string;
      };
    };
  };
}
