import type { Lexicon } from '../types';

/**
 * French phrasing that commits the organisation: remboursement, avoir,
 * prise en charge des frais, remplacement, frais annulés, garanties.
 * The speaker ("nous", "on", "je") must sit right before the pronoun, the
 * auxiliary or the verb, so a negation ("nous ne pouvons pas rembourser")
 * breaks the match; the infinitive after "vous pouvez" (legal advice) has no
 * first-person speaker and stays silent.
 *
 * Entries sharing the speaker prefix are merged on purpose: V8 stops
 * optimising a regular expression past about 20 000 characters of source,
 * and all of a rule's entries (both languages) compile into one expression.
 */
export const FR_BINDING_COMMITMENT: Lexicon = {
  lang: 'fr',
  topic: 'binding-commitment',
  macros: {
    // First-person speaker, with its trailing space ("j'" glues to the verb).
    je: "(?:nous |on |je |j'|moi je )",
    // What may sit between the speaker and the verb: object pronouns, then an auxiliary or a modal.
    vg: "(?:(?:vous|vs|te|lui|leur) (?:l'|le |la |les |en )?|t'(?:en )?|l'|le |la |les )?(?:(?:allons|va|vais|avons|a|ai|pouvons|peux|peut|voulons|veux|souhaitons|tenons a|tiens a|devons|dois|venons de|viens de|vient de)(?: bien| deja)? (?:(?:vous|vs|te|lui) |t')?)?",
    // The verb right after a bare speaker: a bare present ("nous remboursons les billets") describes a policy.
    bare: "nous |on |j'",
    // A member of the organisation acting for it.
    staff: "(?:notre|nos) (?:techniciens?|equipes?|service client|services?|livreurs?|conseillers?|installateurs?|agents?|magasin) ",
    adv: "(?:(?:bien|deja|immediatement|integralement|entierement|totalement|exceptionnellement|quand meme|tout de suite) )?",
    // What a cost-covering verb takes.
    frais: "frais|couts?|factures?|reparations?|depenses|nuits?|hotel|billets?|taxi|repas|montant|remplacement|degats|dommages|honoraires|franchise|note|deplacement",
    // What a fee-waiver or fee-cut verb takes.
    penalite: "frais|penalites?|factures?|honoraires|surcharge|supplement|interets|majoration|amende|solde|depassement|tarifs?|prix|taux horaire",
    // What an offer verb takes.
    cadeau: "mois|semaines?|nuit|nuitee|bons?(?: d'achat| de reduction)?|avoir|credit|remboursement|geste|livraison|frais|reduction|rabais|remise|abonnement|surclassement|repas|dedommagement|compensation|indemnite|\\d+ ?(?:[%$€]|eur|euros|chf|dollars|francs)",
  },
  entries: [
    {
      re: "{je}{vg}(?:(?<!{bare})(?:rembours[a-z]*|(?:re)?credit(?:e|er|ons|ez|erons|erai|era)|dedommag[a-z]*|indemnis[a-z]*)(?! pas| jamais| rien| plus)|(?:rembours|credit|dedommag|indemnis)(?:erons|erai|era)|procede[a-z]* (?:au|a un|a votre) (?:remboursement|dedommagement|virement)|(?:assum|absorb|couvr|pai|pay)[a-z]* (?:{gap2})(?:{frais})|(?:vous|te) (?:les |le |la |l')offr[a-z]*|(?<!{bare})(?:offr[a-z]*|offert|accord[a-z]*|fai[st]? cadeau|ferons cadeau|donn[a-z]*|r?ajout[a-z]*) (?:{gap2})(?:{cadeau})|(?:propos|fai[st]?|faisons|ferons|fera|accord|offr)[a-z]* (?:un |une )?geste (?:commercial|de bonne volonte))",
      why: 'refund',
      note: "nous vous rembourserons / on vous credite / on assume les degats / on vous offre le mois / nous vous proposons un geste commercial",
    },
    {
      re: "{je}{vg}(?:(?:envoi|envoy|renvoi|renvoy|expedi|reexpedi|livr|remplac|repar|chang|echang|install)[a-z]* (?:{gap4})(?:gratuitement|gratuite?|sans (?:aucun )?frais|a nos frais|gracieusement|sans cout|remplacement|neuve?|(?:un|une) (?:nouveau|nouvel|nouvelle) (?:appareil|telephone|colis|modele|produit|box|modem|routeur|article|piece|valise|machine|commande|chargeur|ordinateur|ecran))|(?:remplac|repar)(?:erons|erai|era|ons|er|e|ez) (?:votre|vos|ton|ta|tes|l'appareil|le produit|la piece|le colis|l'article))|{staff}(?:(?:va|vont|pourra|pourront|a|ont|vient de) (?:vous |te )?|vous |te )(?:rembours|remplac|repar|renvoi|renvoy|dedommag|indemnis|credit)[a-z]*|{staff}(?:rembours|remplac|repar|dedommag|indemnis|credit)(?:eront|era)",
      why: 'replace',
      note: "on vous renvoie un colis gratuitement / nous allons remplacer votre appareil / nos techniciens remplaceront la piece; 'un nouveau lien' stays silent",
    },
    {
      re: "{je}{vg}(?:(?:annul|supprim|retir|effac|exoner|(?<!{bare})rembours|(?<!{bare})offr|sucr|enlev|fai[st]? saut|fera saut|ferons saut|laiss[a-z]* tomb|pass[a-z]* l'eponge|redui|baiss|diminu|plafonn|divis|coup)[a-z]* (?:sur )?(?:{gap2})(?:{penalite})|honn?or[a-z]* (?:{gap4})(?:prix|tarif|offre|promo[a-z]*|commande|reservation|bon|engagement|rabais|devis)|(?:fai[st]?|faisons|ferai|ferons|fera) (?:une |un )?(?:exception|entorse|prix|rabais|ristourne|remise|fleur)|(?:{gap4})(?:benevolement|pro bono|gratuitement|a titre gracieux)|ne (?:vous |te |t')(?:factur|compt)[a-z]* (?:pas|rien|plus))|(?:on|nous|je) (?:oublie|oublions|oublierons|oublierai) (?:la|les|vos|votre|tes|ta) (?:{penalite})|(?:nous nous|on s'|je m')(?:occup|engag)[a-z]* (?:des|de la|du|de vos|de tes|de votre|de ta|de ton|de l') (?:{frais})|(?:je m'|nous nous |on s')engag[a-z]* a (?:ce que|vous rembourser|te rembourser|rembourser|remplacer|reparer|livrer|vous livrer|regler|obtenir|gagner)|(?:vous|tu|vs) (?:ne )?(?:me|nous) (?:devez|dois|devrez|devras) (?:plus )?rien",
      why: 'waive',
      note: "on annule les frais de retard / je laisse tomber la facture / on vous honore le prix / on fait une exception / je ne vous facturerai pas / tu ne me dois rien / je m'engage a ce que...",
    },
    {
      re: "(?:vous|tu|vs) (?:serez|seras|allez etre|vas etre|etes|es|avez ete|as ete) {adv}(?:rembours|credit|dedommag|indemnis)(?:e|ee|es|ees)|(?:vous|tu|vs) (?:recevrez|recevras|allez recevoir|vas recevoir|aurez|auras) (?:{gap2})(?:remboursement|avoir|credit|bon d'achat|nouvel appareil|nouveau telephone|appareil de remplacement|dedommagement|indemnite|geste commercial)|(?:vous|te|t'|lui|vs) (?:est|sont|sera|seront|a ete|ont ete|va etre|vont etre) {adv}(?:rembours|credit|offert|renvoy|remplac)(?:e|ee|es|ees)?|(?:billet|vol|commande|achat|sejour|montant|abonnement|article|colis|nuitee|reservation)s? (?:sera|seront|va etre|vont etre) {adv}(?:rembours|credit|remplac|renvoy)(?:e|ee|es|ees)|(?:remboursement|avoir|credit|virement|geste commercial|dedommagement|indemnisation|remplacement) (?:a ete|a bien ete|vient d'etre|va etre|sera) {adv}(?:effectue|emis|valide|accorde|envoye|verse|credite|applique|declenche|lance|expedie|approuve)|(?:{frais})s? (?:{gap4})(?:seront|sera|sont|vont etre|va etre|ont ete|a ete) {adv}(?:pris en charge|prises? en charge|rembourse|annule|offert|supprime|retire|efface|couvert)(?:e|s|es)? (?:par nous|par nos soins|a 100|integralement|entierement|totalement|exceptionnellement|cette fois)",
      why: 'refund',
      note: "vous serez rembourse / votre billet vous sera rembourse / le remboursement a ete effectue / vos frais seront pris en charge par nos soins; a present passive ('les frais sont rembourses selon...') describes a policy",
    },
    {
      re: "(?<!(?:devez|dois|doit|devrait|devra|devrez|faut|assureur|assurance|employeur|proprietaire|proprio|locataire|bailleur|mutuelle|caisse) )(?:prend|prends|prenons|prendrons|prendrai|prendra|prendre|pris|prenne|prennent) en charge (?:{gap4})(?:{frais})|a nos frais|aux frais de la maison|a titre gracieux|(?:vous|tu|vs) (?:n'aurez|n'auras|aurez|auras) rien a payer|(?:vous|tu|vs) ne (?:paierez|payerez|paieras|payeras|debourserez) (?:rien|pas un (?:sou|centime|cent))|(?:ca|cela) ne (?:vous|te) coutera (?:rien|pas un)|(?:c'est|c est|cest|ce sera|ca sera) (?:offert|cadeau|gratuit pour (?:vous|toi)|pour nous|a nos frais)",
      why: 'refund',
      note: "nous prendrons en charge vos frais / a nos frais / vous n'aurez rien a payer / c'est offert; 'votre prise en charge' (routing) has no cost word, and another payer (an insurer) is legal advice",
    },
    {
      re: "{je}(?:(?:allons|va|vais|pouvons|peux|peut) )?(?:vous |te |t'|vs )(?:le |l')?(?:garanti[a-z]*|promet[a-z]*|promis)|(?:c'est|c est|cest|ce sera|ca sera) (?:garanti|promis)|promis jure|(?<=[,;:-] )promis(?! a | que | de )|(?:vous avez|tu as|t'as) ma parole|(?:je|nous) (?:vous|te) (?:donne|donnons) (?:ma|notre) parole|garanti (?:a )?100 ?%",
      why: 'guarantee',
      note: "je vous garantis / je te le promets / c'est promis; 'je ne peux pas vous garantir' breaks the adjacency",
    },
    {
      re: "(?:prix|tarifs?|forfaits?|abonnements?|mensualites?|factures?) (?:{gap6})(?:n'augmenter[a-z]* (?:pas|jamais|plus)|ne (?:bouger|changer|augmenter)(?:a|ont) (?:pas|jamais|plus)|(?:restera|resteront|sont|est|seront|sera) (?:bloque|fixe|gele|garanti)(?:e|s|es)? (?:d'ici|jusqu|a vie|pendant|pour))",
      why: 'guarantee',
      note: "a public price guarantee: le prix n'augmentera pas d'ici 2027",
    },
  ],
  unless: [
    {
      re: "(?:verifier|verifions|verifie|verifierai|verifierons|voir|regarder|regardons|regarde|demander|demande|savoir) si|si (?:nous|on|je) (?:pouvons|peut|peux|pourrons|pourrait|pourrions)",
      note: 'checking whether a refund is possible is not a promise',
    },
  ],
};
