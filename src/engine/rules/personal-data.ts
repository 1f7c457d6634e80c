import { detectorRule } from '../rule';
import { EN_PERSONAL_DATA } from '../lexicon/en/personal-data';
import { FR_PERSONAL_DATA } from '../lexicon/fr/personal-data';
import { IDENTIFIER_DETECTORS } from '../detectors/identifiers';

/** Personal or confidential identifiers; loudest on a public channel. */
export const personalData = detectorRule(
  {
    id: 'personal-data',
    kind: 'detector',
    description: 'Contains personal or confidential identifiers: e-mail, phone, postal address, order/booking/account/file number, card, IBAN, SIN/NAS/AVS, date of birth, health details, password or one-time code.',
    messages: {
      en: {
        message: 'Personal data',
        why: {
          default: 'contains personal data: {words}',
          email: 'contains an e-mail address: {words}',
          phone: 'contains a phone number: {words}',
          address: 'contains a postal address: {words}',
          reference: 'contains an order, booking, account or file number: {words}',
          card: 'contains a payment card number: {words}',
          iban: 'contains a bank account number (IBAN): {words}',
          national_id: 'contains a social insurance, social security or AVS number: {words}',
          dob: 'contains a date of birth: {words}',
          health: 'contains health details: {words}',
          secret: 'contains a password or one-time code: {words}',
        },
      },
      fr: {
        message: 'Données personnelles',
        why: {
          default: 'contient des données personnelles : {words}',
          email: 'contient une adresse courriel : {words}',
          phone: 'contient un numéro de téléphone : {words}',
          address: 'contient une adresse postale : {words}',
          reference: 'contient un numéro de commande, de réservation, de compte ou de dossier : {words}',
          card: 'contient un numéro de carte de paiement : {words}',
          iban: 'contient un numéro de compte bancaire (IBAN) : {words}',
          national_id: "contient un numéro d'assurance sociale, de sécurité sociale ou AVS : {words}",
          dob: 'contient une date de naissance : {words}',
          health: 'contient des renseignements de santé : {words}',
          secret: 'contient un mot de passe ou un code à usage unique : {words}',
        },
      },
    },
    templates: ['care.dm-private'],
    severity: (ctx) => (ctx.channel === 'public' ? 'block' : ctx.channel === 'private-unencrypted' ? 'warn' : 'info'),
  },
  [EN_PERSONAL_DATA, FR_PERSONAL_DATA],
  IDENTIFIER_DETECTORS,
);
