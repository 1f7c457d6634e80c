import type { Lexicon } from '../types';

/**
 * Les parties « phrases » des données personnelles en français : codes et
 * mots de passe donnés avec leur valeur, dates de naissance formulées comme
 * telles, renseignements de santé d'une personne. Les formes vérifiables
 * (cartes, IBAN, NAS, NIR, AVS, téléphones, courriels, adresses, numéros de
 * dossier) sont des détecteurs : voir src/engine/detectors/identifiers.ts.
 * Les noms de médicaments sont dans le lexique anglais (ils valent pour les
 * deux langues).
 */
export const FR_PERSONAL_DATA: Lexicon = {
  lang: 'fr',
  topic: 'personal-data',
  macros: {
    mois: 'janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|janv|fevr?|avr|juil|sept|oct|nov|dec',
    date: '\\d{1,2}[/.-]\\d{1,2}[/.-](?:\\d{4}|\\d{2})|\\d{4}-\\d{2}-\\d{2}|(?:1er|premier|\\d{1,2}) (?:{mois})\\.? \\d{4}',
    secret: "(?![*•x.]+(?:[ ,;!?)]|$))(?=[^ ]{0,40}[0-9@#$%^&*_+=])[^ ]{4,40}|'[^' ]{3,30}'|\"[^\" ]{3,30}\"",
    est: "est|etait|sera|c'est|reste|est maintenant|a ete reinitialise a|devient|:|=",
    poss: 'votre|vos|son|sa|ses|ton|ta|tes|mon|ma|mes|leur|leurs',
    etat:
      "depression(?: majeure| severe| nerveuse)?|diagnostic|maladie|maladies|handicap|traitement (?:medical|contre|pour)|medicaments?|medication|ordonnances?|prescriptions?|problemes? de sante mentale|etat de sante|problemes? de sante|pathologie|cancer|tumeurs?|chimio(?:therapie)?|chirurgie|hospitalisation|grossesse|fausse couche|avortement|burn-?out|therapie|psychiatre|psychologue|blessures?|hernie(?: discale)?|fracture|entorse|commotion|addiction|dependance|alcoolisme|toxicomanie|rechute|arret maladie|conge maladie|irm|bilan sanguin|resultats d'analyses?|troubles? (?:bipolaires?|anxieux|de l'humeur|alimentaires?|psychiatriques?|mentaux|de la personnalite|du deficit de l'attention|obsessionnels?)",
    grave:
      "depression (?:majeure|severe|post-partum|nerveuse)|trouble bipolaire|schizophreni[a-z]*|stress post-traumatique|tspt|hernies? discales?|commotion cerebrale|traumatisme cranien|coup du lapin|sclerose en plaques|maladie d'alzheimer|alzheimer|parkinson|epilepsie|diabete de type [12]|seropositi(?:f|ve)|vih|sida|hepatite [abc]|leucemie|lymphome|chimiotherapie|chimio|radiotherapie|dialyse|tumeurs?(?: (?:au|a la|aux|du|de la) [a-z]+)?|cancer (?:du|de la|des|de l') ?[a-z]+|fausse couche|tentative de suicide|suicidaire|automutilation|surdose|cure de desintox(?:ication)?|desintox|crises? d'angoisse|crises? de panique|troubles? anxieux|troubles? alimentaires?|anorexie|boulimie|antidepresseurs?|anxiolytiques?|neuroleptiques?",
  },
  entries: [
    // Codes donnés avec leur valeur.
    {
      re: "code (?:de verification|de confirmation|d'acces|d'activation|de securite|secret|pin|nip|temporaire|provisoire|unique|a usage unique|de connexion|sms|de validation|confidentiel|de (?:la )?porte|d'entree|de l'alarme|wifi|wi-fi|du portail)(?: (?:{est}))? ?:? ?\\d{4,8}",
      why: 'secret',
      note: 'votre code de vérification est 553018',
    },
    { re: "(?:votre|ton|le|ta) code (?:{est}) ?:? ?\\d{4,8}", why: 'secret', note: 'pas « code postal » : « code » suit un déterminant' },
    { re: "(?:utilisez|entrez|saisissez|tapez|utilise|entre|saisis|tape) (?:le |ce |votre |ton )?code ?:? ?\\d{4,8}", why: 'secret' },
    { re: "(?:nip|digicode)(?: (?:{est}))? ?:? ?\\d[0-9a-z]{2,7}", why: 'secret' },
    // Mots de passe donnés avec leur valeur ; « ne nous transmettez jamais votre mot de passe » n'en a pas.
    {
      re: "(?:mot de passe|mdp|mot-de-passe)(?: (?:temporaire|provisoire|temp|initial|par defaut|du wifi|wifi|wi-fi|de connexion|de votre compte|du compte|administrateur|admin|de la boite|du portail|d'acces))? ?(?:{est}) ?:? ?(?:{secret})",
      why: 'secret',
    },
    // Dates de naissance, seulement quand elles sont dites telles.
    { re: '(?:date de naissance|date naissance|ddn)(?: ?:)? {gap6}(?:{date})', why: 'dob', note: 'votre date de naissance sur la demande est le ...' },
    { re: "(?:ne|nee|ne\\(e\\)|ne-e|nes|nees) le (?:{date})", why: 'dob', note: 'sans écart de mots : « ne le dis pas avant le 3 mai 2024 » passe' },
    { re: "(?:annee de naissance|date de naissance)(?: ?:)? (?:19|20)\\d{2}", why: 'dob' },
    // Renseignements de santé d'une personne.
    { re: '(?:{poss}) (?:[^ .!?]+ ){0,2}?(?:{etat})(?: (?:de|d\'|du) ?(?:{grave}))?', why: 'health', note: 'votre diagnostic de dépression majeure ; sa maladie' },
    { re: '(?:{grave})', why: 'health' },
    {
      re: "(?:fait|fais|faire|fera|a fait|avait fait) (?:une |un )?(?:depression|burn-?out)|en (?:depression|burn-?out)",
      why: 'health',
    },
    {
      re: "diagnostiquee?s? (?:d'une?|de la|du|de|avec|comme) (?:{grave}|[a-z'-]+(?: (?:chronique|severe|majeure|cerebrale|discale))?)",
      why: 'health',
    },
    {
      re: "atteinte?s? (?:d'une?|de la|du|de|d') ?(?:{grave}|maladie|cancer|tumeur|trouble|handicap|forme (?:grave|severe))",
      why: 'health',
      note: 'pas « le plafond est atteint de justesse »',
    },
    {
      re: "(?:souffre|souffres|souffrent|souffrait|souffrant) (?:d'une?|de la|du|de|d') ?(?:{grave}|depression|cancer|tumeur|maladie|trouble|troubles|handicap|hernie|epilepsie|diabete|alcoolisme|addiction|douleurs chroniques|migraines|anxiete)",
      why: 'health',
    },
    {
      re: "(?:hospitalisee?s?|aux soins intensifs|en reanimation|en psychiatrie|(?:emmene|emmenee|amene|amenee|emmener|amener|conduire|conduit|conduite|transporte|transportee|transporter|admis|admise|passe|passee|fini|finie|retrouve|retrouvee|aller|alle|allee|va|vais)s? {gap4}aux urgences)",
      why: 'health',
    },
    {
      re: "(?:est|suis|es|etait|etes|tombee) enceinte",
      why: 'health',
    },
    { re: '(?:est|suis|es|etait) bipolaire', why: 'health' },
    {
      re: "(?:a|avait|as|ont|a eu|avez|a attrape|avait attrape) (?:un |une |le |la )?(?:cancer|tumeur|avc|infarctus|hernie discale|commotion cerebrale|covid(?:-19)?|vih|diabete|epilepsie|pneumonie)",
      why: 'health',
      note: 'pas « une dépression » (la météo en a aussi)',
    },
    {
      re: "(?:foule|foulee|tordu|tordue|casse|cassee|fracture|fracturee|luxe|luxee|demis|demise|blesse|blessee) (?:la|le|l'|sa|son|ma|mon|ta|ton|les|ses|mes|tes) ?(?:cheville|poignet|genou|bras|jambe|epaule|hanche|dos|cou|nez|cotes?|pied|main|doigt|clavicule|bassin|colonne|coude)",
      why: 'health',
    },
    {
      re: "(?:blessures?|fracture|entorse) (?:au|a la|aux|a l'|du|de la) ?(?:dos|cou|tete|genou|epaule|hanche|cerveau|colonne|bras|jambe|cheville|poignet|bassin|crane)|mal de dos chronique|lombalgie|sciatique",
      why: 'health',
    },
    {
      re: "irm|scanner (?:cerebral|thoracique|abdominal)|biopsie|ponction (?:de la moelle|lombaire|medullaire)|prise de sang|(?:sous|prend|prends|prenait) (?:antidepresseurs|anxiolytiques|morphine|methadone|insuline|medicaments|neuroleptiques|traitement)",
      why: 'health',
    },
  ],
};
