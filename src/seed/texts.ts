/**
 * The words of the press release of 1 June 2026, as rich text. Spelling, inclusive writing and bold parts
 * are the release's own; its `[mot](#)` links had no target, so only the words are kept.
 */
import { bulletList, heading, lines, paragraph, quote, richText } from './lexical'

export const RELEASE_TITLE =
  "L'OCCE 79 accueille 200 acteurs de la coopération scolaire pour l'Assemblée Générale Nationale de l'OCCE"

export const RELEASE_LEAD =
  "Du 3 au 6 juin prochain, la ville de Niort deviendra le point de ralliement de la coopération scolaire en France. En effet, l'association départementale de l'Office Central de la Coopération à l'École des Deux-Sèvres (OCCE 79) a le plaisir d'accueillir l'Assemblée Générale Nationale de son mouvement."

export const AG_SUMMARY =
  "Pendant 4 jours, 200 enseignant.es et partenaires venu.es de toute la France se réuniront pour échanger, débattre et tracer les perspectives d'une école plus coopérative, solidaire, citoyenne et émancipatrice."

export const AG_CONTEXT =
  "Alors que les enjeux de citoyenneté et de vivre ensemble sont cruciaux, ce rassemblement mettra en lumière les projets coopératifs (les agendas coopératifs, les droits de l'enfant, les projets artistiques et environnementaux...) qui font bouger les lignes dans les classes. C'est une reconnaissance forte du dynamisme de l'OCCE 79 et de son engagement quotidien auprès des écoles du département. L'événement sera rythmé par des groupes de travail, des temps de plénière, mais sera aussi l'occasion de découverte du territoire des Deux-Sèvres."

export const CEREMONY_SUMMARY =
  "L'Assemblée Générale est l'occasion de rencontrer les acteurs enseignant.es, bénévoles, élu.es nationaux pour découvrir l'activité du mouvement, témoins de l'incarnation de la coopération scolaire au quotidien."

export const CEREMONY_INVITATION =
  "Vous êtes invité.es le 4 juin matin 9h à la Cérémonie d'ouverture en présence des élu.es locaux et des représentant.es de l'Education Nationale. Un temps récréatif où sera présent le travail d'une classe Théa en CM2 d'Echiré."

export const RSVP_SENTENCE =
  "Pour assister à la cérémonie d'ouverture (9h-10h30), merci de confirmer votre présence avant le 4 juin auprès de Sophie Courmont : s.courmont@occe.coop - 06 04 98 28 92"

export const releaseBody = () =>
  richText(
    paragraph(RELEASE_LEAD),
    paragraph(AG_SUMMARY),
    heading('h2', 'Une reconnaissance pour le département et un rendez-vous sur les enjeux éducatifs'),
    paragraph(AG_CONTEXT),
    heading('h2', 'Vous êtes invités au Dôme'),
    paragraph(`${CEREMONY_SUMMARY} ${CEREMONY_INVITATION}`),
    paragraph(
      lines(
        "Fédération nationale de l'Office Central de la Coopération à l'École",
        "Association reconnue d'utilité publique",
        '28 rue Jean Lolive, 93500 Pantin',
        'Tél. : 01 44 14 93 30 - Contact : federation@occe.coop',
        'Site Internet : www.occe.coop | SIRET 775 689 078 02379 – N.A.C.E. 9499Z',
      ),
    ),
    heading('h2', "L'OCCE 79 en action : des projets qui font vivre la coopération dans les classes des Deux-Sèvres"),
    paragraph(
      "Au-delà de l'événement national, c'est une association bien ancrée dans le quotidien qui propose des actions coopératives et apprenantes à la fois sur la poésie, la lecture et l'écriture, le théâtre contemporain coopératif (Théâ) les mathématiques mais aussi des actions qui favorisent le climat scolaire comme la mise en place du conseil d'élèves et les messages clairs ou la préservation de l'environnement.",
    ),
    quote(
      "« Ce sont plus de **10 000 élèves** qui vivent chaque jour la coopération dans nos écoles des Deux-Sèvres. Partager ses compétences, écouter l'autre, s'engager ensemble : c'est ainsi que l'on construit une ouverture d'esprit et le goût d'une société démocratique. A l'OCCE 79, nous en sommes convaincus – grandir ensemble, c'est aller plus loin. » Elisabeth Benoist, Présidente l'association départementale des Deux-Sèvres.",
    ),
    paragraph("Découvrez l'activité du mouvement OCCE sur : www.occe.coop"),
    heading('h2', 'Contact OCCE'),
    paragraph(lines('Sophie Courmont', 'Responsable communication')),
    paragraph(RSVP_SENTENCE),
  )

export const BOILERPLATE_TITLE = "Mieux connaître l'OCCE"

export const MISSIONS = [
  {
    title: 'Animation de projets coopératifs',
    description: 'Culture artistique et littéraire, lire-écrire, environnement et citoyenneté.',
  },
  { title: 'Gestion des coopératives scolaires', description: 'Accompagnement technique et pédagogique' },
  {
    title: 'Formation à la pédagogie coopérative',
    description: "dans l'établissement scolaire ou en stage thématique.",
  },
]

export const KEY_FIGURES = [
  { value: '40 000', label: 'coopératives scolaires et autant de bénévoles' },
  { value: '5 millions', label: "d'élèves concernés" },
  { value: '102', label: 'associations départementales' },
  { value: '20', label: 'Unions régionales et 1 fédération nationale' },
  { value: '+ de 100 000', label: 'journées de formation par an' },
]

export const TAGLINE = "pour une coopération dès l'école"

export const FEDERATION_PRESENTATION =
  "L'Office Central de la Coopération à l'Ecole, créé en 1928, est une fédération d'associations régionales et départementales qui regroupent les coopératives scolaires affiliées."

export const boilerplateBody = () =>
  richText(
    paragraph(
      "L'OCCE est une association loi 1901, **reconnue d'utilité publique**, agréée au titre des associations complémentaires de l'école par le **ministère de l'Education nationale**. Elle est habilitée à intervenir sur les temps scolaires.",
    ),
    heading('h3', `L'OCCE, ${TAGLINE}`),
    paragraph(
      `${FEDERATION_PRESENTATION} L'OCCE fédère les adhérents coopérateurs, jeunes et adultes de la classe, de l'école, de l'établissement, de la maternelle au lycée.`,
    ),
    paragraph(
      "L'OCCE, mouvement pédagogique, encourage et soutient la coopération comme valeur centrale à l'Ecole et **milite** pour la **pratique de la coopération**, de la **participation citoyenne** et pour le **développement démocratique de la vie associative** dans le champ de l'éducation.",
    ),
    heading('h3', '3 grandes missions'),
    bulletList(MISSIONS.map(({ title, description }) => `**${title}** – ${description}`)),
    heading('h3', 'Les chiffres clés'),
    bulletList(KEY_FIGURES.map(({ value, label }) => `${value} ${label}`)),
  )

export const rsvpConfirmation = () =>
  richText(
    paragraph('Merci, votre inscription à la cérémonie d’ouverture est bien enregistrée.'),
    paragraph('Vous recevrez une confirmation par e-mail avec l’invitation à ajouter à votre agenda.'),
  )
