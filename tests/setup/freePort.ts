/** The tests' servers take their port where the scripts and the bench take theirs. */
export { freePort } from '../../scripts/freePort.mjs'
