import type { Lexicon } from '../types';

/**
 * French hostile tone (France and Quebec registers, texting forms, missing
 * accents), written against folded text ("e" stands for "é", "a" for "à").
 * Two lexicons: phrasing (sarcasm, contempt, blame, threats), compiled by the
 * rule, and name-calling (insults, slurs), scanned by the tone detector.
 */
export const FR_HOSTILE_TONE: Lexicon = {
  lang: 'fr',
  topic: 'hostile-tone',
  macros: {
    cest: "c'est|c est|cest|c'etait|c",
  },
  entries: [
    // ---------------------------------------------------------------- sarcasm
    {
      re: "bravo (?:pour|pr) (?:le|la|les|votre|vos|ton|ta|ce|cette) (?:crise|scene|coup de gueule|esclandre|menaces?|insultes?|cris|sortie|(?:tweet|message|post|courriel)s? (?:en majuscules|rageurs?|agressifs?|insultants?))|(?:bravo|chapeau|bien joue) (?:pour |pr |, ?)?(?:[^ .!?]+ ){0,6}(?:ca|cela|c'est|sa) (?:aide|va aider|aidera|fait avancer|regle tout)(?: vraiment| beaucoup| enormement)?(?: (?:a|pour) (?:regler|resoudre|faire avancer)(?: [a-z']{1,20}){0,3})?|(?:ca|cela|sa) (?:aide|va aider|fait avancer) (?:vraiment|beaucoup)[^.!?]{0,60}(?:👏|🙄|🙃)",
      why: 'sarcasm',
      note: '"bravo pour le tweet en majuscules, ça aide vraiment": congratulating an outburst.',
    },
    {
      re: "(?:content|satisfait)e?s? maintenant(?= ?(?:\\?|!|$|🙄))|merci du cadeau|(?:{cest}) malin(?= ?[.!?,]|$)|bien joue,? (?:vraiment|bravo|champion|genie)|quel genie|tres (?:mature|malin|intelligent|constructif) de (?:votre|ta) part|bonne chance pour trouver (?:moins cher|mieux|un autre|une autre|un meilleur|une meilleure|quelqu'un)|(?:oh|ah) (?:ben|bah|bien) bravo|(?:ca|cela) (?:vous|t') ?apprendra|c'est bien fait pour (?:vous|toi)|(?<=^|[.!?,] )bien fait pour (?:toi|vous)(?= ?[.!]|$)|tant pis pour (?:vous|toi)|comme c'est pratique(?= ?[.!]|$)|(?:merci|bravo),? sherlock|tu m'en diras tant|ben voyons(?: donc)?(?= ?[.!,]|$)",
      why: 'sarcasm',
      note: '"vous êtes contents maintenant ?", "très mature de votre part", "bonne chance pour trouver moins cher", "tant pis pour vous".',
    },
    // ---------------------------------------------------------------- contempt and dismissal
    {
      re: "(?:c'est|vous racontez|tu racontes|vous dites|tu dis|vous faites|tu fais|qui font) (?:vraiment |completement |du grand |du |franchement )?n'importe quoi|n'importe quoi,? (?:votre|ta|ton|ce|cette) (?:plainte|message|demande|histoire|question|reclamation|tweet|courriel)|(?:ton|votre|ta|vos|cette) (?:plainte|message|demande|histoire|question|reclamation|tweet|courriel)s? (?:est|sont) (?:ridicule|absurde|grotesque|pathetique|debile|stupide|n'importe quoi|une blague)s?|foutaises?|c'est (?:ridicule|pathetique|lamentable|grotesque),? (?:votre|vos|ta|ton|tes)",
      why: 'contempt',
      note: '"franchement, c\'est n\'importe quoi votre plainte", "votre demande est ridicule".',
    },
    {
      re: "(?:on|nous|je|j') (?:ne |n')?(?:va|vais|allons) (?:pas|plus) (?:perdre|gaspiller) (?:notre|mon) temps(?: a (?:vous|te) (?:repondre|lire)| avec (?:vous|toi|ca))?|(?:perdre|gaspiller) (?:notre|mon) temps (?:a|avec) (?:vous|toi|te|vos|tes)|(?:vous|tu) (?:nous|me) (?:faites|fais) perdre (?:notre|mon) temps|(?:on|j'ai|on a|on n'a|je n'ai) (?:pas que ca|que ca|autre chose|mieux) a faire|(?:on|j'ai|on a) pas (?:le )?temps pour (?:vos|tes|ces) (?:histoires|conneries|caprices|niaiseries|enfantillages)",
      why: 'contempt',
      note: '"on ne va pas perdre notre temps à vous répondre", "j\'ai pas que ça à faire".',
    },
    {
      re: "(?:arretez|arrete|cessez|cesse) (?:de |d')(?:nous |me |m')?(?:harceler|spammer|identifier|taguer|tagger|mentionner|pleurnicher|chialer|pleurer|vous plaindre|te plaindre|crier|hurler|relancer|insulter|niaiser|faire (?:le|la|votre|ton) (?:bebe|malin|victime|cinema)|faire des histoires|casser les pieds|emmerder)|(?:c'est bon|ca va|bon),? (?:on a|j'ai) (?:compris|pige)(?= ?[.!?,]|$)|(?<=^|[.!?,;:] )(?:calmez-vous|calme-toi|calmez vous|calme toi|on se calme)|(?<=^|[.!?] )ca suffit(?: maintenant)?(?= ?[.!]|$)",
      why: 'contempt',
      note: '"arrêtez de nous identifier", "c\'est bon, on a compris", "calmez-vous".',
    },
    {
      re: "(?:pour|a) la (?:derniere|centieme|millieme|enieme|nieme|\\d+e|dixieme) fois(?=,|:| je | on | vous | tu | non )|(?:c'est|ca fait) la (?:\\d+ ?i?e(?:me)?|troisieme|quatrieme|cinquieme|dixieme|enieme|centieme) fois (?:que (?:vous|tu|t')|qu'on (?:vous|te))|combien de fois (?:faut-il|faudra-t-il|faut il|dois-je|vais-je|je dois|il faut|faut)|(?:je|on|nous) (?:vous |te |t')?(?:l'ai|l'a|a|avons|ai) (?:deja )?(?:dit|repete|explique|ecrit|repondu) (?:\\d+|deux|trois|quatre|cinq|dix|cent|mille|plusieurs) fois|comme (?:je )?(?:vous|te) l'ai deja (?:dit|explique|repete)|(?:ca|sa) fait (?:\\d+|deux|trois|quatre|cinq|dix|plusieurs) fois (?:que|qu') ?(?:je (?:vous|te) (?:le |l')?(?:dis|dit|repete|explique|ecris)|on (?:vous|te) (?:le |l')?(?:dit|repete|explique|ecrit)|(?:vous|tu) (?:ecrivez|ecris|demandez|demandes|posez|poses|envoyez|envoies|relancez|relances))|(?:notez|note|ecrivez)(?:-le)? quelque part|encore (?:vous|toi)(?= ?[.!?]|$)|encore un (?:message|courriel|texto|mail|appel)s? (?:a|de) (?:\\d+ ?h|minuit)",
      why: 'contempt',
      note: 'Exasperated repetition: "pour la dernière fois", "c\'est la 3e fois que vous écrivez", "notez-le quelque part", "encore un message à 23h".',
    },
    {
      re: "(?:vous etes|vous n'etes|t'es|tu es) (?:jamais contente?s?|toujours en train de (?:vous plaindre|te plaindre|chialer|pleurer))|(?:{cest}) (?:pas|pas si|pas bien|pas tellement) (?:complique|difficile|sorcier)(?: pourtant| quand meme| voyons| a comprendre)|(?:ben|bah|mais) la,? (?:{cest}) pas (?:si |bien )?(?:complique|difficile|sorcier)|(?:savez-vous|sais-tu|vous savez pas|tu sais pas|tu sais meme pas|vous ne savez pas|tu ne sais pas) lire|(?:tu sais|vous savez) lire\\?|apprenez a lire|apprends a lire|(?:lis|lisez|relis|relisez|regarde|regardez|verifie|verifiez) (?:tes|vos|ton|votre) (?:courriels?|messages?|mails?|emails?|textos|contrat) (?:des fois|pour une fois|un peu)|(?:reflechis|reflechissez|renseigne-toi|renseignez-vous|lis|lisez) (?:un peu |des fois )?avant (?:de (?:tweeter|publier|poster|vous plaindre|te plaindre|chialer|ecrire|accuser|crier)|d'(?:ecrire|accuser))|pour une fois dans (?:ta|votre) vie|(?:vous (?:n')?avez|t'as|tu (?:n')?as|il (?:n')?a|qui (?:n')?a) (?:rien|absolument rien) (?:compris|pige)",
      why: 'contempt',
      note: 'Condescension: "vous êtes jamais contents", "c\'est pas si compliqué pourtant", "lis tes courriels des fois", "vous avez rien compris".',
    },
    {
      re: "(?:vous vous prenez|tu te prends|tu te crois|vous vous croyez) pour qui|pour qui (?:vous vous prenez|tu te prends)|(?:occupez-vous|occupe-toi|melez-vous|mele-toi) de (?:vos|tes) (?:affaires|oignons)|(?:quel|vous avez du|t'as du) culot|je (?:ne )?suis pas (?:votre|ta|ton) (?:bonne|bonniche|domestique|esclave|secretaire|larbin|mere|maman)|quelle partie de [^.!?]{1,30} (?:vous ne comprenez pas|tu comprends pas|tu ne comprends pas|vous comprenez pas)|(?:vous ne comprenez|vous comprenez|tu comprends|tu ne comprends) pas le francais|(?:vous|tu) (?:exagerez|exageres|abusez|abuses) (?:un peu|vraiment|grave|quand meme)",
      why: 'contempt',
      note: '"vous vous prenez pour qui ?", "occupez-vous de vos affaires", "je suis pas votre secrétaire".',
    },
    // ---------------------------------------------------------------- blame of the recipient
    {
      re: "si (?:vous|tu|t') ?(?:m'|nous |l')?(?:aviez|avais) (?:seulement |juste |bien |pris la peine de |pris le temps de )?(?:ecoute|lu|relu|suivi|respecte|verifie|fait attention|fait ce que|demande|appele|lire|relire|ecouter|verifier)|(?:vous|tu|t') ?(?:auriez|aurais|n'aviez qu'a|n'avais qu'a|aviez qu'a|avais qu'a) (?:du |pu )?(?:m'ecouter|nous ecouter|lire|relire|verifier|y penser|reflechir|faire attention)|t'avais (?:qu'a|qu a|ka)|(?:il )?fallait (?:y penser|m'ecouter|nous ecouter|reflechir|lire (?:avant|le contrat|les conditions))|(?:je|on|nous) (?:vous|t'|te) ?(?:l'avais|l'avait|avais|avait|avions) (?:bien |pourtant )?(?:dit|prevenue?s?|avertie?s?)|(?:on|nous) n'?(?:en serait|aurait|aurions) pas (?:la|cette conversation)",
      why: 'blame',
      note: '"si vous m\'aviez écouté", "t\'avais qu\'à lire", "je vous l\'avais bien dit", "on n\'en serait pas là" ("si vous avez lu" is present tense and stays silent).',
    },
    {
      re: "(?:{cest}) (?:entierement |bien )?(?:votre|ton|ta) (?:probleme|faute)(?![a-z])(?:,? pas (?:le|la) (?:notre|mien|mienne))?|(?:{cest}) (?:de )?(?:votre|ta|ton) (?:propre )?faute|(?:votre|ta) faute,? pas la (?:notre|mienne)|pas (?:notre|mon|nos) (?:probleme|souci|oignons)|personne (?:ne )?(?:vous|t') ?(?:a|avait) (?:obligee?s?|forcee?s?)|(?:vous|tu) (?:l'avez|l'as) (?:bien )?cherche|(?:vous|tu) (?:ne )?(?:pouvez|peux) (?:vous|t') ?en prendre qu'a (?:vous|toi)|(?:vous etes|tu es|t'es) (?:le |la )?seule? (?:responsable|fautif|fautive)|la faute a qui|(?:payez|paie|paye|acceptez|accepte|signez|signe)[^.!?]{0,40} ou (?:ne |n')?(?:partez|pars|volez|venez|restez|reste|annulez|allez)[^.!?]{0,30}(?:{cest}) (?:votre|ton) (?:choix|probleme)|a prendre ou a laisser",
      why: 'blame',
      note: '"c\'est votre problème, pas le nôtre", "personne ne vous a forcé", "vous l\'avez cherché" ("ce n\'est pas votre faute" stays silent).',
    },
    // ---------------------------------------------------------------- threats
    {
      re: "(?:continuez|continue|si vous continuez|si tu continues|recommencez) (?:a|de) (?:nous |m'|me )?(?:insulter|harceler|menacer|injurier|crier|hurler|spammer|parler sur ce ton|ecrire sur ce ton)(?: (?:nos|notre|mon|ma|mes) (?:agents?|employes?|equipes?|personnel|adjointe?))?(?:(?: et|,) (?:on|nous|je|j') ?(?:va |vais |allons )?(?:ferme|fermer|bloque|bloquer|suspend|suspendre|annule|annuler|resilier|couper|porter plainte)?(?: (?:votre|ton) (?:compte|acces|abonnement|dossier|contrat))?)?",
      why: 'threat',
      note: '"continuez à insulter nos agents et on ferme votre compte".',
    },
    {
      re: "(?:vous|tu|t')? ?(?:l'expliquerez|l'expliqueras|expliquerez ca|pourrez l'expliquer|irez l'expliquer|expliquez-le|explique-le) (?:(?:vous|toi)[- ]meme|tout seul) (?:au|a la|devant le) (?:juge|tribunal|police)|(?:l'expliquerez|l'expliqueras|expliquerez ca) (?:au|a la|devant le) (?:juge|tribunal|police) (?:(?:vous|toi)[- ]meme|tout seul)|(?:on|nous) se (?:verra|voit|retrouvera) (?:au tribunal|en cour|devant le juge)|(?:vous|tu) (?:allez|vas) (?:le )?regretter|(?:vous|tu) le regretter(?:ez|as)|(?:vous allez|tu vas) me le payer|(?:gare|attention) a (?:vous|toi)(?= ?[.!?]|$)|(?:dernier|ultime) avertissement|je sais ou (?:tu habites|vous habitez)|(?:je|on) (?:vais|va) (?:te|vous) (?:tuer|buter|defoncer|casser la gueule|niquer|detruire|pourrir la vie|faire la peau|trainer en justice|poursuivre|faire virer|faire expulser)|(?:vous|tu) (?:aurez|auras) affaire a (?:mon|notre|nos) avocats?|(?:vous|tu) (?:allez|vas) entendre parler de (?:moi|nous)|(?:je|on) (?:vais|va) porter plainte contre (?:vous|toi)",
      why: 'threat',
      note: '"vous l\'expliquerez vous-même au juge", "on se verra au tribunal", "vous allez le regretter" ("expliquez-le au juge calmement" is advice and stays silent).',
    },
  ],
};

/** Name-calling: insults, slurs and contempt for a group. Scanned by the tone detector. */
export const FR_HOSTILE_INSULTS: Lexicon = {
  lang: 'fr',
  topic: 'hostile-tone',
  macros: {
    // Being or calling oneself something: "je suis un abruti" is not aimed at anyone.
    soi: "(?<!(?:suis|chuis|etais|etre|me sens) (?:un |une |le seul |la seule |qu'un |qu'une )?)",
  },
  entries: [
    {
      re: "{soi}(?:connards?|connasses?|conasses?|salauds?|salopes?|salopards?|enfoire(?:e|s)?|encule(?:e|s)?|batards?|fils de putes?|fdp|putes?|pouffiasses?|petasses?|abruti(?:e|s|es)?|cretin(?:e|s|es)?|imbeciles?|mongolien(?:ne)?s?|gogols?|bouffons?|tocards?|cassos|bolosses?|raclures?|enflures?|fumiers?|trous? du cul|tete a claques|casse-couilles|emmerdeu(?:r|se)s?|pleurnichard(?:e)?s?|niaiseu(?:x|se|ses)|mythomanes?|bougnoules?|bicots?|youpins?|youtres?|chinetoques?|niakoues?|bamboulas?|negres?(?! litteraire)|pedes?|tapettes?(?! a mouche)|tarlouzes?|gouines?|ching chong)",
      why: 'insult',
      note: 'Insults and slurs with no innocent sense ("connard", "abruti", "niaiseux"); self-description ("je suis un abruti") stays silent.',
    },
    {
      re: "(?:(?:quel|quelle|espece de|bande de|pauvre|gros|grosse|sale|sacre|maudite?|ce|cette|un|une|des|de|vrai|vraie|t'es|tu es|vous etes|c'est) |(?:l|d|qu)')(?:cons?|connes?|debiles?|idiote?s?|tare(?:e)?s?|demeure(?:e)?s?|minables?|nazes?|ordures?|menteu(?:r|se)s?|mythos?|baltringues?|blaireaux?|beaufs?)(?![a-z'-])",
      why: 'insult',
      note: '"quel con", "un vrai menteur", "espèce d\'idiot": "con" is English too, so it needs a pointing word.',
    },
    {
      re: "(?:quel|quelle|espece de|bande de|gros|grosse|sacre|maudite?|t'es|tu es|vous etes) (?:caves?|epais|twits?|nonos?|innocents?|clowns?|guignols?|incapables|escrocs?|colons?|boulets?|folles?)(?![a-z'-])",
      why: 'insult',
      note: 'Words with an innocent sense ("cave" a cellar, "innocent" in law, "colon" a settler) only after a strong pointing word: "gros cave", "maudit innocent".',
    },
    {
      re: "(?:t'es|t es|tes|tu es|vous etes|vs etes|il est|elle est|ils sont|votre ex est|ton ex est) (?:qu'une? |une? |vraiment |completement |trop |tellement |grave |une? vraie? ){0,3}(?:cons?|connes?|debiles?|idiote?s?|stupides?|nul(?:le)?s?|ridicules?|pathetiques?|minables?|incompetente?s?|menteu(?:r|se)s?|malhonnetes?|hysteriques?|cingle(?:e)?s?|pitoyables?|lamentables?|bornee?s?|niaiseu(?:x|se|ses)|insupportables?|penibles?|chiante?s?|relou|une (?:foutue )?honte|la honte|des incapables)(?![a-z])(?! (?:de|d'|a|pour|que|si|comme|en))|(?:t'es|tu es|vous etes) (?:vraiment |trop |tellement )?lourde?s?(?![a-z])",
      why: 'insult',
      note: '"t\'es con", "vous êtes ridicules", "votre ex est un menteur" ("c\'est ridicule" about a situation stays silent).',
    },
    {
      re: "(?<![smt]')(?<!(?:suis|etais|etre|se|me|te|vous|nous|on) (?:un |une |le seul |la seule )?)attarde(?:e|s|es)?(?: mentale?s?)?(?! (?:dessus|sur|a|au|en|ici|longtemps)(?![a-z]))",
      why: 'insult',
      note: '"attardé" as an insult; the verb "s\'attarder" and self-description stay silent.',
    },
    {
      re: "(?<!(?:suis|etais|etre|empire|peuple|eleveur|eleveurs|cheval|yourte|steppe|barbecue|langue|cuisine|empereur|guerrier|nomade|nomades|berger|famille|armee|invasion|les|l') (?:un |une )?)mongol(?:e|s|es)?(?! (?:empire|invasion|horde|hordes|army|steppe|people|barbecue|bbq|beef))",
      why: 'insult',
      note: '"mongol" as an insult ("quel mongol", "accent de mongol"); the people, the empire and the food stay silent.',
    },
    {
      re: "(?<!(?:suis|etais|etre|prends pour|prend pour|traite de|traiter de|cru lire|entendu|appele) (?:un |une |de )?)sale (?:arabes?|juif|juive|juifs|noire?s?|negres?|bougnoules?|rebeus?|renois?|blancs?|francais|chinois|chinetoques?|musulmane?s?|immigree?s?|etrangere?s?|gitane?s?|roms?|pd|pedes?|gouines?|tapettes?|putes?|chienn?e?s?|race|porcs?|con|conne|gosse|mec|type|traitre|colons?)",
      why: 'insult',
      note: '"sale" + a group or a person is a slur; reported or self-referential use ("traité de sale arabe", "je suis un sale arabe") stays silent.',
    },
    {
      re: "terroristes? (?:arabes?|juifs?|musulmane?s?)|(?:arabes?|juifs?|musulmane?s?) terroristes?|colons?-terroristes?|tous des (?:terroristes|voleurs|violeurs|menteurs|parasites|animaux|singes|sauvages|barbares|assistes)|donneu(?:r|se)s? de lecons?|gauche[- ]caviar|gauchistes?[- ]caviar|bobos? (?:gauchistes?|citadins?|parisiens?|ecolos?)|bande de (?:gauchistes|fachos|bobos|assistes|pourris|abrutis|incapables|guignols|tares|debiles|cons)|(?:tous|des|ces|\\d+) pourri(?:s|ts|es)|(?:pauvres?|petits?|sales?) (?:media|medias|journal) (?:de )?gauchistes?|journaleux|merdias",
      why: 'contempt',
      note: 'Contempt for a group: "tous des voleurs", "donneur de leçons", "gauche caviar", "tous pourris" (a bare "gauchiste" stays silent).',
    },
    {
      re: "(?:va|allez) (?:te|vous) faire (?:foutre|enculer|voir|soigner)|va chier|(?:ferme )?ta (?:gueule|yeule)|tg(?= |$|[.!,])|nique ta (?:mere|race)|ntm|crisse ton camp|decalisse|mange (?:de la |d'la )?(?:marde|merde)|(?:fous|foutez)(?:-| )(?:le camp|moi la paix|nous la paix)|(?:lache|lachez|fiche|fichez)(?:-| )(?:moi|nous) la paix|(?<=^|[.!?,] )degagez?(?= ?[.!]|$)|(?:ta|ton|votre|cette|espece de|quelle|tas de) (?:grosse |petite |sale )?(?:merde|marde)|(?:c'est|raconter|racontez|raconte|dire|dites|ecrire) (?:de la|d'la|que de la) (?:merde|marde)|merdique",
      why: 'insult',
      note: '"va te faire foutre", "ta gueule" (texting "tg"), Quebec "mange d\'la marde", "ta grosse merde" (a lone "merde !" about a printer stays silent).',
    },
    {
      re: "(?:ce|cette|ton|ta|votre|vos|ces|tes) (?:putain|foutue?|maudite?|criss|osti|tabarnak) (?:de |d')?(?:client|cliente|dossier|juge|mec|type|gars|plainte|message|question|courriel|tweet|ex)s?|(?:tu|vous|il|elle|ils) (?:me|nous|m') ?(?:fais|fait|faites|font|fous|foutez) chier|(?:tu|vous) (?:me|nous) (?:gonflez?|gonfles|saoulez?|saoules|emmerdez?|emmerdes|cassez les pieds|casses les pieds|tapez sur les nerfs|tapes sur les nerfs)|(?:on|je) s'en (?:fout|fous|fiche|balance)|je m'en (?:fous|fiche|balance)|rien a (?:foutre|cirer|battre|branler)|osef",
      why: 'contempt',
      note: '"ce putain de client", "vous nous faites chier", "on s\'en fout", "rien à cirer".',
    },
  ],
};
