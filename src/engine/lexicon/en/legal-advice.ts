import type { Lexicon } from '../types';

/**
 * English phrasings of legal advice: what the law lets the recipient (or the
 * other party) do or requires of them, which legal step to take, the deadline
 * that applies, how the case will turn out, or a legal conclusion about their
 * situation. Patterns match folded text (lower case, ASCII quotes).
 *
 * Written tersely on purpose: every entry of the rule, French included,
 * compiles into one regular expression, and V8 stops optimising a pattern
 * longer than 20 480 characters (measured: ten times slower or worse past that
 * point). The compiled source of this rule is about 20 100 characters, so any
 * addition must be paid for by a cut. The list of legal steps appears once, an
 * object is often any word (`[a-z']+`) rather than a list, and `{flush}` sits
 * before a list that follows another list.
 */
export const EN_LEGAL_ADVICE: Lexicon = {
  lang: 'en',
  topic: 'legal-advice',
  macros: {
    // An empty lookahead: V8 compiles what follows once instead of once per preceding alternative.
    flush: '(?=)',
    // Up to two adverbs: "you can still sue", "you should def file".
    advs: "(?:(?:[a-z]+ly|still|just|def|also) ){0,2}",
    // One optional adverb in "-ly": "you would probably win".
    ly: "[a-z]+ly |",
    // "you" and "u"; shadows the shared, longer class to save characters.
    you: "you|u",
    // Who a right or a duty is about (never "we" or "I").
    who: "you|u|he|she|they|anyone|(?:your|ur) [a-z'-]+",
    // The other party: "he", "the landlord", "your ex-husband".
    other: "he|she|they|(?:the|your|ur|his|her|their) [a-z'-]+",
    // Brand replies send people to a page: "you can claim compensation here".
    nothere: "(?! (?:here|online|on our|in the app|via|through))",
    // Legal steps in base form, each with the object that makes it legal.
    step: [
      "sue|press charges|appeal(?! to)(?: it| the [a-z'-]+)?",
      "file {gap2}{flush}(?:complaint|claim|motion|answer|response|(?:law ?)?suit|petition|appeal|police report|grievance)",
      "file(?= (?:quickly|asap|now|soon|right away|immediately|fast|before|within|first))|file (?:for (?:an? |primary |sole |temporary )?(?:divorce|custody|support|bankruptcy|sanctions|protective|restraining)|it again|with the [a-z]+|in (?:small claims|court))",
      "(?:reject|decline|turn down|refuse|accept|take) (?:[a-z']+ ){1,2}{flush}(?:settlement|offer|deal|release|plea|severance)",
      "(?:reject|refuse) it(?=$|[ .,!;])|refuse to (?:sign|pay|move|leave)",
      "send {gap2}(?:demand letter|cease.and.desist|(?:formal|written) notice)",
      "(?:break|terminate|get out of) [a-z']+ (?:lease|contract)|(?:withhold|stop paying) (?:the |your |ur )?rent",
      "(?:contest|challenge|dispute|fight) (?:[a-z']+ ){1,2}{flush}(?:decision|ruling|ticket|fine|eviction|order|judgment|dismissal|denial|will|custody|debt)",
      "(?:claim|seek|recover|sue for) (?:up to )?{flush}(?:damages|compensation|double|triple|back pay|(?:your|the) deposit|custody|child support|alimony)",
      "(?:get|seek) an? (?:restraining|protective|no.contact) order|(?:get|hire|retain|seek out) (?:an?|your own) {gap2}(?:lawyer|attorney)",
      "(?:ask|petition) the (?:court|judge) (?:to|for)|move to (?:dismiss|modify|vacate|transfer|have)",
      "(?:take|bring) (?:him|her|them|it|(?:the|your) [a-z'-]+) to (?:court|small claims)|go (?:back )?(?:in)?to (?:small claims|court|the (?:police|pd|original judge))",
      "report (?:it|him|her|them|the [a-z'-]+) to the (?:police|pd|[a-z]+ board)",
      "(?:modify|enforce|comply with|follow|go by) (?:[a-z#']+ ){0,2}(?:order|ruling|decree|safety plan)",
      "use the {gap2}motion|be up ?front with the court|wait until the judge|return the (?:child|kids?)|take (?:other )?assets",
      "claim against [a-z]+|get (?:your|the) deposit back|give written notice|get (?:divorced|a divorce|custody)",
      "(?:respond to|answer) the (?:complaint|summons|lawsuit|petition)",
    ].join('|'),
    // Acts a deadline applies to.
    dverb: "file|sue|appeal|contest|respond|answer|object|challenge|dispute|make a claim|move out|give notice|press charges",
  },
  entries: [
    // What the recipient (or a third person) can, must or should do: "you can break the lease",
    // "you need to file an answer", "I'd encourage you to file the motion", "File an answer".
    {
      re: "(?:(?:(?:{who})(?:'(?:ll|d) (?:need|have|want) to| (?:can(?:'t|t| ?not)?|could|may|might|(?:are|is)(?: not|n't)? (?:allowed|entitled|required) to|should|must|needs? to|ha(?:ve|s) to|gotta|better|(?:will|would|might|may) (?:need|have|want) to|want to|(?:should|might|may) be able to))|(?:if i were you,? )?(?:i'd|i would)|(?:i'd|i would|i|we) {ly}(?:recommend|suggest|advise|encourage|urge)(?: (?:that )?you)?(?: to)?|(?:be|make) sure (?:to|you)|(?:best|easiest|only) way {gap4}is to|(?:lawyer|attorney) who will) {advs}{flush})(?:{step}){nothere}",
      why: 'action',
    },
    // The bare instruction at the start of a clause: "File an answer.", "so appeal it".
    {
      re: "(?<=^|[.!?:;,*)\\(\"-] ?|\\d[.)] |@[a-z0-9_]+ |(?:so|then|and|just|yes|ok|please|pls|now|def|also|but|asap|tbh|imo|hi) )(?:{step}){nothere}",
      why: 'action',
    },
    {
      re: "(?:recommend|suggest|encourage|urge|consider) {ly}(?:filing|suing|appealing|contesting|pressing charges|(?:getting|hiring) an? {gap2}(?:lawyer|attorney)|getting divorced|going (?:back )?(?:in)?to court|not signing|(?:looking into )?legal action)|(?:i'd|i would|i) {ly}advise (?:you|that|against|not)",
      why: 'step',
    },
    // "You need a lawyer", "your mom needs a good family law attorney", "you should talk to a family lawyer".
    {
      re: "(?:{who}|mom)(?:'re| are| is|'s)? (?:[a-z]+ly |going to |gonna )?(?:needs? |should {ly}(?=talk|speak|consult))(?:to )?(?:(?:get|hire|find|talk to|speak (?:to|with)|consult) )?(?:an?|your own) {gap2}(?:lawyer|attorney)",
      why: 'step',
    },
    // Rights of the recipient and their limits.
    {
      re: "(?:{you}|he|she|they) {ly}(?:have|has|'ve)(?: got)? (?:the|every|a) right to(?! (?:be (?:mad|angry|upset|sad)|feel|your opinion))(?: [a-z'-]+)?|(?:{you}(?:'re| are| re)|(?:he|she)(?:'s| is)) (?:legally )?(?:entitled to(?! (?:our|my|one|a discount|a free|free|your opinion))|within (?:your|his|her) rights)(?: [a-z'-]+)?",
      why: 'rights',
    },
    {
      re: "{you} (?:don't|dont|do not) (?:legally )?(?:have to|need to|owe) (?:pay (?:the|your|them|him|her|rent)|move out|leave (?:the|your)|sign(?! up| in| for)|let (?:the |your )?[a-z'-]+ in|(?:them |him |her )?anything)|{you}(?:'re| are) not (?:legally )?(?:obligated|obliged|bound) to (?:pay|repay|sign|move|leave|accept)",
      why: 'rights',
    },
    {
      re: "(?:{you}|he|she|they) (?:can't|cant|cannot|can not) be (?:fired|evicted|terminated|dismissed|sued|held liable|forced|kicked out|deported|taken (?:away )?from)|(?:claim|recover|get) (?:up to )?(?:three times|double|triple|twice) the",
      why: 'rights',
    },
    // What the other side can't do: "your employer can't fire you for that".
    {
      re: "(?:{other}|it) (?:can't|cant|can not|cannot|may not|(?:is|are)(?: not|n't) allowed to|ha(?:s|ve|d) no right to|(?:doesn't|don't|didn't) have the right to|could not|couldn't) (?:legally |just )?{flush}(?:fire|evict|kick|lock|terminate|withhold|keep (?:your|the)|charge you|raise|deduct|take (?:your|the|away)|stop (?:you|a|the)|force|make you|retaliate|sue|dock|enter|do (?:that|this)|transfer|disregard|change the locks|move (?:the|your) kids|just say|argue)",
      why: 'rights',
    },
    // The other side's duty: "the landlord has to give you three months' notice".
    {
      re: "(?:{other}) (?:has to|must|is (?:legally )?(?:required|obligated|supposed) to|needs to|should have|had to|owes you) {flush}(?:cover|pay|reimburse|repair|fix|give you|return|refund|compensate|provide|notify you)",
      why: 'duty',
    },
    {
      re: "(?:{you}|she|he|they|(?:the|your) [a-z'-]+)(?:'d| would| will)? {ly}(?:have|has|needs?) to (?:prove|show|establish)(?: (?:that|damages|it|by|harm|negligence|fault))?|(?:deposit|wages) (?:had|has|needs) to (?:be|been) (?:protected|returned|paid) within|(?:necessary|required) (?:for you )?to (?:obtain|get) (?:guardianship|custody)|(?:burden of proof|the onus) (?:is|falls|on)",
      why: 'duty',
    },
    // Sign or not: "Don't sign the release", "I wouldn't sign it".
    {
      re: "(?:don't|dont|do not|never) (?:ever )?(?:sign|accept|agree to|take) (?:anything|it|(?:the|that|this|any|an?|their|your) (?:[a-z'-]+ )?{flush}(?:lease|contract|release|waiver|agreement|settlement|offer|nda|deal|papers|paperwork|forms?|documents?|plea|statement|severance))|i (?:wouldn't|would not|wouldnt|would never|'d never) (?:sign|accept|agree to|settle)(?: (?:it|this|that|the|their|anything|for))?|(?:should|must) (?:not|never) (?:sign|accept) (?:it|the|this|that|anything)",
      why: 'sign',
    },
    // Deadlines applied to the recipient: "you have 45 days to file the complaint".
    {
      re: "(?:{you}(?:(?: only| still)? (?:have|got|'ll have|will have)|'ve got|'ve)(?: (?:only|just|about|up to))? (?:{num}|one|two|three|six|ten|fifteen|twenty|thirty|sixty|ninety|a few|an?)[ -](?:business[ -])?(?:days?|weeks?|months?|years?) (?:to|from|after)|{you} have until (?:[a-z0-9',-]+ ){0,3}to) (?:{dverb})(?: (?:the|a|an|your|it) [a-z'-]+)?",
      why: 'deadline',
    },
    {
      re: "(?:statutes? of limitations?|limitations? periods?)(?: (?:on|for) (?:[a-z]+ ){1,2}(?:claim|case|assault))?|deadline (?:to|for) (?:file|filing|appeal|sue|respond|claims)|(?:{you}(?:'re| are| re)|ur) (?:still |already )?(?:in time|out of time|too late to (?:sue|file|appeal))|(?:claim|case|debt) (?:is|was|'s) {ly}time.barred",
      why: 'deadline',
    },
    {
      re: "(?:your|ur) (?:claim|complaint|appeal|notice|petition|lawsuit|suit|answer) {gap4}(?:must|has to|needs to) be (?:filed|brought|served) (?:within|before|by)|(?:file|appeal|contest|sue|respond|object) {gap4}within (?:{num}|###|[a-z]+) (?:days|weeks|months|years)",
      why: 'deadline',
    },
    // Outcome predictions: "you'd probably win at the board", "we'll get the judgment overturned".
    {
      re: "{you}(?:'d| would|d) {ly}(?:win|prevail)|{you}(?:'ll| will| should| could| might| can) {ly}(?:win|lose|prevail) (?:at|in|on|the case|your case|this case|the (?:lawsuit|appeal)|custody|by default|against|easily)|(?:(?:{you}|we|they)(?:'re| are| re)|(?:he|she)(?:'s| is)) {ly}(?:going to|gonna|likely to|sure to) {ly}(?:win|lose|prevail)(?=$|[.,;]| this| that| it| the case| your case| in court| at trial| on appeal| at the| against| easily| custody)",
      why: 'outcome',
    },
    {
      re: "{you}(?:'ll| will|'d| would|'re going to| are going to|'re gonna| could) {ly}(?:get|be awarded|keep) (?:full|sole|primary|joint) (?:physical |legal )?custody|get (?:you|u|him|her) (?:an? )?(?:(?:sole|full|primary|joint) (?:custody|occupancy)|cease and desist|(?:restraining|protective|do not contact) order)",
      why: 'outcome',
    },
    {
      re: "get (?:the|your|this|that|his|her) (?:[a-z'-]+ )?{flush}(?:judgment|decision|conviction|ruling|charges?|case|ticket|sentence|record) (?:overturned|reversed|dismissed|thrown out|dropped|expunged|reduced)|(?:chances|odds) (?:of|that) {gap2}(?:winning|success|(?:being )?overturned|losing)|(?:won't|will not|unlikely to) (?:be|get) (?:overturned|reversed|thrown out|upheld)",
      why: 'outcome',
    },
    {
      re: "the (?:judges?|courts?|jury|tribunal|board|state) {gap2}\\*?(?:will|would|is (?:going|likely|more likely) to|might|may|could|won't|will not|would not)\\*? {ly}{flush}(?:rule|grant|award|side|order (?:you|him|her)|give (?:you|him|her)|find (?:that|you|him|her)|recogni[sz]e|split|divide|dismiss|deny|reject|overturn)",
      why: 'outcome',
    },
    // Legal conclusions about the situation.
    {
      re: "(?:your|ur|the|his|her|this|that) (?:dismissal|termination|firing|eviction|lease|contract|clause|release|waiver|agreement|notice|non-?compete|search|deduction|marriage|will|nda) (?:[a-z'-]+ ){0,2}(?:is|was|would be|'s|seems|isn't|is not) {ly}{flush}(?:unfair|illegal|unlawful|wrongful|void|invalid|(?:not |legally )?(?:enforceable|binding)|unenforceable|discriminatory|retaliatory|in breach|against the law)",
      why: 'conclusion',
    },
    {
      re: "(?:that's|thats|that is|it's|its|it is|this is|which is|that was|it was) {ly}{flush}(?:illegal(?! ?(?:lol|haha|jk|lmao|😂|🤣|😜))|unlawful|(?:wrongful|unfair|constructive) (?:termination|dismissal)|retaliation|(?:a )?breach of (?:contract|the lease)|protected(?: activity)?|against the law|a violation of)|(?:is|'s) an? (?:civil|criminal) matter",
      why: 'conclusion',
    },
    {
      re: "(?:you were|u were|you're|you are|(?:he|she) (?:was|is)|they (?:were|are)|he's|she's|they're|(?:your|ur|the) (?:landlord|employer|boss|city|company|contractor|ex)(?: is| was|'s)) {ly}(?:not )?(?:negligent|at fault|(?:in the right|in the wrong)(?=$|[.,!?;:]| here| legally| on this| about| to )|liable|in breach)",
      why: 'conclusion',
    },
    {
      re: "(?:{other}|it) (?:is|are|was|'s|'re) {ly}(?:legally |fully )?(?:responsible|on the hook|liable) for (?:the |your |all )?(?:damage|damages|backup|repairs?|injur(?:y|ies)|losses|costs?|accident|flood|leak|mold|medical bills|debt|it|this)",
      why: 'conclusion',
    },
    {
      re: "(?:{you}|he|she|they)(?:'re| are| is|'s) (?:the|a|his|her) legal (?:parent|guardian|owner|tenant)|(?:{you}|he|she|they) (?:have|has) (?:primary|sole|full|joint) (?:physical |legal )?custody|(?:claim|case) for (?:constructive dismissal|wrongful (?:dismissal|termination)|breach of contract|discrimination|harassment|negligence|retaliation|defamation)|(?:no|lacks?) (?:legal )?standing(?: to (?:sue|bring|file))?",
      why: 'conclusion',
    },
    {
      re: "legally,? (?:you|u|we|they|he|she|it|(?:the|your) [a-z'-]+) {gap2}(?:owes?|can(?:'t|t|not)?|must|ha(?:ve|s) to|are|is|don't|doesn't)(?: (?:not|obligated|required|entitled|allowed|liable|have to|owe|anything|you|pay|to [a-z]+)){0,3}|(?:it is|it's|is) presumed|(?:under|according to|pursuant to|by) (?:the )?(?:[a-z#]+ )?(?:law(?!'s| firm| office| school| student| degree)|laws|statute|labou?r code|(?:rule|section|article) \\d+)(?: of (?:this|the|your) state)?",
      why: 'conclusion',
    },
    {
      re: "(?:the )?(?:law|laws|statute|rule \\d+(?:\\([a-z0-9]\\))*|section \\d+|code|act) (?:says|states|requires?|provides|allows?|prohibits|forbids|protects|lets|doesn't|does not) (?:that|you|u|the|your|him|her|them|an?|landlords?|employers?|it)",
      why: 'conclusion',
    },
    {
      re: "there (?:is|'s|are) no (?:law|laws|statute|legal (?:requirement|obligation|basis|process)) (?:in|for|to|that|under|requiring|which|against)|there (?:is|'s) no (?:such thing as|process) {gap4}\"?expung[a-z]*",
      why: 'conclusion',
    },
    {
      re: "(?:rules|laws?|statute|protections?) (?:don't|do not|doesn't|does not|won't|may not) (?:apply|cover|protect)|(?:could|can|would|might|may) {ly}be (?:considered|deemed|seen as|treated as|charged as) (?:child )?(?:endangerment|neglect|abuse|abandonment|negligen(?:ce|t)|theft|fraud|harassment|assault|a crime|a felony|a misdemeanor|a breach|placing|criminal|illegal)",
      why: 'conclusion',
    },
    {
      re: "default judgment|win by default|(?:face|found in|held in) contempt|contempt of court|warrant for (?:your|his|her) arrest|potential liability|(?:can|could|may|might|will|would) {ly}be (?:forced to (?:hand|pay|return|give|sell|move)|held (?:liable|responsible) for|ordered to pay|sued for)|(?:waives?|would waive|releases|signs? away|gives? up) (?:everything|all|any|your|future) {gap2}(?:claims?|rights?)",
      why: 'conclusion',
    },
  ],
  unless: [
    { re: "(?:on|through|via|from|in|using) (?:our|the) (?:website|web site|site|app|mobile app|account page|claims page|feedback form|online form|help cent(?:re|er)|member area)|(?:from|in|on) (?:your|ur) (?:account|profile) (?:page|settings|section)", note: 'Product procedure: the customer does it from the site or the app.' },
    { re: "not (?:by|over|via|through) (?:text|txt|sms|message|email|dm)", note: 'Deflection to a call or meeting.' },
    { re: "(?:rather|prefer|better|can't|cannot|won't|not|wouldn't) (?:[a-z'-]+ ){0,6}(?:over|by|via) (?:text|txt|sms|texting|message)", note: 'Refuses to answer by text.' },
    { re: "(?:can't|cannot|can not|cant|won't|unable to|not able to|not in a position to) (?:tell you|say|comment|advise|give (?:you )?(?:advice|an opinion|my opinion)|answer (?:that|this)|speak to|weigh in|guess|predict)", note: 'Refusal to advise.' },
    { re: "before i can (?:say|tell|advise|comment)|until we(?:'ve| have) (?:signed|formally agreed)", note: 'No advice before a mandate.' },
    { re: "(?:whether|if) you should (?:[a-z'-]+ ){0,4}is (?:exactly |something |a question |one )?(?:what|something|one|that)", note: 'Names the question, defers it.' },
    { re: "^(?:do|does|did|have|has|had|are|is|was|were|would|will|can|could|should|may|shall) (?:you|u|he|she|they|your|ur|the|we|i|it|there)(?: [^?]{0,200})?\\?", note: 'A question back to the client.' },
  ],
};
