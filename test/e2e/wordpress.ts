// A real WordPress for the plugin's test: Debian's WordPress 6.1 (copied into a temporary folder,
// with its own wp-config.php), a MariaDB server of its own on a socket in that folder, PHP's
// built-in server on 127.0.0.1, installed with wp_install() and the plugin activated. Nothing
// outside the folder is changed; stop() ends both servers and removes it.

import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writePlugin } from '../../scripts/wordpress-plugin.mjs';

const root = new URL('../../', import.meta.url).pathname;

export interface WordPress {
  url: string;
  /** The server's request log and WordPress's debug log, to explain a failure. */
  logs(): string;
  /** Runs PHP with WordPress loaded (as a logged-out request); returns what it printed. */
  php(code: string): string;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** Waits for `ready` to hold, checking as often as it takes, up to `seconds`. */
async function until(ready: () => boolean, seconds: number, what: string): Promise<void> {
  const deadline = Date.now() + seconds * 1000;
  while (!ready()) {
    if (Date.now() > deadline) throw new Error(`${what} did not start within ${seconds} s`);
    // Polled, not raced: nothing is asserted until the server answers.
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function startMariaDb(folder: string): { process: ChildProcess; socket: string } {
  const data = join(folder, 'db');
  const socket = join(folder, 'db.sock');
  const user = process.getuid?.() === 0 ? ['--user=root'] : [];
  execFileSync('mariadb-install-db', ['--no-defaults', `--datadir=${data}`, '--auth-root-authentication-method=normal', '--skip-test-db', ...user], {
    stdio: 'pipe',
  });
  const server = spawn(
    'mariadbd',
    [
      '--no-defaults',
      `--datadir=${data}`,
      `--socket=${socket}`,
      '--skip-networking',
      `--pid-file=${join(folder, 'db.pid')}`,
      `--log-error=${join(folder, 'db.err')}`,
      ...user,
    ],
    { stdio: 'ignore' },
  );
  return { process: server, socket };
}

function canQuery(socket: string): boolean {
  if (!existsSync(socket)) return false;
  try {
    execFileSync('mariadb', ['--no-defaults', '-S', socket, '-u', 'root', '-e', 'SELECT 1'], { stdio: 'pipe' });
    return true;
  } catch {
    return false;
  }
}

function wpConfig(socket: string, url: string, folder: string): string {
  const keys = ['AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT'];
  return `<?php
define( 'DB_NAME', 'wordpress' );
define( 'DB_USER', 'root' );
define( 'DB_PASSWORD', '' );
define( 'DB_HOST', 'localhost:${socket}' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );
${keys.map((key) => `define( '${key}', '${randomBytes(24).toString('hex')}' );`).join('\n')}
$table_prefix = 'wp_';
define( 'WP_HOME', '${url}' );
define( 'WP_SITEURL', '${url}' );
define( 'WP_DEBUG', true );
define( 'WP_DEBUG_DISPLAY', false );
define( 'WP_DEBUG_LOG', '${join(folder, 'debug.log')}' );
define( 'DISABLE_WP_CRON', true );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
define( 'WP_HTTP_BLOCK_EXTERNAL', true );
if ( ! defined( 'ABSPATH' ) ) { define( 'ABSPATH', __DIR__ . '/' ); }
require_once ABSPATH . 'wp-settings.php';
`;
}

export async function startWordPress(): Promise<WordPress> {
  execFileSync('bash', [root + 'scripts/ensure-wordpress.sh'], { stdio: 'inherit' });
  const folder = mkdtempSync(join(tmpdir(), 'crc-wordpress-'));
  const db = startMariaDb(folder);
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const site = join(folder, 'site');
  // Debian links some of WordPress's files to its own packages by relative paths: copy what they point to.
  cpSync('/usr/share/wordpress', site, { recursive: true, dereference: true });
  writeFileSync(join(site, 'wp-config.php'), wpConfig(db.socket, url, folder));
  mkdirSync(join(site, 'wp-content', 'plugins'), { recursive: true });
  await writePlugin(join(site, 'wp-content', 'plugins'));
  await until(() => canQuery(db.socket), 60, 'MariaDB');
  execFileSync('mariadb', ['--no-defaults', '-S', db.socket, '-u', 'root', '-e', 'CREATE DATABASE wordpress CHARACTER SET utf8mb4']);

  const php = (code: string, installing = false) => {
    const script = join(folder, `run-${randomBytes(4).toString('hex')}.php`);
    writeFileSync(
      script,
      `<?php\n${installing ? "define( 'WP_INSTALLING', true );\n" : ''}$_SERVER['HTTP_HOST'] = '127.0.0.1:${port}';\n$_SERVER['SERVER_NAME'] = '127.0.0.1';\nrequire '${site}/wp-load.php';\n${code}\n`,
    );
    return execFileSync('php', [script], { encoding: 'utf8', stdio: 'pipe' });
  };
  php(
    `require_once ABSPATH . 'wp-admin/includes/upgrade.php';\nwp_install( 'さくら商工会議所', 'admin', 'admin@sakura-cci.example', true, '', 'admin-password' );`,
    true,
  );

  const serverLog = openSync(join(folder, 'server.log'), 'a');
  const server = spawn('php', ['-S', `127.0.0.1:${port}`, '-t', site], {
    stdio: ['ignore', serverLog, serverLog],
    env: { ...process.env, PHP_CLI_SERVER_WORKERS: '16' },
  });
  await until(
    () => {
      try {
        execFileSync('php', ['-r', `exit(@file_get_contents('${url}/wp-login.php') === false ? 1 : 0);`], { stdio: 'pipe' });
        return true;
      } catch {
        return false;
      }
    },
    30,
    "PHP's server",
  );

  return {
    url,
    php: (code) => php(code),
    logs: () =>
      ['server.log', 'debug.log']
        .map((name) => (existsSync(join(folder, name)) ? `${name}:\n${readFileSync(join(folder, name), 'utf8').slice(-6000)}` : ''))
        .join('\n'),
    stop: async () => {
      server.kill('SIGTERM');
      db.process.kill('SIGTERM');
      await new Promise((resolve) => (db.process.exitCode === null ? db.process.once('exit', resolve) : resolve(undefined)));
      rmSync(folder, { recursive: true, force: true });
    },
  };
}
