import type { Field } from 'payload'

/**
 * The RGAA accessibility statement (/accessibilite). Staff fill in the facts; the model's headings and
 * fixed sentences (commitment, recourse to the Défenseur des droits) live in the page's code, so an edit
 * here can never remove a section the model requires.
 */
export const accessibilityStatement: Field = {
  name: 'accessibility',
  type: 'group',
  label: { fr: 'Déclaration d’accessibilité', en: 'Accessibility statement' },
  admin: {
    description: {
      fr: 'Publiée sur /accessibilite selon le modèle officiel du RGAA : les titres et les voies de recours sont fixes, les faits ci-dessous sont à tenir à jour.',
      en: 'Published at /accessibilite following the official RGAA model: headings and recourse are fixed, keep these facts up to date.',
    },
  },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'status',
          type: 'select',
          label: { fr: 'État de conformité (RGAA)', en: 'Compliance status' },
          admin: {
            description: {
              fr: 'Sans audit en cours de validité, le site est « non conforme » au sens du RGAA.',
              en: 'Without a valid audit the site is “not compliant” under the RGAA.',
            },
          },
          options: [
            { value: 'full', label: { fr: 'Totalement conforme', en: 'Fully compliant' } },
            { value: 'partial', label: { fr: 'Partiellement conforme', en: 'Partially compliant' } },
            { value: 'none', label: { fr: 'Non conforme', en: 'Not compliant' } },
          ],
        },
        {
          name: 'rgaaVersion',
          type: 'text',
          defaultValue: '4.1',
          maxLength: 10,
          label: { fr: 'Version du RGAA', en: 'RGAA version' },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'auditDate',
          type: 'date',
          label: { fr: 'Date de l’audit', en: 'Audit date' },
          admin: { description: { fr: 'Vide : aucun audit de conformité.', en: 'Empty: no compliance audit.' } },
        },
        {
          name: 'auditor',
          type: 'text',
          maxLength: 160,
          label: { fr: 'Audit réalisé par', en: 'Audit carried out by' },
        },
        {
          name: 'complianceRate',
          type: 'number',
          min: 0,
          max: 100,
          label: { fr: 'Critères respectés (%)', en: 'Criteria met (%)' },
        },
      ],
    },
    {
      name: 'statementDate',
      type: 'date',
      label: { fr: 'Date d’établissement de la déclaration', en: 'Statement date' },
    },
    {
      name: 'body',
      type: 'richText',
      label: { fr: 'Stratégie et actions (introduction)', en: 'Strategy and actions (introduction)' },
    },
    { name: 'nonCompliant', type: 'richText', label: { fr: 'Non-conformités', en: 'Non-compliant content' } },
    {
      name: 'derogations',
      type: 'richText',
      label: { fr: 'Dérogations pour charge disproportionnée', en: 'Disproportionate burden' },
    },
    {
      name: 'exempt',
      type: 'richText',
      label: { fr: 'Contenus non soumis à l’obligation d’accessibilité', en: 'Exempt content' },
    },
    {
      name: 'technologies',
      type: 'textarea',
      maxLength: 1000,
      label: { fr: 'Technologies utilisées (une par ligne)', en: 'Technologies (one per line)' },
    },
    {
      name: 'testEnvironment',
      type: 'textarea',
      maxLength: 2000,
      label: { fr: 'Environnement de test (un élément par ligne)', en: 'Test environment (one per line)' },
    },
    {
      name: 'tools',
      type: 'textarea',
      maxLength: 2000,
      label: { fr: 'Outils d’évaluation (un par ligne)', en: 'Evaluation tools (one per line)' },
    },
    {
      name: 'pages',
      type: 'array',
      label: { fr: 'Pages vérifiées', en: 'Pages checked' },
      labels: { singular: { fr: 'Page', en: 'Page' }, plural: { fr: 'Pages', en: 'Pages' } },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'title', type: 'text', required: true, maxLength: 160, label: { fr: 'Page', en: 'Page' } },
            {
              name: 'url',
              type: 'text',
              required: true,
              maxLength: 300,
              label: { fr: 'Adresse', en: 'URL' },
              // Rendered as a link: only a path of this site or an https address.
              validate: (value: unknown) =>
                typeof value === 'string' && /^(\/(?!\/)|https:\/\/)\S*$/.test(value)
                  ? true
                  : 'Une adresse du site (commençant par /) ou https://…',
            },
          ],
        },
      ],
    },
    {
      name: 'contactEmail',
      type: 'email',
      label: { fr: 'Contact accessibilité', en: 'Accessibility contact' },
      admin: {
        description: {
          fr: 'Vide : l’adresse de la fédération (fiche de l’association choisie plus haut) est affichée.',
          en: 'Empty: the federation’s address is shown.',
        },
      },
    },
  ],
}
