export interface Config {
  kafkaOnEks?: {
    /**
     * Token-free publishing for demos: `kafka-on-eks:publish-local` commits
     * generated repositories into this folder and registers them in the
     * catalog. Leave unset in production, where the action refuses to run.
     * The backend reads the request and the change branches of the
     * repositories in this folder, and of no other local folder.
     */
    localPublish?: {
      /** Folder for the repositories, absolute or relative to the backend's working directory. */
      directory: string;
    };

    /**
     * The Prometheus of each Kubernetes cluster, for consumer lag, volume
     * fill and broker throughput. Asked once a minute per cluster by the
     * backend, never per page view.
     */
    prometheus?: Array<{
      /** A cluster name of `kubernetes.clusterLocatorMethods`. */
      cluster: string;
      /**
       * `none`, `bearer` (with `token`), `aws` (Amazon Managed Service for
       * Prometheus, SigV4 with the backend's AWS credentials; `region`,
       * optional `assumeRole`) or `kubernetes` (an in-cluster Prometheus
       * through the cluster API's service proxy, with the backend's
       * credentials for that cluster; `namespace`, `service`). Default `none`.
       */
      authProvider?: 'none' | 'bearer' | 'aws' | 'kubernetes';
      /**
       * Prometheus' base URL (queries go to `<url>/api/v1/query`); for AMP,
       * `https://aps-workspaces.<region>.amazonaws.com/workspaces/<id>`.
       * Not used by `kubernetes`.
       */
      url?: string;
      /**
       * Bearer token, for `bearer`.
       * @visibility secret
       */
      token?: string;
      /** AWS region of the AMP workspace, for `aws`. */
      region?: string;
      /** IAM role to assume for `aws`, in the workspace's account. */
      assumeRole?: string;
      /** Namespace of the Prometheus service, for `kubernetes`. Default `monitoring`. */
      namespace?: string;
      /**
       * The Prometheus service, `name` or `name:port`, for `kubernetes`.
       * Default `kube-prometheus-stack-prometheus:9090`, what the generated
       * repositories deploy.
       */
      service?: string;
    }>;
  };
}
