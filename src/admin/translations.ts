/**
 * Overrides of Payload's French admin texts (`i18n.translations`): wording a French member of staff would
 * use, the 24-hour clock, « Téléverser » for upload (« Télécharger » means download) and no
 * « un(e) nouveau ou nouvelle ». Only the keys that were wrong or awkward; the rest is Payload's.
 */
export const frOverrides = {
  general: {
    clear: 'Effacer',
    copy: 'Copier',
    createdAt: 'Créé le',
    createNew: 'Créer',
    createNewLabel: 'Créer : {{label}}',
    creatingNewLabel: 'Création : {{label}}',
    deletedAt: 'Supprimé le',
    edit: 'Modifier',
    exitLivePreview: 'Quitter l’aperçu en direct',
    item: 'Élément',
    items: 'éléments',
    livePreview: 'Aperçu en direct',
    moving: 'Déplacement',
    newLabel: 'Nouveau document : {{label}}',
    next: 'Suivant',
    noLabel: '{{label}} : non renseigné',
    schedulePublishFor: 'Programmer « {{title}} »',
    submit: 'Envoyer',
    time: 'Date et heure',
    updatedAt: 'Modifié le',
    uploading: 'Envoi du fichier…',
    uploadingBulk: 'Envoi de {{current}} fichiers sur {{total}}',
  },
  fields: {
    addNew: 'Ajouter',
    addNewLabel: 'Ajouter : {{label}}',
    addUpload: 'Ajouter un fichier',
    chooseLabel: 'Choisir : {{label}}',
    editLabelData: 'Modifier : {{label}}',
    labelRelationship: 'Lien : {{label}}',
    newLabel: 'Nouveau : {{label}}',
    uploadNewLabel: 'Téléverser : {{label}}',
  },
  upload: {
    bulkUpload: 'Téléverser plusieurs fichiers',
    filesToUpload: 'Fichiers à téléverser',
    fileToUpload: 'Fichier à téléverser',
  },
  version: {
    currentDraft: 'Brouillon actuel',
    noRowsSelected: 'Aucune ligne sélectionnée',
    schedulePublish: 'Programmer la publication',
    unpublish: 'Retirer du site',
    aboutToUnpublish: 'Ce document ne sera plus visible sur le site. Confirmer ?',
    confirmUnpublish: 'Confirmer le retrait',
    unpublishedSuccessfully: 'Retiré du site.',
    unpublishing: 'Retrait en cours…',
  },
  // Block types and labels of the registration forms (form-builder plugin).
  'plugin-form-builder': {
    name: 'Nom technique (minuscules, sans espace ni accent)',
    checkboxPlural: 'Cases à cocher',
    checkboxSingular: 'Case à cocher',
    emailPlural: 'Champs adresse e-mail',
    emailSingular: 'Adresse e-mail',
    emailFrom: 'Adresse de l’expéditeur',
    emailTo: 'Adresse du destinataire',
    label: 'Libellé',
    placeholder: 'Texte d’exemple',
    required: 'Obligatoire',
    selectOptions: 'Choix proposés',
    selectPlural: 'Listes de choix',
    selectSingular: 'Liste de choix',
    submitButton: 'Texte du bouton d’envoi',
    subject: 'Objet',
    textareaPlural: 'Textes longs',
    textareaSingular: 'Texte long',
    textPlural: 'Textes courts',
    textSingular: 'Texte court',
    uploadFieldPlural: 'Champs fichier',
    uploadFieldSingular: 'Fichier',
  },
  error: {
    noFilesUploaded: 'Aucun fichier n’a été téléversé.',
  },
}

/** Dates in lists and titles: « 30/11/2026 12:04 » (date-fns pattern). */
export const ADMIN_DATE_FORMAT = 'dd/MM/yyyy HH:mm'
