/**
 * `next build` rewrites tsconfig.json when `include` lacks the type folders of its dist dir (an exact
 * string match, globs do not count): builds made by the test command (.next) and the bench (.next-bench)
 * must leave the committed file as it is.
 */
import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

import { describe, expect, it } from '@jest/globals'

const require = createRequire(path.join(process.cwd(), 'package.json'))
const { getTypeDefinitionGlobPatterns } = require('next/dist/lib/typescript/type-paths.js') as {
  getTypeDefinitionGlobPatterns: (distDir: string) => string[]
}

const include = (
  JSON.parse(fs.readFileSync(path.join(process.cwd(), 'tsconfig.json'), 'utf8')) as { include: string[] }
).include

describe('tsconfig.json already holds what next build would add', () => {
  it.each(['.next', '.next-bench'])('for a production build into %s', (distDir) => {
    const env = process.env as Record<string, string | undefined>
    const before = env.NODE_ENV
    env.NODE_ENV = 'production'
    try {
      expect(include).toEqual(expect.arrayContaining(getTypeDefinitionGlobPatterns(distDir)))
    } finally {
      env.NODE_ENV = before
    }
  })

  it('for next dev (.next/dev)', () => {
    const env = process.env as Record<string, string | undefined>
    const before = env.NODE_ENV
    env.NODE_ENV = 'development'
    try {
      expect(include).toEqual(expect.arrayContaining(getTypeDefinitionGlobPatterns('.next/dev')))
    } finally {
      env.NODE_ENV = before
    }
  })
})
