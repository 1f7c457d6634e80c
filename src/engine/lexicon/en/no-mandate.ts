import type { Lexicon } from '../types';

/**
 * Opinions on a would-be client's matter that are not legal advice as such:
 * "sounds like you have a good case", "your file looks solid", "they don't
 * have a leg to stand on". Legal advice and case strategy count for the rule
 * through `derivedFrom`; empathy, scheduling and refusals stay clean.
 */
export const EN_NO_MANDATE: Lexicon = {
  lang: 'en',
  topic: 'no-mandate',
  macros: {
    // "you have", "you've got", "u got", "you might have".
    have: "'ve got|'ve|ve got| have| have got| got| definitely have| probably have| might have| may have| could have| certainly have| clearly have| do have| def have| prob have| still have| really have",
    strength: "(?:(?:really|very|pretty|super|quite|fairly|so|real|such a) )?(?:good|strong|solid|great|decent|winnable|legit|legitimate|valid|clear|serious|excellent|promising|compelling|viable|airtight|watertight|solid-looking)",
    // Not a reference to quote: "you have a case number".
    notref: "(?! (?:number|#|no|reference|ref|id|manager|worker|file number|open with|pending with))",
  },
  entries: [
    { re: "(?:sounds|seems|looks|feels) like (?:{you}(?:{have})|there's|theres|there is|this is|that's|thats|it's|its|you've got yourself) (?:a |an |quite a |some |a real |such a )?(?:{strength} )?(?:case|claim|lawsuit|cause of action|argument){notref}|(?:sounds|seems|looks|feels) like (?:a |an |quite a |a real |such a )(?:{strength} )(?:case|claim|lawsuit|argument){notref}", why: 'opinion', note: '"sounds like you\'ve got a really strong case"' },
    { re: "(?<!(?:whether|if|know if|tell if|see if|sure if|sure whether) ){you}(?:{have}) (?:a |an |quite a |a real |some )?(?:{strength} )(?:case|claim|lawsuit|argument)(?: here| there| against [a-z']+(?: [a-z']+)?)?{notref}|(?<!(?:whether|if|know if|tell if|see if|sure if|sure whether) ){you}(?:{have}) (?:a |an )(?:case|claim) (?:here|there|against [a-z']+)", why: 'opinion', note: '"you\'ve got a claim there"; "whether you have a case" is a deferral' },
    { re: "(?:your|ur|yr|the|this|that) (?:case|file|claim|position|matter|lawsuit|side of (?:this|the story)) (?:looks|seems|sounds|is|'s|appears|feels) (?:(?:really|very|pretty|super|quite|fairly|so|rock|extremely) )?(?:solid|strong|good|great|winnable|promising|airtight|watertight|bulletproof|weak|hopeless|like a winner|like a slam dunk|like a loser|decent|legit|compelling|shaky|thin|rock-solid|rock solid)", why: 'opinion', note: '"your file looks solid"' },
    { re: "slam dunk|open(?:-| )and(?:-| )shut|(?:an? )?(?:airtight|watertight|bulletproof|rock-solid|rock solid) (?:case|claim)|(?:a )?no-brainer (?:case|claim)", why: 'opinion' },
    { re: "(?:they|he|she|your [a-z'-]+|the [a-z'-]+|{you})(?: might| may| could| would| will|'ll|'d| stand to| probably| likely| will probably| would probably| will likely| would likely|'d probably|'d likely|'ll probably|'ll likely| might well| could easily| would easily) (?:actually |well |easily |really |probably |still )?(?:prevail|win|lose)(?! (?:the|a|an|your|my|our|their|this) (?:lottery|game|match|prize|contest|giveaway|raffle|draw|bet|round))", why: 'opinion', note: '"your ex might prevail on this"' },
    { re: "{you}(?:'d|'ll| would| will| should| could)? (?:stand|have|'ve got|got) (?:a |an )?(?:good|decent|real|fair|great|strong|excellent|solid|reasonable|fighting) (?:chance|shot)(?! (?:at|of|to) (?:getting|catching|finding|seeing|meeting|reaching|winning (?:the|a|our)))", why: 'opinion' },
    { re: "(?:don't|dont|doesn't|doesnt|do not|does not|didn't|didnt) (?:have|stand) a leg to stand on|(?:no|not a) leg to stand on|(?:they|he|she|your [a-z'-]+|the [a-z'-]+) (?:have|has|got|'ve got|'s got) (?:no|zero) (?:case|claim|argument|grounds|defen[cs]e)(?! number)", why: 'opinion' },
    { re: "there(?:'s| is| are| may be| might be| could be| would be| should be| will be| probably is| definitely is| certainly is| is likely| may well be| might well be) (?:some |a |an |definitely |probably |likely |possibly |clearly )?(?:legal |potential |real |good |strong |valid |possible )?(?:recourse|remedies|remedy|grounds for (?:a )?(?:claim|case|lawsuit|complaint|suit)|cause of action|claim here|claim there|case here|case there|basis for a (?:claim|lawsuit|suit)|lawsuit here)", why: 'opinion', note: '"there may be legal recourse available to you"' },
    { re: "{you}(?:{have}) (?:(?:some|legal|potential|real|a|an|valid|good|strong|possible) ){0,2}(?:recourse|remedies|legal remedy|grounds for (?:a )?(?:claim|case|lawsuit|complaint|suit)|cause of action)", why: 'opinion' },
    { re: "in the wrong(?<=(?:'s|'re| is| are| was| were) (?:(?:clearly|totally|definitely|probably|obviously|completely|so) )?in the wrong)|{you}(?:'re| are| r) (?:clearly |totally |definitely |probably |obviously |completely |100% )?in the right", why: 'opinion', note: '"your landlord is in the wrong here"' },
    { re: "(?:sounds|seems|looks) (?:a lot |an awful lot |very much )?like (?:textbook |classic |clear |pure )?(?:negligence|harassment|discrimination|retaliation|wrongful (?:dismissal|termination|eviction)|constructive dismissal|a breach|breach of contract|a (?:hidden|latent) defect|fraud|defamation|malpractice|a valid claim|unlawful|illegal)", why: 'opinion' },
    { re: "worth (?:pursuing|suing (?:over|for)?|fighting(?: for| over)?|challenging|contesting|taking (?:them |him |her |it )?to court|going after)", why: 'opinion' },
  ],
  unless: [
    { re: "^(?:do|does|did|would|could|can|is|are|have|has) (?:you|u) (?:think|feel|believe|know|have)", note: 'a question back to the person, not an opinion' },
  ],
};
