import { noStaticParams, registrationRoute } from '../registration'

const route = registrationRoute('waiting')

export const generateStaticParams = noStaticParams
export const generateMetadata = route.generateMetadata

/** Where the form redirects after a registration without JavaScript (to #inscription-resultat). */
export default route.Page
