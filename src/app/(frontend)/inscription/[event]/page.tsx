import { noStaticParams, registrationRoute } from './registration'

const route = registrationRoute()

export const generateStaticParams = noStaticParams
export const generateMetadata = route.generateMetadata

/** The registration form on a page of its own (the form's address without JavaScript). */
export default route.Page
