import type { Lexicon } from '../types';

/**
 * English phrasing that commits the organisation: refunds, credits, covering
 * costs, replacements, fee waivers, guarantees and certain deadlines.
 * Every pattern needs a first-person speaker or an explicit promise word, so
 * describing a policy ("refunds are handled under...") or routing ("our team
 * will look into it") stays silent; a negation between the speaker and the
 * verb ("we can't refund") breaks the match.
 *
 * Entries sharing the speaker prefix are merged on purpose: V8 stops
 * optimising a regular expression past about 20 000 characters of source and
 * then runs some 50 times slower, and all of a rule's entries (both
 * languages) compile into one expression.
 */
export const EN_BINDING_COMMITMENT: Lexicon = {
  lang: 'en',
  topic: 'binding-commitment',
  macros: {
    // The speaker about to act: future, offer or wish forms, texting included.
    wewill:
      "(?:(?:so )?(?:we|i)|our team|the company|the firm)(?:'ll| will| shall| can| could|'d| would|'re| are|'m| am| want to| wanna| gonna)|well|ill|id|wed|were|im|imma|let me|let us|gonna",
    // The speaker who already acted; followed only by past forms, so a bare "we" / "i" is safe.
    wehave: "(?:we|i)(?:'ve| have| just)?|weve|ive",
    // Adverbs and softeners allowed between the speaker and the verb.
    // Adverbs, softeners and the rest of the modal ("would be happy to", "are going to").
    adv: "(?:(?:also|just|gladly|happily|certainly|definitely|now|personally|go ahead and|gone ahead and|of course|fully|already|be|(?:like|happy|glad|able|going|ready) to|gonna|make sure to|get|and) ){0,2}",
    // The shorter list used inside passive forms ("has been fully refunded").
    adv2: "(?:(?:fully|automatically|already|now|just|also|all) )?",
    // What a cost-covering verb takes.
    costnoun:
      "costs?|fees?|bills?|expenses?|repairs?|damages?|charges?|difference|hotel|meals?|taxi|cab|rental|accommodation|shipping|postage|invoice|tab|deductible|excess|parts|labou?r|replacement|cleaning",
    // What a refund verb may take, so the highlight covers the object.
    refobj:
      " (?:you|u|it|that|this|them|everything)(?: in full)?| (?:your|the|the full|the whole|your whole) (?:{word} )?(?:orders?|tickets?|fare|booking|amount|difference|fees?|deposit|purchase|payment|shipping|delivery|costs?|flight|trip|stay|subscription|balance|charges?|money|items?|account)",
    // What a waiver verb takes.
    feenoun: "fees?|charges?|penalty|penalties|bill|invoice|balance|surcharge|interest|cancellation|deposit|retainer|rate|price",
    // What a gift or offer verb takes.
    giftnoun:
      "refund|credit|vouchers?|discount|compensation|free|months?|weeks?|nights?|upgrade|gift ?card|coupon|goodwill|gesture|rebate|replacement|new one|brand.new|money back|full amount|[$€£] ?\\d+|\\d+ ?(?:[$€£%]|dollars|euros|pounds|bucks)",
    money: "(?:[$€£] ?\\d+ |\\d+ ?[$€£] )",
  },
  entries: [
    {
      re: "(?:{wewill}) {adv}(?:(?:refund|reimburse|credit|compensate|comp|pay you back|pay back|repay)(?:{refobj})?|(?:cover|pay|absorb|eat) (?:{gap4})(?:{costnoun})|(?:pick up|foot|take care of) the (?:costs?|tab|bill|fees|expenses|invoice)|pay for|cover (?:everything|it all)|(?:sort|arrange|organi[sz]e|get|put through|process|issue|action|set up)(?: out| up)? (?:a |an |your |the |you a )?(?:full |partial )?(?:refund|credit|replacement|reimbursement|compensation|voucher)(?! (?:request|claim|form|ticket|query|enquiry|inquiry|team|department|policy|process))|(?:offer|give|send|throw in) (?:you |u |ya )?(?:{gap2})(?:{giftnoun}))|(?:we|i) (?:refund|credit|reimburse|compensate) (?:you|u|ya)|(?:and|as well as|plus|then) (?:refund|reimburse|compensate) (?:you|u)(?! (?:if|once|when))",
      why: 'refund',
      note: "we will refund / I can credit you / we'll cover the cost of the repair / we'd like to offer you a voucher; a refund request routed to a team stays silent",
    },
    {
      re: "(?:{wehave}) {adv}(?:(?:refunded|reimbursed|credited|compensated|comped|repaid)(?:{refobj})?|issued (?:a |you a |the |your )?(?:full |partial )?(?:refund|credit|voucher)|processed (?:a |the |your )?(?:full |partial )?refund|approved (?:a |the |your )?(?:full |partial )?(?:refund|credit|compensation)|(?:applied|added) (?:a |an )?{money}?credit|put through (?:a |the |your )?refund|arranged (?:for )?(?:a |the |your )?(?:full )?(?:refund|replacement)|(?:offered|gave|given|sent|thrown in|threw in) (?:you |u |ya )(?:{gap2})(?:{giftnoun}))",
      why: 'refund',
      note: "already granted: we've refunded the shipping / I've issued a credit / I gave you a voucher",
    },
    {
      re: "(?:we're|were|we are|i'm|im|i am) {adv2}(?:refunding|crediting|reimbursing|compensating|comping|waiving|replacing (?:it|them|your|the)|(?:sending|shipping|posting) (?:you |out )?(?:a |an )?(?:{word} )?(?:replacement|new (?:one|unit|device|phone|item))|covering (?:the|your|all) (?:{gap2})(?:{costnoun}))|(?:has|have|had|will|shall|(?:you|u|it|they|that|this)'?ll) be(?:en)? {adv2}(?:refunded|reimbursed|credited|compensated|waived|written off)|(?:charges?|fees?|payment|transaction) (?:has|have) been {adv2}reversed|(?:refund|credit|reimbursement|replacement|voucher|compensation)(?:'ll be| has been| was| have been| were| is being| will be) {adv2}(?:issued|processed|approved|sent|applied|arranged|granted|dispatched|shipped|ordered|booked)|(?:refund|credit|replacement|reimbursement) is on (?:its|it's|the) way|(?:money|funds|deposit|payment|amount)(?: will|'ll) be (?:back|returned|refunded|credited)|(?:{youll}|you're getting|youre getting|you are getting) (?:(?:get|receive|be getting|be receiving|have) )?(?:{gap2})(?:refund|credit|replacement|voucher|compensation|reimbursement|new (?:one|phone|device|unit|laptop|pair|machine)|brand.new|money back|full amount)|(?:make sure|ensure|see to it that) (?:that )?(?:you|u)(?: (?:get|receive) (?:{gap2})(?:refund|money back|credit|replacement|compensation|full amount)|(?: are|'re) (?:fully )?(?:compensated|refunded|reimbursed))|would you (?:like|prefer) (?:us|me) to (?:{gap2})(?:refund|replace|credit|reimburse|compensate|send (?:you )?(?:a |an )?(?:replacement|new))",
      why: 'refund',
      note: "we are refunding / your fee has been waived / you will be refunded / a refund has been issued / you'll get a full refund / would you like us to refund you; 'will not be' breaks the adjacency and 'has been cancelled' (a flight) is no gift",
    },
    {
      re: "(?:{wewill}) {adv}(?:(?:replace|repair|reship|resend|swap|exchange) (?:it|them|this|that|your|the (?:item|unit|device|phone|part|product|order|parcel|package|appliance|machine))|(?:send|ship|mail|post|get) (?:you |out |over )?(?:a |an |your |another )?(?:{word} )?(?:replacement|new one|brand.new|new (?:unit|device|phone|item|pair|part|product|order|parcel|box))|(?:fix|redo|do|install|repair|replace|service|clean|reinstall|rebook|change|swap|upgrade|deliver) (?:{gap4})(?:for free|for nothing|gratis|free of charge)|put you up(?: (?:in|at) (?:a |the )?{word})?)",
      why: 'replace',
      note: "we'll replace it / I'll send you a replacement / we'll fix it for free / we'll put you up in a hotel",
    },
    {
      re: "at no (?:extra |additional |further )?(?:charge|cost)(?: to you)?|free of charge|on the house|at (?:our|the company's|the firm's) (?:own )?(?:expense|cost)|(?:won't|wont|will not) cost you (?:a|anything|extra)|(?:you|u) (?:won't|wont|will not) (?:have to |need to )?pay (?:a (?:cent|penny|dime|thing)|anything|nothing|extra|for (?:it|this|that|the|a|any))|(?:repairs?|replacement|fees?|cost|bill|shipping|delivery|month|night|meals?|drinks|upgrade|postage|hotel|taxi|label|returns|visit|call-out|service|stay|room|consultation|session|appointment|first hour) (?:is|are|'s|will be) (?:(?:also|all|completely|totally|entirely) )?(?:on (?:us|me|the house)|free|complimentary)|(?:free|complimentary),? (?:on us|on the house)|(?:this one's|this one is|this time it's|this one) on (?:us|me|the house)",
      why: 'replace',
      note: "I'll redo it at no charge / you won't pay a cent / the repair is on us; a bare \"that's on us\" is an admission, not a gift",
    },
    {
      re: "(?:{wewill}|{wehave}) {adv}(?:(?:(?:waive|drop|cancel|remove|reverse|write off|wipe|scrap|refund|reduce|halve|lower|cap|discount)(?:d|ed|led)?|wrote off|written off|cut|knock(?:ed)? (?:off|down)|took off|bring down|brought down) (?:{gap2})(?:{feenoun})|(?:knock|take|shave) (?:\\d+ ?% |{money})off|waived?|waiving|(?:honou?r|honou?red|match|matched|price.match) (?:{gap2})(?:prices?|quote|deal|offer|discount|sale|rate|promo|promotion|fare)|(?:{gap4})pro bono)|(?:knock|knocked|take|took|wipe|wiped|strike|struck) (?:the|your|that|this|those|these) (?:{gap2})(?:{feenoun}) off|consider (?:the|your|that|this) (?:{gap2})(?:{feenoun}|debt) (?:cancell?ed|waived|paid|settled|cleared|forgiven|written off)|(?:you|u) (?:don't|dont|do not|won't|wont|will not) owe (?:us|me|the firm|the company) (?:anything|a thing|a cent|a penny|a dime|nothing)|(?:i|we) (?:won't|wont|will not|'m not going to|am not going to|are not going to|'re not going to) (?:charge|bill|invoice) (?:you|u|ya)",
      why: 'waive',
      note: "I've waived the cancellation fee / we'll honour the sale price / I'll cut my fee in half / I won't bill you for the call",
    },
    {
      re: "(?<!(?:can't|cant|cannot|not|never|unable to|won't|wont|don't|dont) )(?:make|made|making) (?:an|one|a one-time|a one-off) exception|as a (?:one.off|one.time|onetime)(?: (?:exception|gesture|courtesy|goodwill gesture))?|as a (?:goodwill gesture|gesture of goodwill)|just this (?:once|one time)",
      why: 'waive',
      note: 'an exception to the terms; "as a courtesy" alone stays silent (courtesy reminders)',
    },
    {
      re: "guaranteed(?<!(?:not|n't|no|never|nothing is|nothing's|be|cannot) guaranteed)|(?:i|we) (?:can |do |will |personally )?(?:guarantee|promise)(?! (?:nothing|anything))(?!(?: you)?(?: that)?(?: we'll| we will| i'll| i will| well| ill)? (?:to )?(?:keep|update|get back|look into|check|investigate|follow up|let you know|pass|reply|respond|contact|reach out|do (?:our|my) (?:best|utmost)|try|be in touch|call))|(?:you have|you've got|u have|you got) my word|(?:i|we) give you (?:my|our) word|(?:it's|its|that's|thats) a promise|(?<=[,;:-] )promise(?= ?[!.]|$)",
      why: 'guarantee',
      note: 'I promise it ships tomorrow / guaranteed; "we can\'t guarantee" and "we promise to keep you posted" stay silent',
    },
    {
      re: "(?:will|(?:it|you|u|they|that|this|he|she)(?:'ll|'s going to|'re going to)|is going to|are going to) (?:definitely|certainly|absolutely|100%|for sure|surely) (?:arrive|ship|be (?:delivered|shipped|fixed|repaired|resolved|sorted|there|back up|back online|refunded|credited|replaced|ready|done)|get (?:there|delivered|fixed|sorted|resolved))|(?:prices?|rates?|plans?|fees?|bill|subscription) (?:{gap4})(?:will not|won't|wont|will never|is not going to|isn't going to|aren't going to|are not going to|won't ever) (?:go up|increase|rise|change)|(?:price|rate|fee)s? (?:is |are |will be |stays? )?(?:locked|frozen|guaranteed) (?:in )?(?:for|until|till|through|at)",
      why: 'guarantee',
      note: 'a deadline promised as certain, or a public price guarantee; predictions about a case ("you will definitely win") belong to legal advice',
    },
  ],
  unless: [
    {
      re: "(?:check|see|verify|find out|look into|confirm|ask|determine) (?:whether|if)|(?:if|whether) (?:we|i) (?:can|could|are able to|may)(?!')",
      note: 'investigating whether a refund is possible is not a promise',
    },
  ],
};
