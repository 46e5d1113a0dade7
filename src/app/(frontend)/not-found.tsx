export default function NotFound() {
  return (
    <>
      <h1>Page introuvable</h1>
      <p>La page demandée n’existe pas, n’est pas encore publiée ou a été déplacée.</p>
      <ul>
        <li><a href="/">Retour à l’accueil</a></li>
        <li><a href="/recherche">Rechercher sur le site</a></li>
        <li><a href="/plan-du-site">Plan du site</a></li>
      </ul>
    </>
  )
}
