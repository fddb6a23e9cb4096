import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

export interface SelfSignedCertificate {
  /** PEM certificate, also the CA a client must trust (`certificate-authority-data`). */
  cert: string;
  key: string;
}

const run = promisify(execFile);

/** Whether the `openssl` command line is installed (Debian package `openssl`). */
export async function opensslAvailable(): Promise<boolean> {
  try {
    await run('openssl', ['version']);
    return true;
  } catch {
    return false;
  }
}

/**
 * A self-signed certificate for 127.0.0.1, ::1 and localhost, made with the
 * `openssl` command line in a temporary folder that is removed afterwards.
 * Throws, saying how to install it, when openssl is missing.
 */
export async function createSelfSignedCertificate(): Promise<SelfSignedCertificate> {
  if (!(await opensslAvailable())) {
    throw new Error(
      'openssl is not installed: install the Debian package `openssl` (apt-get install -y openssl)',
    );
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kube-loopback-tls-'));
  try {
    await run('openssl', [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:prime256v1',
      '-nodes',
      '-days',
      '2',
      '-subj',
      '/CN=kube-loopback',
      '-addext',
      'subjectAltName=IP:127.0.0.1,IP:::1,DNS:localhost',
      '-keyout',
      path.join(dir, 'key.pem'),
      '-out',
      path.join(dir, 'cert.pem'),
    ]);
    return {
      cert: fs.readFileSync(path.join(dir, 'cert.pem'), 'utf8'),
      key: fs.readFileSync(path.join(dir, 'key.pem'), 'utf8'),
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
