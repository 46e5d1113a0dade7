/** What the operator reads in the production server's log: expected refusals are not server faults. */
import fs from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from '@jest/globals'

import { baseUrl } from './client'

const logFile = () => path.join(process.env.TEST_DATA_DIR as string, 'server.log')

describe('the server log', () => {
  it('records a failed staff login without an ERROR line or a stack trace', async () => {
    const before = fs.statSync(logFile()).size
    const res = await fetch(`${baseUrl()}/api/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': '203.0.113.250' },
      body: JSON.stringify({ email: 'personne@tests.occe.test', password: 'pas-le-bon-mot-de-passe' }),
    })
    expect(res.status).toBe(401)
    await new Promise((r) => setTimeout(r, 300)) // the logger writes asynchronously
    const written = fs.readFileSync(logFile()).subarray(before).toString('utf8')
    expect(written).not.toMatch(/ERROR/)
    expect(written).not.toMatch(/\n\s+at /)
  })
})
