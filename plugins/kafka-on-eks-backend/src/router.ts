import express from 'express';
import Router from 'express-promise-router';

/**
 * The plugin's HTTP routes, mounted at `/api/kafka-on-eks`.
 */
export async function createRouter(): Promise<express.Router> {
  const router = Router();
  router.use(express.json());

  // Liveness of this plugin inside the backend; load balancers and the
  // portal's own smoke test call it without a token.
  router.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });

  return router;
}
