import { describe, expect, it } from '@jest/globals'
import sharp from 'sharp'

import { allowedOrigins } from '../../src/security/origins'
import { secureCookies } from '../../src/security/cookies'
import { publicCsp, securityHeaders } from '../../src/security/headers.js'
import { MIN_PASSWORD_LENGTH, passwordProblem } from '../../src/security/password'
import { MAX_UPLOAD_BYTES, detectMimeType, judgeUpload } from '../../src/security/uploads'

const directive = (csp: string, name: string) => csp.split('; ').find((d) => d.startsWith(`${name} `) || d === name)

describe('security headers', () => {
  it('forbids eval on every page of a production build, the admin included (one policy)', () => {
    const csp = publicCsp({ production: true })
    expect(csp).not.toContain('unsafe-eval')
    expect(directive(csp, 'frame-ancestors')).toBe("frame-ancestors 'self'")
    expect(directive(csp, 'object-src')).toBe("object-src 'none'")
    expect(directive(csp, 'base-uri')).toBe("base-uri 'self'")
    expect(directive(csp, 'default-src')).toBe("default-src 'self'")
  })

  it('lets the development server evaluate code and use its WebSocket', () => {
    expect(directive(publicCsp({ production: false }), 'script-src')).toContain("'unsafe-eval'")
    expect(directive(publicCsp({ production: false }), 'connect-src')).toContain('ws:')
  })

  it('sends HSTS only from production builds, and the uploaded-file rule comes after the catch-all', () => {
    const keys = (production: boolean) =>
      securityHeaders({ production }).flatMap((rule) => rule.headers.map((h) => h.key))
    expect(keys(true)).toContain('Strict-Transport-Security')
    expect(keys(false)).not.toContain('Strict-Transport-Security')
    const rules = securityHeaders({ production: true })
    expect(rules.map((r) => r.source)).toEqual(['/:path*', '/api/media/file/:path*'])
    const fileCsp = rules[1].headers[0].value
    expect(fileCsp).toContain("script-src 'none'")
    expect(fileCsp).toContain("default-src 'none'")
    const common = Object.fromEntries(rules[0].headers.map((h) => [h.key, h.value]))
    expect(common).toMatchObject({
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'strict-origin-when-cross-origin',
      'X-Frame-Options': 'SAMEORIGIN',
    })
    expect(common['Permissions-Policy']).toContain('camera=()')
  })
})

describe('origins, cookies', () => {
  it('limits CORS and CSRF to the origin of SERVER_URL', () => {
    expect(allowedOrigins('https://www.occe.coop/')).toEqual(['https://www.occe.coop'])
    expect(allowedOrigins('http://127.0.0.1:4000/some/path')).toEqual(['http://127.0.0.1:4000'])
    expect(allowedOrigins(undefined)).toEqual([])
    expect(allowedOrigins('  ')).toEqual([])
    expect(() => allowedOrigins('www.occe.coop')).toThrow(/absolute URL/)
  })

  it('marks session cookies Secure in production unless the test server opts out', () => {
    expect(secureCookies({ NODE_ENV: 'production' } as NodeJS.ProcessEnv)).toBe(true)
    expect(secureCookies({ NODE_ENV: 'production', ALLOW_INSECURE_COOKIES: '1' } as NodeJS.ProcessEnv)).toBe(false)
    expect(secureCookies({ NODE_ENV: 'development' } as NodeJS.ProcessEnv)).toBe(false)
  })
})

describe('password rules', () => {
  it(`asks for ${MIN_PASSWORD_LENGTH} characters, in French`, () => {
    expect(passwordProblem('court')).toBe('Le mot de passe doit contenir au moins 12 caractères.')
    expect(passwordProblem('a'.repeat(11) + 'b')).toBeNull()
    expect(passwordProblem('a'.repeat(20))).toMatch(/un seul caractère/)
    expect(passwordProblem('x'.repeat(300) + 'y')).toMatch(/ne doit pas dépasser/)
    expect(passwordProblem(12345678901234)).toMatch(/chaîne/)
    // Counted in characters, not UTF-16 units.
    expect(passwordProblem('éàü😀éàü😀éàü')).toMatch(/au moins 12/)
  })
})

describe('upload content checks', () => {
  const image = (format: 'jpeg' | 'png' | 'webp' | 'avif') =>
    sharp({ create: { width: 16, height: 16, channels: 3, background: '#369' } })
      .toFormat(format)
      .toBuffer()

  it('recognises the accepted formats by their bytes', async () => {
    expect(detectMimeType(await image('jpeg'))).toBe('image/jpeg')
    expect(detectMimeType(await image('png'))).toBe('image/png')
    expect(detectMimeType(await image('webp'))).toBe('image/webp')
    expect(detectMimeType(await image('avif'))).toBe('image/avif')
    expect(detectMimeType(Buffer.from('%PDF-1.7\n%âãÏÓ\n'))).toBe('application/pdf')
  })

  it('refuses SVG, HTML, GIF and text whatever their name, with French messages', () => {
    const svg = Buffer.from(
      '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
    )
    expect(judgeUpload(svg.length, svg)).toEqual({ ok: false, message: expect.stringMatching(/SVG sont refusées/) })
    for (const other of ['<html><script>alert(1)</script></html>', 'GIF89a......', 'juste du texte']) {
      const bytes = Buffer.from(other)
      expect(judgeUpload(bytes.length, bytes)).toEqual({
        ok: false,
        message: expect.stringMatching(/Type de fichier refusé/),
      })
    }
    // An MP4 is ISO-BMFF like AVIF, with another brand.
    const mp4 = Buffer.from([0, 0, 0, 0x18, ...Buffer.from('ftypmp42'), 0, 0, 0, 0, ...Buffer.from('isommp42')])
    expect(detectMimeType(mp4)).toBeNull()
  })

  it('refuses empty files and files over 10 MB', async () => {
    const png = await image('png')
    expect(judgeUpload(MAX_UPLOAD_BYTES + 1, png)).toEqual({
      ok: false,
      message: 'Fichier trop volumineux : 10 Mo au maximum.',
    })
    expect(judgeUpload(0, new Uint8Array())).toEqual({ ok: false, message: 'Le fichier est vide.' })
    expect(judgeUpload(MAX_UPLOAD_BYTES, png)).toEqual({ ok: true, mimeType: 'image/png' })
  })
})
