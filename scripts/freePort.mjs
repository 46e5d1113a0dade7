import net from 'node:net'

/**
 * A port free on the loopback right now (the OS picks it), for the servers the scripts, the bench and the tests
 * start.
 * @returns {Promise<number>}
 */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address()
      server.close(() => resolve(port))
    })
    server.on('error', reject)
  })
}
