/**
 * `npm run seed [-- --shift-weeks=N]`. `payload run` sometimes exits 0 (or hangs) without ever running the
 * script, while tsx is still loading the config (payloadcms/payload#17757, about one run in five here).
 * This runs it again until the script confirms it finished (it writes SCRIPT_DONE_FILE), and passes real
 * failures through with their exit code. PAYLOAD_SCRIPT runs another cooperating script the same way
 * (the test harness's staff accounts).
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const payloadBin = path.join(root, 'node_modules/.bin/payload')
const ATTEMPTS = 4
const SCRIPT = process.env.PAYLOAD_SCRIPT || 'src/seed/run.ts'
const TIMEOUT_MS = Number(process.env.SEED_TIMEOUT_MS || 120_000)

function runOnce(doneFile) {
  return new Promise((resolve) => {
    // `--` keeps the options for run.ts: `payload run` hands a script only its positional arguments.
    const child = spawn(payloadBin, ['run', SCRIPT, '--', ...process.argv.slice(2)], {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, SCRIPT_DONE_FILE: doneFile },
    })
    const timer = setTimeout(() => child.kill('SIGKILL'), TIMEOUT_MS)
    child.on('exit', (code, signal) => {
      clearTimeout(timer)
      resolve({ code, signal })
    })
  })
}

for (let attempt = 1; attempt <= ATTEMPTS; attempt += 1) {
  const doneFile = path.join(os.tmpdir(), `occe-script-${process.pid}-${attempt}`)
  const { code, signal } = await runOnce(doneFile)
  const done = fs.existsSync(doneFile)
  fs.rmSync(doneFile, { force: true })
  if (done) process.exit(0)
  if (!signal && code !== 0 && code !== 13) process.exit(code ?? 1)
  if (attempt < ATTEMPTS) console.error(`${SCRIPT} : payload run s'est arrêté sans exécuter le script, nouvel essai (${attempt + 1}/${ATTEMPTS})…`)
}
console.error(`${SCRIPT} : échec après ${ATTEMPTS} essais.`)
process.exit(1)
