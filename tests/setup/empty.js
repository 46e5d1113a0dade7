/** Stands in for modules Jest must not load (server-only, stylesheets). */
const empty = {}
export default empty
