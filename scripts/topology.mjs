#!/usr/bin/env node
/**
 * `npm run topology`: the production topology of one server, on this machine's loopback (deploy/README.md):
 *
 *   client ──https──▶ nginx (TLS, client address, edge limits, micro-cache, /_next/static from disk)
 *                       └──▶ N × `next start` on 127.0.0.1 (process 1 migrates first and runs the jobs)
 *                              ├──▶ redis-server (Next's page cache and tag expiries, shared)
 *                              └──▶ the database: SQLite file in DIR/data, or DATABASE_URI (MongoDB)
 *
 * Options: --processes=N (default: one per CPU core), --https-port=8443, --http-port=8080, --dir=DIR (kept;
 * default a new temporary directory, removed at exit), --seed (the press-release content, RSVP rehearsal
 * with --shift-weeks=N), --ferretdb (the MongoDB leg on a local FerretDB), --write-rate=10r/m and
 * --write-burst=10 (edge limits on public writes).
 * Environment: NEXT_DIST_DIR (the build to serve, default .next; built when missing), DATABASE_URI,
 * PAYLOAD_SECRET (else one is generated and kept in DIR/secret), ADMIN_BOOTSTRAP_EMAIL, RSVP_RATE_LIMIT,
 * SMTP_*. Runs until Ctrl-C, then stops everything it started.
 *
 * Also a module: `startTopology(options)` for the tests (tests/topology) and the bench (bench/topology.mjs).
 */
import { execFileSync, spawn } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import http from 'node:http'
import https from 'node:https'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))

import { freePort } from './freePort.mjs'

export { freePort }

const listening = (port) =>
  new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1', () => (socket.end(), resolve(true)))
    socket.on('error', () => resolve(false))
  })

/**
 * An https request that trusts the topology's own certificate (Node's fetch cannot be given a CA).
 * @param {string} url
 * @param {{ method?: string, headers?: Record<string, string>, body?: string, ca?: Buffer | string, timeoutMs?: number }} [options]
 * @returns {Promise<{ status: number, headers: import('node:http').IncomingHttpHeaders, text: string }>}
 */
export function request(url, { method = 'GET', headers = {}, body, ca, timeoutMs = 30_000 } = {}) {
  return new Promise((resolve, reject) => {
    const target = new URL(url)
    const req = (target.protocol === 'https:' ? https : http).request(
      target,
      {
        method,
        headers: { ...(body ? { 'content-length': Buffer.byteLength(body) } : {}), ...headers },
        ca,
        servername: 'localhost',
        timeout: timeoutMs,
      },
      (res) => {
        const chunks = []
        res.on('data', (chunk) => chunks.push(chunk))
        res.on('end', () =>
          resolve({ status: res.statusCode, headers: res.headers, text: Buffer.concat(chunks).toString('utf8') }),
        )
        res.on('error', reject)
      },
    )
    req.on('timeout', () => req.destroy(new Error(`${method} ${url}: no answer within ${timeoutMs} ms`)))
    req.on('error', reject)
    if (body) req.write(body)
    req.end()
  })
}

/** Starts a child in its own process group, output to a log file; stop() ends the whole group. */
function launch(name, command, args, { env, cwd = root, logFile }) {
  const log = fs.openSync(logFile, 'a')
  const child = spawn(command, args, { cwd, env, stdio: ['ignore', log, log], detached: true })
  fs.closeSync(log)
  const exited = new Promise((resolve) => child.once('exit', resolve))
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return
    try {
      process.kill(-child.pid, 'SIGTERM')
    } catch {
      return
    }
    const done = await Promise.race([exited.then(() => true), sleep(5000).then(() => false)])
    if (!done) {
      try {
        process.kill(-child.pid, 'SIGKILL')
      } catch {
        // gone meanwhile
      }
      await exited
    }
  }
  return { name, child, pid: child.pid, logFile, stop }
}

async function waitFor(what, check, { child, timeoutMs = 60_000, logFile } = {}) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child && child.exitCode !== null)
      throw new Error(`${what}: exited with ${child.exitCode}${logFile ? ` (see ${logFile})` : ''}`)
    if (await check().catch(() => false)) return
    await sleep(150)
  }
  throw new Error(`${what}: not ready after ${timeoutMs / 1000} s${logFile ? ` (see ${logFile})` : ''}`)
}

/** Only the OCCE_* names are replaced, like `envsubst '${OCCE_…}'`: nginx's own $variables stay. */
export function render(template, values) {
  return template.replace(/\$\{(OCCE_[A-Z_]+)\}/g, (whole, name) => {
    if (!(name in values)) throw new Error(`deploy/nginx: no value for ${name}`)
    return String(values[name])
  })
}

function selfSignedCertificate(dir) {
  const cert = path.join(dir, 'cert.pem')
  const key = path.join(dir, 'key.pem')
  if (!fs.existsSync(cert)) {
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-days',
        '30',
        '-subj',
        '/CN=localhost',
        '-addext',
        'subjectAltName=DNS:localhost,IP:127.0.0.1',
        '-keyout',
        key,
        '-out',
        cert,
      ],
      { stdio: 'ignore' },
    )
    fs.chmodSync(key, 0o600)
  }
  return { cert, key, ca: fs.readFileSync(cert) }
}

function shiftWeeks(now = new Date()) {
  const week = 7 * 24 * 3600 * 1000
  return Math.max(0, Math.ceil((now.getTime() - Date.UTC(2026, 5, 4, 7, 0)) / week) + 3)
}

/**
 * Starts redis, the app processes and nginx; resolves once nginx answers through TLS.
 * Returns { url, httpUrl, ca, processes: [{ url, pid, runsJobs }], redisUrl, dir, env, stop() }.
 */
export async function startTopology(options = {}) {
  const processes = Math.max(1, Number(options.processes ?? os.availableParallelism?.() ?? os.cpus().length))
  const distDir = options.distDir ?? process.env.NEXT_DIST_DIR ?? '.next'
  const dir = options.dir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'occe-topology-'))
  const temporary = !options.dir
  const log = options.log ?? (() => {})
  fs.mkdirSync(dir, { recursive: true })
  const started = []
  const stop = async () => {
    for (const part of started.reverse()) await part.stop()
    started.length = 0
    if (temporary && !options.keep) fs.rmSync(dir, { recursive: true, force: true })
  }
  try {
    if (!fs.existsSync(path.join(root, distDir, 'BUILD_ID'))) {
      log(`build: ${distDir}`)
      execFileSync('npm', ['run', 'build'], {
        cwd: root,
        stdio: 'inherit',
        env: { ...process.env, NODE_ENV: 'production', NEXT_DIST_DIR: distDir },
      })
    }
    const httpsPort = options.httpsPort ?? (await freePort())
    const httpPort = options.httpPort ?? (await freePort())
    // nginx's loopback listener through which the app refreshes the micro-cache after a publish.
    const refreshPort = options.refreshPort ?? (await freePort())
    const origin = `https://localhost:${httpsPort}`

    // The shared cache: an empty, memory-only redis of our own.
    const redisPort = await freePort()
    const redis = launch(
      'redis',
      'redis-server',
      [
        '--bind',
        '127.0.0.1',
        '--port',
        String(redisPort),
        '--save',
        '',
        '--appendonly',
        'no',
        '--dir',
        dir,
        '--loglevel',
        'warning',
      ],
      { env: process.env, logFile: path.join(dir, 'redis.log') },
    )
    started.push(redis)
    await waitFor('redis-server', () => listening(redisPort), { child: redis.child, logFile: redis.logFile })
    const redisUrl = `redis://127.0.0.1:${redisPort}`

    let databaseUri = options.databaseUri ?? process.env.DATABASE_URI
    if (options.ferretdb) {
      const ferretPort = await freePort()
      const gobin = execFileSync('go', ['env', 'GOPATH'], { encoding: 'utf8' }).trim()
      const ferretDir = path.join(dir, 'ferretdb')
      fs.mkdirSync(ferretDir, { recursive: true })
      const ferret = launch(
        'ferretdb',
        path.join(gobin, 'bin/occe-ferretdb'),
        ['-listen-addr', `127.0.0.1:${ferretPort}`, '-sqlite-dir', ferretDir],
        { env: process.env, logFile: path.join(dir, 'ferretdb.log') },
      )
      started.push(ferret)
      await waitFor('ferretdb', () => listening(ferretPort), { child: ferret.child, logFile: ferret.logFile })
      databaseUri = `mongodb://127.0.0.1:${ferretPort}/occe`
    }

    const secretFile = path.join(dir, 'secret')
    if (!fs.existsSync(secretFile))
      fs.writeFileSync(secretFile, crypto.randomBytes(32).toString('hex'), { mode: 0o600 })
    const env = {
      ...process.env,
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
      NEXT_DIST_DIR: distDir,
      PAYLOAD_SECRET: process.env.PAYLOAD_SECRET || fs.readFileSync(secretFile, 'utf8').trim(),
      DATA_DIR: path.join(dir, 'data'),
      MEDIA_DIR: path.join(dir, 'data', 'media'),
      SERVER_URL: origin,
      SEED_ON_START: 'false',
      TRUST_PROXY: '1',
      REDIS_URL: redisUrl,
      EDGE_CACHE_REFRESH_URL: `http://127.0.0.1:${refreshPort}`,
      ...options.env,
    }
    for (const name of ['NODE_OPTIONS', 'TEST_DATABASE_URI', 'ALLOW_INSECURE_COOKIES']) delete env[name]
    if (databaseUri) env.DATABASE_URI = databaseUri
    else delete env.DATABASE_URI
    fs.mkdirSync(env.MEDIA_DIR, { recursive: true })

    if (options.seededDataDir) {
      // A database seeded beforehand (the bench's, taken right after its seed): copied, not seeded again.
      log(`data: copy of ${options.seededDataDir}`)
      fs.cpSync(options.seededDataDir, env.DATA_DIR, { recursive: true })
    } else if (options.seed) {
      const weeks = options.shiftWeeks ?? shiftWeeks()
      log(`seed (shifted by ${weeks} weeks)`)
      const seedLog = fs.openSync(path.join(dir, 'seed.log'), 'a')
      try {
        execFileSync('npm', ['run', '--silent', 'seed', '--', `--shift-weeks=${weeks}`], {
          cwd: root,
          env: { ...env, SEED_SHIFT_WEEKS: String(weeks) },
          stdio: ['ignore', seedLog, seedLog],
          timeout: 5 * 60_000,
        })
      } finally {
        fs.closeSync(seedLog)
      }
    }

    // Process 1 alone first: it applies pending migrations (SQLite) before anyone else opens the database,
    // and it is the one that runs the job queue. The others start once it is healthy.
    const apps = []
    const startApp = async (index) => {
      const port = await freePort()
      const app = launch(
        `next-${index + 1}`,
        // As `npm start` runs it (package.json), which the systemd units run: through scripts/serverMemory.sh.
        'sh',
        [
          path.join(root, 'scripts/serverMemory.sh'),
          path.join(root, 'node_modules/.bin/next'),
          'start',
          '-H',
          '127.0.0.1',
          '-p',
          String(port),
        ],
        {
          env: { ...env, RUN_JOBS: index === 0 ? 'true' : 'false' },
          logFile: path.join(dir, `next-${index + 1}.log`),
        },
      )
      started.push(app)
      const url = `http://127.0.0.1:${port}`
      await waitFor(`next start #${index + 1}`, async () => (await fetch(`${url}/api/health`)).ok, {
        child: app.child,
        logFile: app.logFile,
        timeoutMs: 120_000,
      })
      apps[index] = { url, port, pid: app.pid, runsJobs: index === 0, logFile: app.logFile }
    }
    log(`next start #1 (migrations, jobs)`)
    await startApp(0)
    log(`next start #2..${processes}`)
    await Promise.all(Array.from({ length: processes - 1 }, (_, i) => startApp(i + 1)))

    const certs = selfSignedCertificate(dir)
    const nginxDir = path.join(dir, 'nginx')
    for (const sub of ['tmp', 'cache']) fs.mkdirSync(path.join(nginxDir, sub), { recursive: true })
    // nginx started as root runs its workers as nobody: they must reach the cache and temp folders.
    for (const sub of [dir, nginxDir]) fs.chmodSync(sub, 0o755)
    for (const sub of ['tmp', 'cache']) fs.chmodSync(path.join(nginxDir, sub), 0o777)
    const values = {
      OCCE_SERVER_NAME: 'localhost',
      OCCE_PUBLIC_ORIGIN: origin,
      OCCE_LISTEN: '127.0.0.1',
      OCCE_HTTP_PORT: httpPort,
      OCCE_HTTPS_PORT: httpsPort,
      OCCE_TLS_CERT: certs.cert,
      OCCE_TLS_KEY: certs.key,
      OCCE_UPSTREAMS: apps.map((a) => `server 127.0.0.1:${a.port};`).join('\n    '),
      OCCE_CACHE_DIR: path.join(nginxDir, 'cache'),
      OCCE_NEXT_STATIC_DIR: path.join(root, distDir, 'static'),
      OCCE_WRITE_RATE: options.writeRate ?? '10r/m',
      OCCE_WRITE_BURST: options.writeBurst ?? 10,
      OCCE_REFRESH_PORT: refreshPort,
      OCCE_NGINX_DIR: nginxDir,
      OCCE_NGINX_WORKERS: options.nginxWorkers ?? 'auto',
    }
    const template = (name) => fs.readFileSync(path.join(root, 'deploy/nginx', name), 'utf8')
    fs.writeFileSync(path.join(nginxDir, 'occe.conf'), render(template('occe.conf.template'), values))
    fs.writeFileSync(path.join(nginxDir, 'nginx.conf'), render(template('nginx.conf.template'), values))
    const conf = path.join(nginxDir, 'nginx.conf')
    execFileSync('nginx', ['-t', '-q', '-p', nginxDir, '-c', conf, '-e', path.join(nginxDir, 'error.log')], {
      stdio: 'inherit',
    })
    const nginx = launch('nginx', 'nginx', ['-p', nginxDir, '-c', conf, '-e', path.join(nginxDir, 'error.log')], {
      env: process.env,
      logFile: path.join(nginxDir, 'stderr.log'),
    })
    started.push(nginx)
    await waitFor('nginx', async () => (await request(`${origin}/api/health`, { ca: certs.ca })).status === 200, {
      child: nginx.child,
      logFile: path.join(nginxDir, 'error.log'),
    })

    return {
      url: origin,
      httpUrl: `http://localhost:${httpPort}`,
      ca: certs.ca,
      processes: apps,
      redisUrl,
      databaseUri,
      dir,
      env,
      nginxDir,
      staticDir: values.OCCE_NEXT_STATIC_DIR,
      stop,
    }
  } catch (error) {
    await stop().catch(() => {})
    throw error
  }
}

function parseArgs(argv) {
  const options = {}
  for (const arg of argv) {
    const [, name, value] = /^--([a-z-]+)(?:=(.*))?$/.exec(arg) ?? []
    if (!name) throw new Error(`unknown argument: ${arg}`)
    const key = name.replace(/-([a-z])/g, (_, c) => c.toUpperCase())
    options[key] = value === undefined ? true : /^\d+$/.test(value) ? Number(value) : value
  }
  return options
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const options = parseArgs(process.argv.slice(2))
  if (options.dir) options.dir = path.resolve(options.dir)
  options.httpsPort ??= 8443
  options.httpPort ??= 8080
  options.log = (line) => console.log(`[topology] ${line}`)
  const topology = await startTopology(options).catch((error) => {
    console.error(`[topology] ${error.message}`)
    process.exit(1)
  })
  console.log(`[topology] ready: ${topology.url} (self-signed certificate: ${path.join(topology.dir, 'cert.pem')})`)
  for (const app of topology.processes)
    console.log(`[topology]   next start ${app.url}${app.runsJobs ? ' (jobs)' : ''}  log ${app.logFile}`)
  console.log(
    `[topology]   redis ${topology.redisUrl}; database ${topology.databaseUri ?? topology.env.DATA_DIR}; state in ${topology.dir}`,
  )
  console.log('[topology] Ctrl-C stops everything')
  const shutdown = () => topology.stop().finally(() => process.exit(0))
  process.once('SIGINT', shutdown)
  process.once('SIGTERM', shutdown)
  setInterval(() => {}, 1 << 30)
}
