import type { Lexicon } from '../types';

/**
 * La conduite du dossier, en français : montants et positions de négociation,
 * ce qu'il faut dire ou taire à l'autre partie, au tribunal, à la police ou à
 * l'assureur, plans de preuve et de témoins, points faibles, prédictions sur
 * ce que feront l'autre partie ou le juge. Une séance de stratégie fixée, une
 * demande de pièces ou un renvoi à un appel ne sont pas de la stratégie.
 *
 * Compact à dessein : V8 cesse d'optimiser une expression régulière de plus
 * de 20 Ko, et les deux langues d'une règle sont compilées ensemble.
 */
export const FR_CASE_STRATEGY: Lexicon = {
  lang: 'fr',
  topic: 'case-strategy',
  macros: {
    // Un montant tel qu'on le tape : 60 000 $, 15 000 CHF, 8k, le double.
    amt: "[$€£] ?\\d[\\d,.' ]*\\d|\\d{1,3}(?:[ .']\\d{3})+(?: ?(?:[$€£]|chf))?|\\d+ ?(?:k|[$€£]|chf|dollars|euros|balles)|\\d{4,}|le double|le triple",
    // Ce qui suit un verbe de parole : cinq mots au plus, jusqu'à la ponctuation.
    np: "(?:[^ .!?,;:]+ ){0,4}[^ .!?,;:]+",
    // Un ordre, pas un constat à la première ou à la troisième personne (« je ne dis pas ça »).
    imp: "(?<!(?:je|j'|il|elle|ils|elles|qui) )",
    // Ceux dont on prédit la conduite.
    side: "ils|elles|(?:leur |l')(?:assureur|assurance|expert|employeur|avocate?(?: adverse)?)|(?:ton|votre|le) (?:employeur|patron|proprio|ex)|la ville|la partie adverse|l'autre partie|(?:le|la) juge|le tribunal",
    // Pas une preuve d'achat, d'identité ou d'adresse.
    notpop: "(?! (?:d'|de (?:votre |ton |l')?)(?:achat|paiement|identite|residence|adresse|assurance|livraison))",
  },
  entries: [
    {
      re: "(?:(?:on|nous|je|j') ?(?:ouvre|commence|demande|exige|reclame|vise|propose|accepte|peut accepter|va demander|va proposer|descend|peut descendre|peut aller|va aller) (?:a |pour |jusqu'a |autour de )?|(?:demandez|exigez|reclamez|visez) |(?:descend|descendre|accepte|acceptez|accepter|va|regle) (?:pas|jamais|rien) (?:en bas|en dessous|sous|moins) (?:de |d')?|(?:regler|s'entendre) (?:autour|aux alentours) de |(?:transiger|entente) (?:a|pour) |contre-? ?(?:offre|proposition) (?:a|de) |pas moins de )(?:au moins |au minimum |pas moins de )?(?:{amt})",
      why: 'negotiation',
      note: '« on ouvre à 60 000 $ », « on descend pas en bas de 35 000 »',
    },
    {
      re: "contre-? ?(?:offre|proposition)s?|(?:on|nous|je|j') ?(?:refuse|refusons|refuserais|rejette|va refuser) (?:leur |l'|cette |son |sa |la )(?:offre|proposition)(?: (?:a|de) [\\d $€]+)?|(?:refusez|rejetez) (?:leur |l'|cette |son |sa |la )(?:offre|proposition)|pas (?:un sou|un cent|une cenne) de moins|prix plancher|(?:marge|position|levier) de nego(?:ciation)?|rapport de force|couper la poire en deux|(?:offre|proposition) (?:est )?(?:vraiment )?(?:trop basse|ridicule|derisoire|insultante)",
      why: 'negotiation',
    },
    {
      re: "{imp}(?:ne |n')(?:leur |lui |en )?(?:(?:dites|dis|dit|parlez|parle|mentionnez|mentionne|evoquez|abordez|avouez|avoue|admettez|reconnaissez|revelez|racontez|confirmez|confirme) (?:rien|pas|jamais|surtout pas|surtout rien|aucune?|a personne)(?! (?:trop|si|plus) fort| ca(?![a-z])| que (?:cette|ce|ces) )(?: (?:{np}))?|(?:faites|fais|donnez|donne|signez|signe) (?:aucune?|pas de|jamais de) ?(?:declaration|deposition|temoignage)s?(?: ecrite| enregistree| signee)?|(?:repondez|reponds) (?:pas|jamais) (?:a |aux )(?:ses|leurs|ton ex|votre ex|l'assureur))",
      why: 'silence',
      note: '« ne parlez pas de… », « on ne mentionne pas… » ; « je ne dis pas ça » et « ne dites pas ça » restent propres',
    },
    {
      re: "(?<!(?:je|j'|il|elle|ils|elles|qui|ne) )(?:dis|dites|parle|parlez|mentionne|avoue|avouez) (?:rien|surtout rien|pas un mot|pas(?! (?:de ca )?(?:par texto|par message|au telephone|ici|de vive voix)| (?:trop|si|plus) fort| ca(?![a-z])))(?: (?:{np}))?|(?:faut|faudrait|vaut mieux|evitez? d(?:e |')) ?(?:ne |n')?(?:rien |pas |jamais )?(?:dire|parler|mentionner|evoquer|avouer|admettre|raconter)(?: (?:{np}))?|(?:dites|dis)(?:-leur|-lui)? (?:simplement |seulement |juste )?(?:que|qu'[a-z]+|au juge|a la juge|au tribunal|a la police|aux policiers|a l'assureur|a l'expert|a l'adjuster)|rien a (?:declarer|dire) sans (?:votre|ton|un|une) avocate?|(?:gardez|garde) le silence|(?:restez|reste|soyez|sois) (?:vague|evasive?|breve?)|(?:faut|faudrait) pas qu'(?:ils|elle|il) (?:sachent|sache|apprennent|apprenne)|laissez-moi parler|(?:publiez|publie) (?:rien|pas) (?:sur|en ligne|a propos)",
      why: 'silence',
      note: 'sans le « ne », comme on texte : « dis rien au garage » ; « on en parle pas par texto » reste propre',
    },
    {
      re: "(?:garde|gardez|garder|conserve|conservez) (?:bien )?(?:(?:(?:toutes|tous) |(?:une |des )?(?:traces?|copies?) (?:de |des )(?:tous |toutes )?)?(?:les |tes |vos |ses )?(?:preuves|textos|messages|courriels|captures|lettres|enregistrements|echanges|conversations)|(?:une |des )?(?:traces?|copies?) de tout(?![a-z]))|(?:(?:ca |cela |ce |il |elle |ils )?(?:va|vont|pourra|pourrait|peut|sera|servira|va servir|pourra servir|peut servir) (?:etre |de )?|c'est (?=ta |votre |notre )|(?:comme|en|a titre de) )(?:ta |votre |notre |la |une |des )?(?:meilleure |seule )?(?:preuves?|piece a conviction|element de preuve){notpop}|(?:captures? d'ecran|copies?) de (?:tout|toutes|tous|ses|leurs)|(?:garde|gardez|gardons) (?:ca|cela|la [a-z]+|le [a-z]+) pour (?:l'audience|le proces|la mediation)|(?:prends|prenez|faites|fais) des captures(?: d'ecran)?|(?:documentez|documente|notez|consignez) (?:absolument |bien )?(?:tout(?! le monde)(?![a-z])|chaque|toutes les|tous les)|(?:tenez|tiens) un (?:journal|registre|carnet)",
      why: 'evidence',
      note: '« gardez bien vos reçus » et « une capture d\'écran de l\'erreur » restent du service',
    },
    {
      re: "(?:on|nous|je|j') ?(?:va|vais|allons|pourra|peut|doit) (?:le |la |les |l'|lui |leur )?(?:faire valoir|plaider|invoquer|mettre de l'avant|mettre en avant|attaquer|coincer|contre-interroger|contredire|faire temoigner|(?:montrer|prouver|demontrer) (?:que|qu'[a-z]+)|demander (?:notre|une|un) (?:propre |autre )?(?:expertise|expert|contre-expertise))|(?:on|nous|je|j') ?(?:plaidera|plaiderons|fera valoir|ferons valoir|prouvera|attaquera)|(?:faire|fera|va faire|fait|faisons) temoigner|(?:comme|en tant que) temoin|(?:pourrait|peut|pourra|devrait|va|doit) (?:venir )?temoigner|servir (?:devant (?:le|la) [a-z]+|a l'audience|au proces)|contre-? ?interrog[a-z]*|(?:temoignage|version|histoire|alibi) (?:ne )?(?:tiendra|tient) pas(?: la route| debout)?|(?:son|sa|leur|votre|ton|ta|notre) (?:principal |meilleur )?(?:temoin|temoignage)(?: principal| cle)? (?:est|semble|parait|a l'air) (?:tres |vraiment |pas |peu )?(?:faible|fragile|solide|credible|fiable|convaincant|nerveux|douteux)|(?:une|notre|votre|demander|faire faire|obtenir) contre-? ?expertise|(?:notre|votre|ta|ton) propre (?:expertise|expert|evaluation)|(?:contredire|discrediter|demolir|ebranler|miner) (?:leur |son |sa |ses |le |la |l')(?:medecin|expert|experte|temoin|version|rapport|expertise|credibilite|temoignage)|(?:montrer|prouver|demontrer) (?:au|a la|devant le|devant la) (?:juge|tribunal|cour|jury|tal)",
      why: 'evidence',
      note: '« au procès, on va plaider que… », « on va montrer au juge que… » ; « le témoin est convoqué à 14 h » reste propre',
    },
    {
      re: "(?:notre|votre|leur|ton|son|sa|ta) (?:seule |principale |grande )?(?:faiblesse|point faible)|(?:faiblesses?|points? faibles?|failles?) (?:de|du|dans) (?:notre|votre|leur|ton|son|sa|la|le) (?:dossier|cause|version|argument|defense|preuve|position|temoignage)|(?:nui(?:rait|ra|t|re)|affaibli(?:rait|ra)|fragiliserait|compromettrait|plomberait|ruinerait|entacherait) (?:a |au )?(?:ta |votre |notre |leur |sa |son |ton |la |le )?(?:credibilite|dossier|cause|defense|position|version|chances)|(?:leur|notre|votre|ton|son|sa|ta) (?:dossier|cause|preuve|version|defense|argument|histoire) (?:est|semble|me semble|parait|a l'air) (?:tres |assez |plutot |vraiment |un peu |trop )?(?:faible|fragile|mince|douteux|douteuse|contradictoire)|(?:attaquer|miner|ebranler|demolir|saper|mettre en doute|discrediter) (?:sa|leur|la|son) credibilite|(?:notre|votre|leur|ton|ta|son|sa) (?:meilleur|principal|seul|meilleure|principale|seule) (?:argument|atout|carte|preuve)",
      why: 'weakness',
      note: '« ça nuirait à votre crédibilité »',
    },
    {
      re: "(?:{side}) (?:{word} ){0,4}?(?:(?:va|vont|risque(?:nt)? de|devrai(?:en)?t|finir(?:a|ont) par) (?:forcement |surement |certainement |probablement |sans doute |bien )?(?:(?:essayer|tenter|chercher) (?:de |d'|a )(?:vous |te )?(?:mettre|blamer|faire porter|faire passer|faire signer|coincer|pieger|discrediter|prouver|pretendre|nier|gagner du temps|minimiser)|refuser (?:de payer|de regler|l'offre|tout)|accepter (?:de regler|de payer|notre|la contre-offre|une entente|(?:{amt}))|finir par (?:ceder|accepter|plier|payer|proposer plus|offrir plus|regler|reculer)|contester|nier|minimiser|pretendre|demander (?:un report|une remise|plus de temps)|offrir plus|proposer plus|monter|ceder|plier|reculer|se battre|(?:vous |te )?blamer|(?:vous |te )?mettre la faute|faire trainer|bluffer|reconnaitre|donner raison|rejeter|croire|(?:vous |t')?accorder|vouloir (?:voir|savoir)|vous poser des questions|(?:vous |te )?offrir (?:le minimum|plus|moins|presque rien))|(?:forcement |surement |certainement |probablement )?(?:monteront|offriront plus|accepteront|cederont|plieront|reculeront|refuseront|contesteront|bluffent|bluffe|reconnaitra|acceptera|refusera|donnera raison|croira|cedera|pliera))",
      why: 'prediction',
      note: '« la juge va forcément reconnaître… », « ils monteront à 12 000 » ; « la juge va rendre sa décision le 4 » reste propre',
    },
    {
      re: "(?:ils|elles|il|elle|l'assureur|la ville|l'employeur|le proprio|la partie adverse) (?:ont|a) (?:tres |vraiment |tellement )?peur (?:de |du |des |d')(?:la publicite|proces|un proces|aller en cour|perdre|la cour|le tribunal|les medias|scandale|juge)|(?:ils|elles|il|elle) (?:sont|est) (?:terrifies|terrifie|terrifiee|morts de peur|desesperes)|(?:ils|elles|il|elle) (?:veulent|veut) (?:a tout prix |absolument )?eviter (?:un proces|le proces|le tribunal|la cour|la publicite|le scandale|les medias|l'audience)|(?:le|la) juge (?:[a-z]+ )?(?:deteste|n'aime pas|aime pas|adore|ne supporte pas)",
      why: 'prediction',
    },
    {
      re: "(?:notre|ma|la|votre) (?:strategie|tactique|ligne de defense|plan de match|plan d'attaque|theorie de la cause) (?:est|sera|consiste|c'est|serait|va etre)(?: de| d'[a-z]+| que| a)?|(?:mettre|mettez|mets|met|faire|fait|faisons) (?:de la |la |plus de )?pression (?:sur|a)|faire trainer (?:le dossier|les choses)|jouer la montre|(?:les|le|la) faire plier|(?:les|le|la) coincer|forcer (?:leur|sa) main|prendre par surprise|effet de surprise",
      why: 'tactics',
      note: '« notre séance de stratégie est fixée » reste propre',
    },
  ],
  unless: [
    { re: "(?:je ne peux pas|je peux pas|impossible de|difficile de|je ne saurais|je prefere ne pas|je prefere pas) (?:vous |te )?(?:dire|predire|prevoir|deviner|savoir) (?:ce que|comment|si) (?:la partie adverse|l'autre partie|ils|elles|le juge|la juge|le tribunal|l'assureur|leur avocat)", note: 'refus de prédire : « je ne peux pas vous dire ce que fera l\'autre partie »' },
  ],
};
