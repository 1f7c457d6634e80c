import type { Lexicon } from '../types';

/**
 * Avis sur l'affaire d'une personne qui n'est pas encore cliente, sans être un
 * conseil juridique au sens strict : « ça m'a l'air d'une bonne cause », « ton
 * dossier m'a l'air solide », « ils ont aucune chance ». L'empathie, les
 * rendez-vous et les refus restent propres.
 */
export const FR_NO_MANDATE: Lexicon = {
  lang: 'fr',
  topic: 'no-mandate',
  macros: {
    force: "(?:(?:tres|vraiment|super|assez|plutot|hyper|franchement|clairement|bien) )?(?:bonne|bon|belle|beau|vraie|vrai|solide|excellente?|serieuse?|sacree?|forte?|gagnante?)",
    cause: "cause|dossier|affaire|cas|recours|poursuite|reclamation|plainte",
  },
  entries: [
    { re: "(?:ca|cela|c'|ce dossier|ce cas) ?(?:m'a|me semble|semble|a|me parait|parait|m'apparait) (?:tout |bien |vraiment |franchement |clairement )?(?:l'air d'|l'air de |etre |)(?:une?|un) (?:{force}) (?:{cause})", why: 'opinion', note: '« ça m\'a l\'air d\'une bonne cause »' },
    { re: "(?<!pour )c'est (?:une?|un) (?:{force}) (?:cause|dossier|cas)(?! (?:humanitaire|caritative|a soutenir))", why: 'opinion', note: '« pour une bonne cause » est une œuvre, pas un avis' },
    { re: "(?:ton|ta|votre|vot|ce) (?:{cause}|histoire|grief) (?:m'a|me semble|semble|a|parait|me parait|m'apparait|est|m'a tout) (?:(?:tout|l'air|vraiment|tres|assez|plutot|super|hyper|pas mal|bien|franchement|clairement|quand meme|d'etre|etre) ){0,3}(?:solide|bon|bonne|fort|forte|gagnant|gagnante|en beton|en or|excellent|excellente|prometteur|prometteuse|faible|fragile|serieux|serieuse|defendable|valable|fonde|fondee|legitime|perdu d'avance|gagne d'avance)", why: 'opinion', note: '« ton dossier m\'a l\'air solide »' },
    { re: "dossier en (?:or|beton)|(?:c'est |c'|cest )?gagne d'avance|perdu d'avance", why: 'opinion' },
    { re: "(?<!si )(?:t'as|t'a|tu as|tu a|vous avez|vs avez) (?:vraiment |clairement |sans doute |probablement |surement |peut-etre |definitivement |certainement )?(?:un|une) (?:{force}) (?:cause|dossier|recours|cas|argument|point)|(?<!si )(?:t'as|t'a|tu as|tu a|vous avez|vs avez) (?:vraiment |clairement |sans doute |probablement |surement |peut-etre |definitivement |certainement )?(?:de|des) (?:tres |vraiment |super )?(?:bonnes|fortes|grandes|reelles|serieuses|belles) chances|(?<!si )(?:t'as|t'a|tu as|tu a|vous avez|vs avez) (?:vraiment |clairement |sans doute |probablement |surement |peut-etre |definitivement |certainement )?(?:un|des) (?:recours|motifs? (?:serieux|valables)|fondements?)", why: 'opinion' },
    { re: "il (?:y a|y aurait|pourrait y avoir|peut y avoir|existe|y a peut-etre|y a surement|y a probablement|y a clairement) (?:peut-etre |surement |probablement |sans doute |clairement )?(?:un|des|matiere a) (?:recours|poursuite|poursuivre|cause|reclamation|proces)|matiere a (?:poursuite|poursuivre|recours|reclamation|proces)|bonnes chances (?:de gagner|que (?:tu|vous) gagn[a-z]*)", why: 'opinion', note: '« il y a peut-être un recours »' },
    { re: "(?:ton|votre|ta|son|le|la|leur|l') ?(?:ex|proprio|proprietaire|employeur|patron|patronne|locateur|bailleur|voisin|voisine|entrepreneur|assureur|ville|compagnie|syndic|ancien proprio|ancienne proprio) (?:pourrait|peut|risque de|va|devrait|pourra|aurait) (?:bien |probablement |surement |facilement |meme )?(?:gagner|avoir gain de cause|l'emporter|perdre|s'en tirer)|(?:aura|aurait|auras|aurais|aurez|auriez|avoir|obtenir|obtiendrez|obtiendras) gain de cause", why: 'opinion', note: '« ton ex pourrait avoir gain de cause »' },
    { re: "(?:ils|il|elle|elles|ton ex|votre ex|le proprio|ton proprio|votre proprio|l'employeur|ton employeur|votre employeur|la ville|l'assureur) (?:n'ont|ont|n'a|a) (?:aucune|pas de|pas une|pas l'ombre d'une?|zero) (?:chance|cause|argument|defense|recours|fondement|jambe)", why: 'opinion', note: '« ils ont aucune chance »' },
    { re: "(?:est|sont|etait|etaient|soit) (?:clairement |totalement |completement |vraiment |definitivement |probablement |carrement )?dans (?:son|leur) tort|(?:tu es|t'es|t'est|vous etes|vs etes) (?:clairement |totalement |completement |vraiment |tout a fait )?dans (?:ton|votre) (?:bon )?droit", why: 'opinion' },
    { re: "(?:ca|cela) (?:vaut|vaudrait) (?:la peine|le coup|vraiment la peine|vraiment le coup) de (?:poursuivre|contester|te battre|vous battre|les poursuivre|le poursuivre|la poursuivre|porter plainte|aller en cour|aller au tribunal|se battre|aller jusqu'au bout)", why: 'opinion' },
    { re: "(?:ca|cela) (?:ressemble|me semble|m'a l'air|a l'air) (?:fortement |beaucoup |vraiment |clairement )?(?:a |a de la |a du |a un |a une |de la |du |d'un |d'une |un |une )?(?:negligence|harcelement|discrimination|vice cache|congediement (?:abusif|deguise|injustifie)|licenciement (?:abusif|sans cause)|fraude|diffamation|bris de contrat|rupture de contrat|represailles)", why: 'opinion' },
  ],
  unless: [
    { re: "^(?:est-ce que|est ce que|pensez-vous|penses-tu|crois-tu|croyez-vous)", note: 'une question posée à la personne, pas un avis' },
  ],
};
