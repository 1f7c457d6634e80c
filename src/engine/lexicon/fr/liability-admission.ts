import type { Lexicon } from '../types';

/**
 * French admissions of fault, negligence or responsibility ("c'est de notre
 * faute", "erreur de notre part", "nous en sommes responsables", "vous avez
 * ete negligent"). Apologies ("desoles pour ce desagrement") carry no owning
 * word; a negation ("ce n'est pas notre faute", "nous ne sommes pas
 * responsables") is excluded by look-behind or breaks the adjacency.
 */
export const FR_LIABILITY_ADMISSION: Lexicon = {
  lang: 'fr',
  topic: 'liability-admission',
  macros: {
    deg: "(?:(?:entierement|totalement|completement|pleinement|bien|clairement|vraiment|en partie|seule?s?|tout a fait) ){0,2}",
    // Someone who works for the organisation.
    equipe:
      "techniciens?|tech|livreurs?|installateurs?|chauffeurs?|agents?|equipes?|personnel|employes?|services?|preposes?|collaborat(?:eur|rice)s?|stagiaire|secretariat|cabinet|bureau|demenageurs?|plombier|electricien|ouvriers?|sous-traitant|transporteur|conseill[a-z]*|magasin|entrepot|bagagistes?",
    // What someone who caused a loss did (past participles).
    tort:
      "(?:(?:egar|abim|cass|endommag|perc|ray|bris)e{1,2}s?|inonde|detruit)(?: (?:votre|vos|ton|ta|tes|le|la|les) [a-z]+| l'[a-z]+)?|perdu (?:votre|vos|ton|ta|tes|le colis|la valise|les bagages|le dossier)|oublie (?:de (?:deposer|produire|transmettre|renouveler|inscrire|signifier|resilier|declarer|enregistrer|payer)|(?:votre|vos|ton|ta|tes) [a-z]+)|(?:rate|manque|laisse (?:passer|expirer|filer)) (?:le|la|les) (?:delais?|date limite|date|echeance|prescription)|mal (?:raccord|install|pos|calcul|rempli|depos|redig|fix|mont|branch|scell|serr|factur|configur|effectu|repar|ferm|entretenu|verifi|emball|livr)[a-z]*|(?:envoye|depose|livre|installe) (?:le|la|les) mauvai[a-z]*|(?:facture|debite|preleve) deux fois|(?:fait|commis) (?:une|l'|cette|la) (?:erreur|faute|gaffe|boulette|negligence)|neglige de|ete (?:un peu |tres |clairement |gravement )?negligent[a-z]*",
  },
  entries: [
    {
      re: "(?:notre|ma|mon)(?<!(?:pas|plus|aucunement|nullement|jamais|point|si c'est|si c'etait|que c'est|soit|serait|etait-ce|est-ce) (?:de )?(?:notre|ma|mon)) (?:propre )?(?:faute|erreur|negligence|bevue|boulette|gaffe)(?! de frappe| d'orthographe| de saisie| de grammaire)|(?:erreur|faute|negligence|oubli|manquement|bevue|defaillance|boulette)(?<!(?:eventuelle|possible|aucune|d'une|pas d'|pas de|toute) [a-z]+) (?:de|venant de|commise? par|imputable a) (?:notre|ma|nos|mon) (?:part|cote|services?|equipes?|personnel|agents?|technicien|livreur|cabinet|bureau|systeme)|(?:nous avons|on a|j'ai) (?:bien |clairement |vraiment )?(?:fait|commis) (?:une|un|l'|des|cette) (?:grosse |grave |belle )?(?:erreur|faute|bevue|boulette|impair|gaffe|negligence)(?! de frappe| d'orthographe| de saisie| dans (?:mon|le|notre) (?:dernier )?(?:message|texto|courriel|sms|mail))|(?:nous nous sommes|on s'est|je me suis) (?:plant|tromp|loup)e{1,2}s? (?:dans|sur) (?:le calcul|votre|vos|ta|ton|tes|la facture|le montant|la facturation|le dossier)|(?:nous avons|on a|j'ai) (?:completement |vraiment |clairement |carrement )?(?:merde|foire|cafouille|bousille|gaffe)|(?:faute|erreur|responsabilite|torts?) (?:nous|m') (?:revient|revenait|incombe|incombait)|(?:faute|erreur|torts?) (?:est|sont|etait|etaient) (?:entierement |bien |totalement )?(?:de notre cote|de mon cote|la notre|la mienne|les notres|a nous|a moi)|(?:c'est|c'etait|cest)(?<!(?:pas|plus|jamais) (?:c'est|c'etait|cest)) (?:{deg})?a cause de (?:nous|moi|notre (?:erreur|faute|negligence|{equipe}))|(?:je|nous|on) plaid[a-z]* coupables?",
      why: 'fault',
      note: "c'est de notre faute / erreur de notre part / on a fait une erreur / on s'est trompes sur votre facture / la faute nous revient / c'est a cause de nous; 'ce n'est pas notre faute', 'une eventuelle erreur de notre part' and 'faute de frappe' stay silent",
    },
    {
      re: "(?:nous|on|je|j') en (?:sommes|est|suis|serons|sera) {deg}(?:responsables?|fautif|fautive|fautifs|fautives)|(?:nous|on|je) (?:sommes|est|suis|etions|etais|etait) {deg}(?:responsables? (?:de|des|du|de la|de l') (?:{gap2})(?:degats|dommages|pertes?|prejudice|casse|retard|erreur|incident|accident|fuite|sinistre|probleme|situation|frais|degradations?)|fautifs?|fautives?|en tort|en faute|a blamer|dans notre tort|dans mon tort)|c'est (?:nous|moi) (?:les |le |la )?(?:fautifs?|fautives?|responsables?)|(?:nous|on|je|j') (?:assum|reconnai|accept|pren|endoss)[a-z]* (?:l'entiere |toute la |pleinement la |entierement la |l'|la |notre |ma |pleinement notre )(?:responsabilite|faute|erreur|torts?|negligence)|la responsabilite est (?:la notre|la mienne)|(?:notre|ma) responsabilite est (?:pleinement |entierement )?engagee|relev[a-z]* (?:entierement |bien )?de (?:notre|ma) responsabilite|reconnai[a-z]* (?:etre|avoir ete) (?:{deg})?(?:responsables?|fautifs?|fautives?|en tort|negligent[a-z]*)|reconnai[a-z]* avoir (?:commis|fait) (?:une|des|l'|cette) (?:erreur|faute|negligence)|(?:notre|nos) (?:{equipe}) (?:est|sont|etait|etaient) (?:{deg})?(?:responsables?|fautifs?|fautives?|en tort)",
      why: 'responsible',
      note: "nous en sommes responsables / on est en tort / nous assumons l'entiere responsabilite / cela releve de notre responsabilite; 'nous ne sommes pas responsables' breaks the adjacency",
    },
    {
      re: "(?:reconnaiss[a-z]*|reconnai[st]|admet[a-z]*|avou[a-z]*|concedons) (?:que |qu')?(?:notre|nos|mon|ma|mes|nous avons|on a|j'ai|nous n'avons|on n'a|je n'ai) (?:{gap4})(?:erreur|faute|negligence|manquement|oubli|mal|pas (?:respecte|verifie|fait|prevenu|informe)|technicien|equipes?|livreur|personnel|agents?|services?|employes?|installateur|chauffeur|cause|abime|casse|endommage|perdu|egare)|fait (?:preuve )?(?:de )?negligence|(?:c'est (?:nous|moi) qui |(?:c'est )?(?:notre|nos|mon|ma|le|la) (?:{equipe}) (?:qui )?(?:{gap2})|nous |on |j')(?:avons|ai|a|ont|avait|avaient|avions) (?:clairement |malheureusement |bien |visiblement |deja )?(?:{tort})|(?:nous avons|on a|j'ai) (?:clairement |gravement )?manque a (?:nos|mes|notre|mon) (?:obligations?|devoirs?|engagements?)|(?:nous aurions|on aurait|j'aurais) (?:clairement |vraiment )?du (?:verifier|vous prevenir|te prevenir|deposer|controler|inspecter|securiser|reparer|entretenir|faire attention)|(?:nous|on|je) (?:sommes|est|suis|etions|etais|etait) (?:un peu |tres |clairement |gravement )?negligent[a-z]*",
      why: 'negligence',
      note: "nous reconnaissons que notre erreur vous a cause des frais / nos equipes ont fait preuve de negligence / c'est nous qui avons egare votre valise / notre livreur a abime votre porte / j'ai laisse passer le delai",
    },
    {
      re: "(?:vous|tu|t'|il|elle|ils|elles)(?<!(?:si|que|qu'|s'il|s'ils|prouver|dire|demontrer|pretendre) (?:vous|tu|t'|il|elle|ils|elles)) (?:(?:avez|as|a|ont|etiez|etais|etait|etes|es|est) (?:ete )?(?:un peu |tres |clairement |gravement |vraiment |bel et bien |effectivement )?negligent(?:e|s|es)?|(?:avez|as) (?:bel et bien |effectivement |clairement )?commis une (?:faute|negligence|imprudence))|(?:vous|tu|votre client|votre fils|votre fille|votre chauffeur)(?<!(?:si|que|qu') [a-z]+(?: [a-z]+)?) (?:etes|es|etiez|etais|est|etait) (?:{deg})?responsables? (?:de l'accident|de la collision|des dommages|des degats|de la chute|du sinistre|de l'incendie|de la fuite|des blessures)|(?:c'est|c'etait|cest|c est)(?<!(?:pas|plus|jamais) (?:c'est|c'etait|cest|c est)) (?:{deg})(?:de )?(?:votre|ta|ton) (?:propre )?faute|(?:vous|tu) (?:etiez|etais|etes|es|avez ete|as ete) (?:{deg})(?:fautifs?|fautives?|en tort|dans votre tort|dans ton tort)",
      why: 'fault',
      note: "blame accepted on the client's behalf: vous avez ete negligent / vous avez commis une faute / votre fils est responsable de l'accident / c'etait votre faute / vous etiez en tort; 'si vous avez ete negligent' stays silent",
    },
  ],
  unless: [
    {
      re: "(?:verifier|verifions|verifie|verifierons|verifierai|voir|regarder|regardons|savoir|determiner|comprendre|examiner|examinons) (?:si|s'il)|(?:si|s'il) (?:y a eu|s'agit d'une)",
      note: 'investigating whether something went wrong admits nothing',
    },
  ],
};
