/**
 * Built-in replies: courteous drafts that move the subject to a call, a
 * meeting or (social care) a private message and the right team. They say
 * nothing of substance, promise nothing, admit nothing and carry no personal
 * data; every one of them must pass the engine clean
 * (tests/unit/templates.test.ts).
 *
 * French texts use the vouvoiement and words shared by Quebec, France and
 * Switzerland, and avoid `?`, `!` and `;`, whose spacing differs between
 * them.
 *
 * Placeholders: {name} (the recipient's first name), {firm}, {phone},
 * {bookingLink}. The UI fills them; an unknown placeholder is left as typed.
 */
import { policyTemplateText, type CompiledPolicy } from './policy';
import type { Lang, Profile } from './types';

export interface Template {
  id: string;
  /** Profiles the reply suits. */
  profiles: readonly Profile[];
  text: Record<Lang, string>;
}

export const PLACEHOLDERS = ['name', 'firm', 'phone', 'bookingLink'] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];

const LAWYER: readonly Profile[] = ['lawyer'];
const CARE: readonly Profile[] = ['social-care'];

export const TEMPLATES: readonly Template[] = [
  // legal-advice (lawyer)
  {
    id: 'legal-advice.call',
    profiles: LAWYER,
    text: {
      en: 'Hi {name}, thanks for your message. This deserves a real conversation rather than a quick text, so please call me at {phone} when you have a moment.',
      fr: "Bonjour {name}, merci pour votre message. Cela mérite une vraie conversation plutôt qu'une réponse écrite. Je vous invite à m'appeler au {phone} quand vous aurez un moment.",
    },
  },
  {
    id: 'legal-advice.meeting',
    profiles: LAWYER,
    text: {
      en: "Hi {name}, this is something I'd rather answer in person than in writing. Could we meet at {firm} this week?",
      fr: "Bonjour {name}, je préfère répondre à cela de vive voix plutôt que par écrit. Je vous propose un rendez-vous chez {firm} cette semaine.",
    },
  },
  {
    id: 'legal-advice.booking',
    profiles: LAWYER,
    text: {
      en: "Hi {name}, I'd like to give this the attention it needs, which is hard to do by text. Please pick a time that suits you here: {bookingLink}",
      fr: "Bonjour {name}, je tiens à examiner votre demande avec toute l'attention voulue, ce qui est difficile par écrit. Je vous invite à choisir un moment qui vous convient ici : {bookingLink}",
    },
  },

  // case-strategy (lawyer)
  {
    id: 'case-strategy.meeting',
    profiles: LAWYER,
    text: {
      en: "Hi {name}, I'd rather we go through this together in person than by message. Are you free to meet at {firm} this week?",
      fr: "Bonjour {name}, je préfère que nous en parlions ensemble de vive voix plutôt que par écrit. Je vous propose un rendez-vous chez {firm} cette semaine pour faire le point.",
    },
  },
  {
    id: 'case-strategy.call',
    profiles: LAWYER,
    text: {
      en: "Hi {name}, these are points I'd rather cover by phone than in writing. Could you give me a call at {phone} when it suits you?",
      fr: "Bonjour {name}, ce sont des points que je préfère aborder au téléphone plutôt que par écrit. N'hésitez pas à m'appeler au {phone} au moment qui vous convient.",
    },
  },
  {
    id: 'case-strategy.written',
    profiles: LAWYER,
    text: {
      en: "Hi {name}, let's talk this over at our next meeting, and I'll confirm the plan in writing afterwards. Which day works best for you?",
      fr: "Bonjour {name}, je vous propose d'en discuter lors de notre prochain rendez-vous. Je vous confirmerai ensuite le plan par écrit.",
    },
  },

  // no-mandate (lawyer)
  {
    id: 'no-mandate.consult',
    profiles: LAWYER,
    text: {
      en: "Hi {name}, thanks for thinking of me, I'm glad to help. Let's start with a first consultation, where we can look at everything together and see whether I'm in a position to act for you: {bookingLink}",
      fr: "Bonjour {name}, merci d'avoir pensé à moi. Commençons par une première consultation, qui nous permettra de tout regarder ensemble et de voir si je suis en mesure de vous représenter : {bookingLink}",
    },
  },
  {
    id: 'no-mandate.conflict-check',
    profiles: LAWYER,
    text: {
      en: "Hi {name}, thanks for getting in touch. Before we talk about the substance, I need to run a conflict check and we need a signed retainer in place. I'm happy to get both started by phone at {phone}.",
      fr: "Bonjour {name}, merci de votre message. Avant d'aborder le fond, il faut que je vérifie l'absence de conflit d'intérêts et qu'un mandat soit signé entre nous. Je vous propose un bref appel au {phone} pour régler ces formalités.",
    },
  },
  {
    id: 'no-mandate.referral',
    profiles: LAWYER,
    text: {
      en: "Hi {name}, thank you for thinking of me. This isn't a matter I'm able to take on, but your local bar's referral service can put you in touch with a lawyer well placed to help. I wish you all the best.",
      fr: "Bonjour {name}, merci d'avoir pensé à moi. Je ne peux malheureusement pas m'occuper de cette affaire, mais le Barreau de votre région pourra vous orienter vers un avocat ou une avocate qui saura vous aider. Je vous souhaite le meilleur.",
    },
  },

  // binding-commitment (lawyer)
  {
    id: 'binding-commitment.call',
    profiles: LAWYER,
    text: {
      en: "Hi {name}, I'd like us to talk this through by phone before anything is decided. Could you call me at {phone}?",
      fr: "Bonjour {name}, j'aimerais que nous en parlions au téléphone avant toute décision. Je vous invite à m'appeler au {phone}.",
    },
  },
  {
    id: 'binding-commitment.confirm-writing',
    profiles: LAWYER,
    text: {
      en: "Hi {name}, I'd like to look at this carefully before giving you a firm answer. Once we've talked it over, I'll confirm where things stand in writing.",
      fr: 'Bonjour {name}, je souhaite examiner la question attentivement avant de vous donner une réponse ferme. Après en avoir discuté ensemble, je vous confirmerai la situation par écrit.',
    },
  },
  {
    id: 'binding-commitment.meeting',
    profiles: LAWYER,
    text: {
      en: "Hi {name}, before anything is decided, I'd like us to sit down together. Could we meet at {firm} this week?",
      fr: "Bonjour {name}, avant toute décision, j'aimerais que nous en parlions en personne. Je vous propose un rendez-vous chez {firm} cette semaine.",
    },
  },

  // liability-admission (lawyer)
  {
    id: 'liability-admission.call',
    profiles: LAWYER,
    text: {
      en: 'Hi {name}, thanks for letting me know. This is best discussed by phone rather than in writing, so please call me at {phone} when you can.',
      fr: "Bonjour {name}, merci de votre message. Il vaut mieux en parler au téléphone plutôt que par écrit. N'hésitez pas à m'appeler au {phone} dès que possible.",
    },
  },
  {
    id: 'liability-admission.meeting',
    profiles: LAWYER,
    text: {
      en: "Hi {name}, thank you for the update. I'd like to go through what happened with you in person. Could we meet at {firm} this week?",
      fr: "Bonjour {name}, merci de votre message. J'aimerais revoir avec vous en personne ce qui s'est passé. Je vous propose un rendez-vous chez {firm} cette semaine.",
    },
  },
  {
    id: 'liability-admission.review',
    profiles: LAWYER,
    text: {
      en: "Hi {name}, thanks for the details. I'd like to review the documents before we discuss any of this, then go over it with you at a meeting. Here is the link to book a time: {bookingLink}",
      fr: "Bonjour {name}, merci pour ces précisions. J'aimerais examiner les documents avant que nous en discutions, puis faire le point avec vous lors d'un rendez-vous. Voici le lien pour réserver : {bookingLink}",
    },
  },

  // Social care: legal or strategy questions, terms
  {
    id: 'care.dm-team',
    profiles: CARE,
    text: {
      en: "Hi {name}, thanks for reaching out. We can't go into this kind of question here, but if you send us a private message, we'll connect you with the right team.",
      fr: "Bonjour {name}, merci de nous avoir écrit. Nous ne pouvons pas aborder ce genre de question ici, mais si vous nous envoyez un message privé, nous vous mettrons en contact avec l'équipe appropriée.",
    },
  },
  {
    id: 'care.terms-link',
    profiles: CARE,
    text: {
      en: "Hi {name}, the details are set out in our terms and conditions on our website. If anything is unclear, send us a private message and we'll be glad to help.",
      fr: "Bonjour {name}, les détails figurent dans nos conditions générales, sur notre site web. Si un point n'est pas clair, écrivez-nous en message privé et nous vous aiderons avec plaisir.",
    },
  },

  // binding-commitment (social care)
  {
    id: 'binding-commitment.dm-team',
    profiles: CARE,
    text: {
      en: 'Hi {name}, thanks for your patience. Please send us a private message with the details so the right team can look into your request.',
      fr: "Bonjour {name}, merci de votre patience. Envoyez-nous les détails en message privé afin que l'équipe concernée puisse examiner votre demande.",
    },
  },
  {
    id: 'binding-commitment.review',
    profiles: CARE,
    text: {
      en: 'Hi {name}, your request has been passed on for review. Someone from the team will reply to you by private message.',
      fr: "Bonjour {name}, votre demande a été transmise pour examen. Une personne de l'équipe vous répondra en message privé.",
    },
  },
  {
    id: 'binding-commitment.escalate',
    profiles: CARE,
    text: {
      en: "Hi {name}, I understand this matters to you. I've passed your request to a team lead, who will reply to you by private message.",
      fr: "Bonjour {name}, je comprends que c'est important pour vous. J'ai transmis votre demande à notre équipe de supervision, qui vous répondra en message privé.",
    },
  },

  // liability-admission (social care)
  {
    id: 'liability-admission.dm-team',
    profiles: CARE,
    text: {
      en: "Hi {name}, we'd like to understand what happened. Could you send us a private message so the team in charge can look into it?",
      fr: "Bonjour {name}, nous aimerions comprendre ce qui s'est passé. Écrivez-nous en message privé pour que l'équipe concernée puisse examiner la situation.",
    },
  },
  {
    id: 'liability-admission.empathy',
    profiles: CARE,
    text: {
      en: "Hi {name}, we're sorry to hear about this and understand how frustrating it must be. Please send us a private message so we can look into it with you.",
      fr: "Bonjour {name}, nous sommes désolés d'apprendre cela et nous comprenons votre frustration. Écrivez-nous en message privé pour que nous puissions regarder la situation avec vous.",
    },
  },
  {
    id: 'liability-admission.investigate',
    profiles: CARE,
    text: {
      en: 'Hi {name}, thank you for raising this. We need to look into what happened before we can comment, so please send us a private message with the details.',
      fr: "Bonjour {name}, merci de nous l'avoir signalé. Nous devons vérifier ce qui s'est passé avant de pouvoir nous prononcer, alors écrivez-nous en message privé avec les détails.",
    },
  },

  // personal-data (social care)
  {
    id: 'care.dm-private',
    profiles: CARE,
    text: {
      en: "Hi {name}, for your privacy, please don't share personal details here. Send us a private message and we'll take it from there.",
      fr: "Bonjour {name}, pour protéger votre vie privée, merci de ne pas publier d'informations personnelles ici. Écrivez-nous plutôt en message privé et nous prendrons le relais.",
    },
  },
];

export const TEMPLATES_BY_ID = new Map(TEMPLATES.map((t) => [t.id, t]));

/** The template ids of `ids` that suit `profile`, in the given order. */
export function templatesFor(ids: readonly string[], profile: Profile): string[] {
  return ids.filter((id) => TEMPLATES_BY_ID.get(id)?.profiles.includes(profile) ?? false);
}

const KNOWN: ReadonlySet<string> = new Set(PLACEHOLDERS);

/**
 * Fills the known placeholders of `text` that have a non-empty value; unknown
 * placeholders and missing or empty values are left as typed. One pass, so a
 * value that itself contains `{name}` is not filled again.
 */
export function fillPlaceholders(text: string, values: Partial<Record<Placeholder, string>> = {}): string {
  return text.replace(/\{(\w+)\}/g, (all, k: string) => {
    // Only own, known keys: `{constructor}` must not pick up Object.prototype.
    if (!KNOWN.has(k) || !Object.prototype.hasOwnProperty.call(values, k)) return all;
    const v = values[k as Placeholder];
    return v === undefined || v === '' ? all : v;
  });
}

/**
 * The reply text in a language, placeholders filled where a value is given:
 * a built-in template, or one of the firm's (`firm:` ids, from its policy).
 */
export function renderTemplate(id: string, lang: Lang, values: Partial<Record<Placeholder, string>> = {}, policy?: CompiledPolicy): string | undefined {
  const text = TEMPLATES_BY_ID.get(id)?.text[lang] ?? policyTemplateText(policy, id, lang);
  return text === undefined ? undefined : fillPlaceholders(text, values);
}
