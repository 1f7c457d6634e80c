import type { Lexicon } from '../types';

/**
 * French phrasings of legal advice (France, Québec, Suisse), in both forms of
 * address and in texting spelling: what the law lets the recipient or the
 * other party do, what it requires, which step to take (contester, saisir,
 * faire opposition, porter plainte...), the delay that applies, how the case
 * will turn out, or a legal conclusion about the situation. Folded text: no
 * accents, lower case, ASCII apostrophes.
 *
 * Terse for the same reason as the English list: all the rule's patterns
 * share one regular expression, which V8 stops optimising past 20 480
 * characters; see the note in ../en/legal-advice.ts.
 */
export const FR_LEGAL_ADVICE: Lexicon = {
  lang: 'fr',
  topic: 'legal-advice',
  macros: {
    // An empty lookahead: V8 compiles what follows once instead of once per preceding alternative.
    flush: '(?=)',
    // Zero to two adverbs: "vous pouvez tout a fait contester", "tu devrais vraiment porter plainte".
    fadvs: "(?:(?:[a-z]+ment|tout a fait|aussi|donc|juste|bien|vite) ){0,2}",
    // One optional adverb in "-ment".
    ment: "[a-z]+ment |",
    // A determiner and its noun; a match never ends on "l'" or a space, where the word edge would fail.
    fobj: "(?:l'|(?:le|la|les|ce|cette|votre|vos|ton|ta|leur|une?) )[a-z'-]+",
    // Legal papers one accepts, refuses or signs.
    fnoms: "l'(?:offre|avenant|entente|accord)|la (?:proposition|transaction|rupture conventionnelle|decision)|le (?:reglement|contrat|jugement)",
    // Bodies one refers a matter to ("saisir le TAL"), not a form field ("saisir votre numero").
    finst: "(?:le |la |les |l')?(?:tribunal|tal|regie|prud'?hommes|juge|cour|commission|cnesst)",
    // The other party, never "on" or "nous": "il", "ton proprio", "la regie".
    fqui: "ils?|elles?|(?:ton|votre|le|la) (?:employeur|patron|proprio|proprietaire|bailleur|ex|assureur|regie|cnesst)|l'(?:employeur|assureur)",
    // Acts a delay applies to.
    fdverb: "contester|(?:les |le |la )?poursuivre|faire (?:opposition|appel)|saisir|porter plainte|deposer|reclamer|agir|repondre|(?:vous|te|t') ?(?:opposer|retracter)",
  },
  entries: [
    // What the recipient can, must or should do: "vous pouvez résilier", "tu devrais porter plainte".
    {
      re: "(?:(?:vous|vs) (?:pouvez|pourriez|devez|devriez)|tu (?:peux|peut|pourrais|dois|doit|devrais)|(?:vous avez|tu as|t'as|ta) (?:tout a fait )?le droit d(?:e |')|(?:il )?(?:faut|faudrait)|je (?:te|vous) (?:conseille|recommande) d(?:e |')) ?{fadvs}{flush}(?:resilier(?! (?:depuis|en ligne|sur|dans|via))|casser (?:le|votre|ton) bail|(?:les |le |la |l')?poursuivre|(?:contester|exiger) (?:{fobj})|contester|saisir (?:{finst})|reclamer|refuser (?:{fnoms}|de (?:signer|payer|partir))|refuser(?= ?[,.;]|$)|faire (?:opposition|appel(?! a ))|porter plainte|deposer (?:une|un) (?:plainte|recours)|demander (?:des dommages|une indemnite)|(?:retenir|garder) (?:l'argent|(?:le|ton|votre) loyer)|rester dans les lieux|(?:ne )?pas (?:payer|signer|demenager)|obtenir (?:des dommages|gain de cause|la garde)|aller (?:aux prud'?hommes|au tal|a la regie|aux petites creances|en justice)|envoyer (?:une )?mise en demeure|repondre a la mise en demeure|prendre un avocat)",
      why: 'action',
    },
    {
      re: "(?:faut|faudrait) (?:absolument )?que (?:vous|tu|t') ?(?:port(?:es|iez) plainte|contest(?:es|iez)|poursuiv(?:es|iez)|saisiss(?:es|iez)|fass(?:es|iez) (?:opposition|appel)|refus(?:es|iez)|pren(?:nes|iez) un avocat)",
      why: 'step',
    },
    // Imperatives: "Conteste la résiliation", "Faites opposition", "ne signez rien".
    {
      re: "(?<!(?:vous|tu|on|il|elle|ils|qui|je|nous) )(?:(?:contestez?|poursui(?:s|vez)|resiliez?) (?:{fobj})|saisi(?:s|ssez) (?:{finst})|portez? plainte|(?:fais|faites) (?:opposition|appel(?! a ))|refusez? (?:{fnoms})|(?:garde|gardez|retiens|retenez) (?:l'argent|(?:le|ton|votre) loyer)|(?:prends|prenez) un avocat|(?:envoie|envoyez)(?:-lui)? une mise en demeure|restez? dans les lieux|deposez? une plainte)",
      why: 'step',
    },
    {
      re: "(?:ne |n')?signez? (?:rien|jamais|surtout pas|pas (?:ca|tout de suite|l'(?:entente|offre|avenant)|(?:la|le) (?:transaction|contrat|bail|reglement)))|(?:n')?acceptez? (?:pas|jamais) (?:{fnoms})|(?:ne )?(?:payez|paie|paye) (?:pas|plus) (?:le loyer|ton loyer|votre loyer|l'amende)",
      why: 'sign',
    },
    {
      re: "(?:a (?:ta|votre) place|si j'etais (?:toi|vous)),? (?:je |j')(?:ne )?(?:refuserais|signerais|contesterais|poursuivrais|porterais plainte|accepterais|irais|ferais (?:opposition|appel))|je (?:ne )?(?:signerais|accepterais|contesterais|refuserais) (?:pas )?(?:{fobj}|ca|rien)",
      why: 'step',
    },
    // Rights and their limits: "ils ne peuvent pas vous expulser", "votre employeur a le droit de vous congédier".
    {
      re: "(?:{fqui}) (?:(?:ne |n')?(?:peu(?:t|vent)|pourr(?:a|ait)) (?:pas|plus) {ment}|(?:n'|ne )?(?:a|ont|avai(?:t|ent)) pas le droit d(?:e |')|(?:a|ont) (?:bien )?le droit de (?=vous|te |t')){flush}(?:vous |te |t'|la |le |l')?(?:expulser|evincer|faire (?:evincer|expulser|ca|payer)|congedier|licencier|renvoyer|virer|mettre dehors|resilier|baisser|augmenter|garder|retenir|obliger|forcer|couper|entrer|poursuivre)",
      why: 'rights',
    },
    {
      re: "(?:vous n'avez pas|vous avez pas|tu n'as pas|t'as pas|ta pas|vous n'etes pas|t'es pas|vous etes pas) (?:a |obligee?s? )?(?:de |d'|a )?(?:payer|quitter|demenager|signer|accepter|partir|rembourser)|(?:vous avez|tu as|t'as) (?:bien )?droit (?:a|au|aux) (?:une |un |des |l'|le )?(?:indemnite|dommages|chomage|preavis|compensation|pension|heures sup[a-z]*)",
      why: 'rights',
    },
    {
      re: "(?:vous|vs|tu|t') ?(?:ne )?(?:pouvez|peux|peut) (?:pas|plus) (?:etre|vous faire|te faire) (?:licencie|congedie|renvoye|expulse|evince|vire|poursuivi)e?s?",
      why: 'rights',
    },
    // The other side's duty: "votre employeur doit vous payer les heures".
    {
      re: "(?:{fqui}) (?:doit|doivent|devra|devrai(?:t|ent)|(?:est|sont) tenue?s? de) (?:vous|te|t') ?(?:payer|rembourser|verser|indemniser|reloger|donner|remettre|accorder|reparer)|il faut (?:la|le|un|une) (?:formule officielle|preavis|avis ecrit|mise en demeure|jugement|ordonnance)",
      why: 'duty',
    },
    // Deadlines: "vous avez six mois pour poursuivre la ville", "t'as genre 6 mois pour les poursuivre".
    {
      re: "(?:vous avez|vs avez|tu as|t'as|ta|vous n'avez que|t'as que|il (?:vous|te) reste)(?:(?: genre| seulement| encore| juste)? (?:{num}|une?|deux|trois|six|dix|quinze|trente|soixante|quelques) (?:jours|mois|ans|semaines) pour| jusqu'(?:au|a|en) (?:[a-z0-9'-]+ ){0,3}pour) {flush}(?:{fdverb})(?: {fobj})?",
      why: 'deadline',
    },
    {
      re: "(?:contester|faire (?:opposition|appel)|poursuivre|porter plainte|repondre|agir)(?: {fobj}| en justice)? {gap2}(?:dans les|dans un delai de|sous) (?:{num}|dix|quinze|trente|deux|trois|six) (?:jours|mois|ans)|(?:le )?delai (?:de prescription|pour (?:contester|poursuivre|agir|faire (?:opposition|appel)))|(?:la )?prescription (?:(?:est|court) de [a-z0-9]+ (?:ans|mois)|est|court|expire|acquise|triennale)|(?:c'est|cest) prescrit|(?:vous etes|tu es|t'es)(?: encore)? (?:dans les (?:delais|temps)|hors delai|forclose?)",
      why: 'deadline',
    },
    // Outcome: "vous allez gagner", "la juge va forcément reconnaître le vice caché".
    {
      re: "(?:vous allez|vs allez|tu vas|tu va|vous devriez|tu devrais) {ment}(?:(?:gagner|perdre)(?= ?[,.;]|$| (?:contre|devant|en cour|au tribunal|aux prud'?hommes|au tal|a la regie|(?:votre|ta) cause|(?:le|votre|ton) proces|(?:ce|ton|votre) dossier|haut la main|facilement))|l'emporter|(?:obtenir|avoir) gain de cause)|(?:tu|vous|t') ?(?:gagn|perd)(?:rais|riez|ras|rez)",
      why: 'outcome',
    },
    {
      re: "(?:le|la|les) (?:juges?|tribunal|cour|regie|tal) (?:va|vont|devrait|pourrait|(?:ne )?va pas) {ment}(?:reconnaitre|donner raison|accorder|rejeter|condamner|annuler|ordonner|(?:te|vous) (?:donner|accorder)|refuser|debouter|casser)|(?:elle|il|la requete|l'appel) (?:sera|va etre) {ment}(?:accueillie?|rejetee?|renversee?)|(?:vous avez|tu as|t'as) (?:de )?(?:bonnes|grandes|peu de) chances? d(?:e |')(?:gagner|obtenir|l'emporter)",
      why: 'outcome',
    },
    {
      re: "(?:il|elle|ils|ton ex|votre ex|ton proprio|votre proprietaire|ton employeur|votre employeur|la ville|l'assureur) (?:(?:va|vont|risque de|devrait) (?:perdre|gagner) (?:en cour|au tribunal|devant|son proces|sa cause|s'il)|(?:va|vont|sera|seront|serait) (?:etre )?(?:obligee?s?|tenue?s?|condamnee?s?) (?:de|d'|a)|(?:est|sont) (?:obligee?s?|tenue?s?|responsables?) (?:de|d'|a|des) (?:te |vous |t')?(?:payer|verser|rembourser|reparer|indemniser|dommages|degats))",
      why: 'outcome',
    },
    // Legal conclusions about the situation.
    {
      re: "(?:votre|ton|ta|le|la|cette|ce|son|sa|l') ?(?:licenciement|congediement|renvoi|expulsion|resiliation|clause|contrat|bail|avenant|conge|sanction|saisie|rupture) (?:[a-z0-9'-]+ ){0,4}(?:est|etait|serait|semble) {ment}(?:abusi[fv]e?|nulle?|illegale?|illicite|invalide|sans cause reelle et serieuse|injustifiee?|discriminatoire|(?:non|pas) valide|caduque?)",
      why: 'conclusion',
    },
    {
      re: "(?:c'est|cest|ce serait|ca serait) {ment}(?:illegal(?! d'etre| ?(?:lol|mdr|😂|😍))|illicite|abusif|discriminatoire|du harcelement|un (?:licenciement abusif|congediement deguise|vice cache)|contraire a la loi|(?:interdit|protege) par la loi)|(?:selon|d'apres|en vertu de|conformement a) la loi|c'est la loi(?! du| de la| des| ?(?:lol|mdr|😂))|(?:la loi|le code|l'article \\d+) (?:dit|prevoit|interdit|oblige|exige|(?:vous|te) protege|permet)",
      why: 'conclusion',
    },
    {
      re: "(?:vous etiez|vous etes|tu etais|tu es|t'es) (?:en periode de protection|protegee?s? par la loi|dans (?:votre|ton) (?:bon )?droit)|(?:votre|ton|le) bail se (?:renouvelle|reconduit) (?:automatiquement|tout seul|tacitement)",
      why: 'conclusion',
    },
  ],
  unless: [
    { re: "(?:depuis|dans|sur|via) (?:votre|ton|notre|l') ?(?:espace (?:client|abonne|perso)|site|application|appli|formulaire en ligne|compte)|en ligne sur notre|en appelant|service client|aupres du technicien", note: 'Product procedure: the customer does it from their account, the site or by phone.' },
    { re: "c'est illegal [^.!?]{0,80}\\?", note: 'Asks whether something is legal; gives no answer.' },
    { re: "(?:pas|ne|plutot|prefere|prefererais) (?:[a-z'-]+ ){0,6}(?:par|en|au) (?:texto|sms|message|courriel|ecrit|telephone)", note: 'Refuses to answer by text.' },
    { re: "(?:je )?(?:ne )?(?:peux|peut|pourrai|pourrais) (?:pas|rien) (?:me prononcer|repondre|(?:te|vous) (?:donner mon avis|conseiller|dire)|commenter)", note: 'Refusal to advise.' },
    { re: "avant de (?:te|vous) (?:dire|conseiller) quoi que ce soit|de vive voix", note: 'No advice before a mandate; deflection.' },
    { re: "(?:vous me demandez|tu me demandes|tu veux savoir|vous voulez savoir) si", note: 'Restates the question before deferring it.' },
    { re: "^(?:est-ce que|est-ce qu'|avez-vous|as-tu|pouvez-vous|peux-tu|voulez-vous|veux-tu|vous avez|tu as|t'as)(?: [^?]{0,200})?\\?", note: 'A question back to the client.' },
  ],
};
