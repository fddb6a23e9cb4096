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
  };
}
