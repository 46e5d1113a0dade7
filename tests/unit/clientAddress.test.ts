import { describe, expect, it } from '@jest/globals'

import { clientAddress, UNTRUSTED_CLIENT } from '../../src/security/clientAddress'

const proxied = { TRUST_PROXY: '1' }
const direct = {}

describe('client address', () => {
  it('ignores forwarded headers unless the operator declares the proxy: a direct client cannot pick its key', () => {
    for (let n = 1; n <= 5; n++) {
      const headers = new Headers({ 'x-forwarded-for': `203.0.113.${n}`, 'x-real-ip': `198.51.100.${n}` })
      expect(clientAddress(headers, direct)).toBe(UNTRUSTED_CLIENT)
    }
  })

  it('behind the proxy, reads the X-Real-IP it set, else the last X-Forwarded-For entry', () => {
    expect(clientAddress(new Headers({ 'x-real-ip': '198.51.100.7', 'x-forwarded-for': '6.6.6.6' }), proxied)).toBe(
      '198.51.100.7',
    )
    expect(clientAddress(new Headers({ 'x-forwarded-for': '6.6.6.6, 203.0.113.9' }), proxied)).toBe('203.0.113.9')
    expect(clientAddress(new Headers(), proxied)).toBe(UNTRUSTED_CLIENT)
  })
})
