// Adds up Jest's JSON reports into the plain closing line CI reads: "N passed, N failed".
import fs from 'node:fs'

let passed = 0
let failed = 0
let skipped = 0
for (const file of process.argv.slice(2)) {
  if (!fs.existsSync(file)) {
    console.log(`missing report: ${file}`)
    failed += 1
    continue
  }
  const report = JSON.parse(fs.readFileSync(file, 'utf8'))
  passed += report.numPassedTests
  failed += report.numFailedTests + report.numRuntimeErrorTestSuites
  skipped += report.numPendingTests + report.numTodoTests
  console.log(`${file.split('/').pop()}: ${report.numPassedTests} passed, ${report.numFailedTests} failed`)
}
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`)
