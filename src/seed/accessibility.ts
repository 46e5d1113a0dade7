/**
 * The accessibility statement's facts (site settings → /accessibilite). No RGAA audit has been made: the
 * site is therefore declared non conforme, and the statement says on what checks it rests and when.
 */
import { paragraph, richText } from './lexical'

/** The federation's own address: the feedback contact must be one that is read. */
export const ACCESSIBILITY_CONTACT = 'federation@occe.coop'

/** Noon in Paris on the day the checks were run. */
export const STATEMENT_DATE = '2026-11-30T11:00:00.000Z'

export const CHECKED_PAGES = [
  { title: 'Accueil', url: '/' },
  { title: 'Communiqués de presse', url: '/communiques' },
  {
    title: 'Communiqué : l’Assemblée Générale Nationale à Niort',
    url: '/communiques/l-occe-79-accueille-l-assemblee-generale-nationale-de-l-occe',
  },
  { title: 'Événements', url: '/evenements' },
  { title: 'Événement : Assemblée Générale Nationale 2026', url: '/evenements/assemblee-generale-nationale-2026' },
  {
    title: 'Événement : cérémonie d’ouverture, avec son formulaire d’inscription',
    url: '/evenements/ceremonie-d-ouverture-ag-nationale-2026',
  },
  { title: 'Associations', url: '/associations' },
  { title: 'Association : OCCE 79', url: '/associations/occe-79' },
  { title: 'Projets', url: '/projets' },
  { title: 'Projet : Poésie', url: '/projets/poesie' },
  { title: 'Recherche', url: '/recherche?q=niort' },
  { title: 'Mentions légales', url: '/mentions-legales' },
  { title: 'Déclaration d’accessibilité', url: '/accessibilite' },
  { title: 'Plan du site', url: '/plan-du-site' },
]

export const accessibilityStatementSeed = () => ({
  status: 'none',
  rgaaVersion: '4.1',
  auditDate: null,
  auditor: null,
  complianceRate: null,
  statementDate: STATEMENT_DATE,
  nonCompliant: richText(
    paragraph(
      'Le site n’a pas encore fait l’objet d’un audit de conformité au RGAA 4.1 : la liste des non-conformités sera publiée à l’issue de cet audit.',
    ),
    paragraph(
      'Les vérifications internes décrites ci-dessous (outil automatique, clavier, lecteur d’écran, avec et sans JavaScript, petit écran, espacement du texte, couleurs forcées) n’ont pas relevé de défaut restant sur les pages vérifiées ; elles ne remplacent pas un audit.',
    ),
  ),
  derogations: richText(paragraph('Aucune dérogation pour charge disproportionnée n’est invoquée.')),
  exempt: richText(
    paragraph(
      'Les contenus de tiers qui ne sont ni financés, ni développés par l’OCCE, ni sous son contrôle, vers lesquels le site renvoie par des liens (sites des partenaires, de la CNIL, du Défenseur des droits).',
    ),
  ),
  technologies: ['HTML5', 'CSS', 'JavaScript (React, Next.js)', 'WAI-ARIA'].join('\n'),
  testEnvironment: [
    'Chromium 156 (Debian), avec et sans JavaScript',
    'Navigation au clavier seul',
    'Écran de 320 pixels de large, espacement du texte augmenté (critère WCAG 1.4.12)',
    'Mode de couleurs forcées (émulé par Chromium)',
  ].join('\n'),
  tools: [
    'axe-core 4.14 (règles WCAG 2.1, niveaux A et AA)',
    'Tests automatisés dans le navigateur (Playwright) : focus, titres de page, langue et codes de réponse',
    'Vérifications manuelles au clavier et au lecteur d’écran',
  ].join('\n'),
  pages: CHECKED_PAGES,
  contactEmail: ACCESSIBILITY_CONTACT,
})
