/**
 * Runs a TypeScript script of the project (seed, migrations, test and bench set-up) with plain `node`.
 *
 *   node scripts/run.mjs <script.ts|.mjs> [args…]      the script and its imports, compiled ahead of time
 *   node scripts/run.mjs --payload <command> [args…]   Payload's own CLI (migrate:create, generate:types…)
 *
 * Why: `payload run` (and `tsx`) often never evaluated the script here (payloadcms/payload#17757): exit 0 or
 * 13 with no output. Root cause: Lexical's Node entry points (`lexical`, `@lexical/*` → `*.node.mjs`) are
 * modules with a top-level `await import('./X.dev.mjs' | './X.prod.mjs')`, each importing the others'
 * entry points. On Node 20, evaluating that graph of async modules sometimes leaves one evaluation promise
 * pending for ever (the TLA + dynamic-import ordering defect class of nodejs/node#55468); nothing is left on
 * the event loop, so Node exits before the script's first line: 13 ("unsettled top-level await") when the
 * script is the entry, 0 under `payload run`, whose bin does not await. tsx's off-thread loader hooks only
 * change the timing. Measured on the config alone with plain node: 11 of 12 runs never reached the script;
 * with `--conditions=development` 12 of 12 did.
 * So: Node resolves with the `production`/`development` condition (as Next's bundler does), which gives
 * Lexical's plain builds, without top-level await; and esbuild bundles the script and our own imports (the
 * `@payload-config` and `@/` aliases resolved) into one ESM file, packages left external, run by plain
 * `node`: no loader hook, nothing to retry.
 *
 * Exit status: the script's own. A script that throws prints its error and exits 1; a script that ends
 * with a pending top-level await exits 13 with a message naming it.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import { builtinModules, createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

import * as esbuild from 'esbuild'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
// Inside node_modules so that the bundle's external imports resolve to the project's packages.
const outDir = path.join(root, 'node_modules/.cache/occe-scripts')
const requireFromRoot = createRequire(path.join(root, 'package.json'))
const builtins = new Set(builtinModules)

/** Source files of the project keep their own import.meta.url once bundled into another directory. */
const importMetaOfSource = {
  name: 'import-meta-of-source',
  setup(build) {
    build.onLoad({ filter: /\.(?:[cm]?[jt]s|[jt]sx)$/ }, async (args) => {
      if (args.path.includes(`${path.sep}node_modules${path.sep}`)) return undefined
      const source = await fs.promises.readFile(args.path, 'utf8')
      if (!source.includes('import.meta')) return undefined
      const url = pathToFileURL(args.path).href
      const contents = source
        .replaceAll('import.meta.url', JSON.stringify(url))
        .replaceAll('import.meta.dirname', JSON.stringify(path.dirname(args.path)))
        .replaceAll('import.meta.filename', JSON.stringify(args.path))
      const ext = path.extname(args.path).slice(1)
      const loader = ext === 'tsx' || ext === 'jsx' ? ext : ext.endsWith('ts') ? 'ts' : 'js'
      return { contents, loader, resolveDir: path.dirname(args.path) }
    })
  },
}

/**
 * Packages stay external. Node's ESM resolver adds no extension to a subpath of a package without
 * "exports" (`next/cache`), which bundlers and tsx accept: such imports point at the file CommonJS loads.
 */
const externalPackages = {
  name: 'external-packages',
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, (args) => {
      if (args.path.startsWith('node:') || builtins.has(args.path)) return { path: args.path, external: true }
      // The tsconfig aliases are project files: let esbuild resolve and bundle them.
      if (args.path === '@payload-config' || args.path.startsWith('@/')) return undefined
      try {
        const resolved = fileURLToPath(import.meta.resolve(args.path))
        if (fs.statSync(resolved).isFile()) return { path: args.path, external: true }
      } catch {
        // not resolvable as ESM: try as CommonJS below
      }
      try {
        return { path: requireFromRoot.resolve(args.path), external: true }
      } catch {
        return { path: args.path, external: true } // let Node report it when the script runs
      }
    })
  },
}

/** Compiles `entry` and every project file it imports into one ESM file; returns its path. */
export async function compile(entry) {
  const absolute = path.resolve(root, entry)
  if (!fs.existsSync(absolute)) throw new Error(`script introuvable : ${entry}`)
  fs.mkdirSync(outDir, { recursive: true })
  const outfile = path.join(
    outDir,
    `${path.basename(absolute).replace(/\.[^.]+$/, '')}-${process.pid}-${Date.now()}.mjs`,
  )
  await esbuild.build({
    absWorkingDir: root,
    entryPoints: [absolute],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    tsconfig: path.join(root, 'tsconfig.json'),
    sourcemap: 'inline',
    logLevel: 'error',
    plugins: [externalPackages, importMetaOfSource],
  })
  return outfile
}

/** Runs a compiled file with plain node; resolves with its exit code (signals count as failures). */
function runNode(args, label) {
  return new Promise((resolve) => {
    const condition = process.env.NODE_ENV === 'production' ? 'production' : 'development'
    const child = spawn(process.execPath, ['--enable-source-maps', `--conditions=${condition}`, ...args], {
      cwd: root,
      stdio: 'inherit',
      env: process.env,
    })
    const forward = (signal) => child.kill(signal)
    for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, forward)
    child.on('exit', (code, signal) => {
      for (const s of ['SIGINT', 'SIGTERM']) process.off(s, forward)
      if (signal) {
        console.error(`${label} : arrêté par le signal ${signal}.`)
        resolve(1)
      } else if (code === 13) {
        console.error(`${label} : le script s'est terminé sur une attente jamais résolue (top-level await, code 13).`)
        resolve(13)
      } else {
        if (code !== 0) console.error(`${label} : échec (code ${code}).`)
        resolve(code ?? 1)
      }
    })
  })
}

async function main(argv) {
  if (!argv.length) {
    console.error('usage : node scripts/run.mjs <script.ts> [args…] | --payload <commande> [args…]')
    return 2
  }
  const payloadCli = argv[0] === '--payload'
  const entry = payloadCli ? 'payload.config.ts' : argv[0]
  const label = payloadCli ? `payload ${argv[1] ?? ''}`.trim() : entry
  let outfile
  try {
    outfile = await compile(entry)
  } catch (error) {
    console.error(`${label} : compilation impossible.\n${error.message ?? error}`)
    return 1
  } finally {
    await esbuild.stop()
  }
  try {
    if (payloadCli) {
      // Payload's CLI imports the config itself: give it the compiled one and no transpiler.
      process.env.PAYLOAD_CONFIG_PATH = outfile
      return await runNode(
        [path.join(root, 'node_modules/payload/bin.js'), '--disable-transpile', ...argv.slice(1)],
        label,
      )
    }
    return await runNode([outfile, ...argv.slice(1)], label)
  } finally {
    fs.rmSync(outfile, { force: true })
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await main(process.argv.slice(2))
}
