/** The privacy notice shown with every RSVP form and repeated in the confirmation e-mail. */
export const DEFAULT_RETENTION_MONTHS = 3

export type PrivacyNotice = { title: string; paragraphs: string[] }

export function privacyNotice(
  retentionMonths: number = DEFAULT_RETENTION_MONTHS,
  contactEmail = 'federation@occe.coop',
): PrivacyNotice {
  return {
    title: 'Protection de vos données',
    paragraphs: [
      'Responsable du traitement : Fédération nationale de l’Office Central de la Coopération à l’École (OCCE), 28 rue Jean Lolive, 93500 Pantin.',
      'Finalité : gérer votre inscription à cet événement (accueil, liste des participants, informations pratiques). Base légale : votre consentement.',
      'Destinataires : l’équipe de la fédération et l’association organisatrice de l’événement. Vos données ne sont ni vendues ni cédées.',
      `Durée de conservation : ${retentionMonths} mois après la fin de l’événement ; ensuite vos nom, prénom, adresse e-mail et réponses sont effacés, seul le nombre de participants est conservé.`,
      `Vos droits : accès, rectification, effacement, opposition et limitation, en écrivant à ${contactEmail}. Vous pouvez aussi annuler votre inscription avec le lien reçu par e-mail. Si vous estimez que vos droits ne sont pas respectés, vous pouvez adresser une réclamation à la CNIL (www.cnil.fr).`,
    ],
  }
}
