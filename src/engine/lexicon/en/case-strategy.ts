import type { Lexicon } from '../types';

/**
 * How a file will be run, in English: figures and positions, what to say or
 * keep from the other side, evidence and witness plans, weak points, and reads
 * on what the other side or the judge will do. Naming a strategy meeting,
 * asking for documents or moving the talk to a call is not strategy.
 *
 * Kept compact on purpose: V8 stops optimising a regular expression whose
 * source passes 20 KB, and both languages of a rule compile into one.
 */
export const EN_CASE_STRATEGY: Lexicon = {
  lang: 'en',
  topic: 'case-strategy',
  macros: {
    // A sum as people type it: $40k, 25,000, 12k, 30 grand, double.
    amt: "[$€£] ?\\d[\\d,.']*k?|\\d{1,3}(?:[ ,.']\\d{3})+(?: ?(?:[$€£]|chf))?|\\d+ ?(?:k|grand|[$€£]|dollars|bucks|%)|\\d{4,}|double|triple|half",
    // Who a client is told to keep things from.
    aud: "(?:the |their |your )?(?:insurer|insurance(?: company)?|adjuster|police|cops|officers?|detectives?|auditors?|judge|court|landlord|employer|boss|ex|lawyers?|press|media|other side|other driver)|them|him|her|anyone",
    // "don't" as an order, not "we don't" or "I don't".
    imp: "(?<!(?:we|i|they|he|she|it|that|who) )",
    // What follows a verb of saying: up to five words, stopping at punctuation.
    np: "(?:[^ .!?,;:]+ ){0,4}[^ .!?,;:]+",
    // The other side, for reads on what it will do.
    side: "they|he|she|opposing counsel|(?:the|their|his|her|your) (?:other side|insurer|insurance|adjuster|lawyers?|counsel|attorneys?|city|landlord|employer|contractor|ex)",
    // Future, habit or likelihood after the other side.
    fut: "'ll|'re going to|'s going to| will| are going to| is going to| are gonna| is gonna| won't| would|'d| always| usually| tend to| never| might| may",
    // What the other side is said to fear.
    fear: "trial|court|publicity|press|jury|judge|media|cameras|headlines|going to (?:court|trial)",
    // Not a proof of purchase, identity or address.
    notpop: "(?! of (?:your |the )?(?:purchase|identity|address|id|payment|ownership|residence|age|delivery|postage|insurance))",
  },
  entries: [
    {
      re: "(?:(?:we'd|i'd|we could|we can|we'll|i'll) (?:take|accept|settle for|live with) |(?:open|start|anchor|come in) (?:at|with|high at) |(?:hold out|push|aim|shoot) for |hold firm at |ask (?:them )?for |demand |propose |offer (?:them|him|her) |(?:offer|proposal) of )(?:at least |no less than )?(?:{amt})|(?:counter(?:ed|ing)? (?:at|with) |settle (?:for|at|around|near|above|below|under|over) {gap4}|settlement (?:of|around|at) |(?:no|nothing) less than |(?:go|drop|come|accept|take anything) (?:below|under|above|over|lower than|less than) )(?:{amt}|\\d+)",
      why: 'negotiation',
      note: '"open at 40k", "settle for no less than 25"; "we open at 9" is not a sum',
    },
    {
      re: "counter(?:-| )?(?:offers?|proposals?)|settlement (?:range|figure|authority)|(?:their |our )?(?:first|opening|walk-?away|bottom(?:-| )line) (?:offer|number|figure)(?! (?:for|to) new)|(?:our|my|your|their) (?:floor|bottom line|limit) (?:is|'s) [$€£]?\\d[\\d,.]*k?|meet (?:you|us|them) (?:in the middle|halfway)|split the difference|low(?:-| )?ball(?:s|ed|ing)?|(?:offer|proposal) is (?:way |far )?(?:too low|insulting|a joke|ridiculous)|(?:reject|turn down) (?:the|their|this) (?:offer|settlement)|bargaining (?:chip|power)|negotiating position|leverage",
      why: 'negotiation',
      note: '"our floor is being renovated" is not a figure',
    },
    {
      re: "{imp}(?:{dont}|let's not) (?:(?:give|make|provide|sign) {gap4}(?<!bank |account |card |tax )statements?|(?:mention|bring up|disclose|reveal|volunteer|admit|apologi[sz]e|discuss|talk about|tell (?:them|him|her|anyone|the [a-z]+|your [a-z']+))(?! it(?![a-z])| (?:your |any )?(?:account|password|card|personal|payment))(?: (?:{np}))?|(?:even )?(?:talk|speak) (?:to|with) (?:{aud})|(?:even )?(?:answer|reply to|respond to|acknowledge|contact) (?:him|her|them|your ex|(?:any of )?(?:his|her|their|your ex's) (?:texts|calls|messages|emails|questions))|even acknowledge|say (?:anything|a word|a thing|too much)|let (?:them|him|her|the [a-z]+) know|post (?:anything|photos|pictures) (?:about|on|online)|delete (?:anything|(?:any|the|his|her|those) (?:texts|messages|emails|photos|voicemails)))",
      why: 'silence',
      note: '"don\'t mention it" is a courtesy; "we don\'t discuss accounts here" is not an order',
    },
    {
      re: "say nothing|(?:just|simply|only) say (?:that|you|you're|no|nothing|it)(?: [a-z']+)?(?: [a-z']+)?|keep (?:quiet|mum|it to yourself)|stay (?:quiet|silent|vague)|play dumb|let me do (?:the|all the) talking|(?:tell|say to)(?<=(?:^|[,;:] |and |then |just |only |should |need to |must |please )(?:tell|say to)) (?:the |your )?(?:judge|court|police|cops|officers?|insurer|adjuster|landlord|employer|boss) (?:that|you|only|just|exactly|nothing|what|the truth|this|your side)|say(?<=(?:^|[,;:] |and |then )say) (?:that|you|nothing)|ask the (?:judge|court) (?:to|for)|(?:no|any) (?:recorded |written )?statements? to|before (?:you|u) (?:talk|speak|say anything|reach out) (?:to |with )?(?:them|him|her|the [a-z]+|their [a-z]+)|stay off social media",
      why: 'silence',
    },
    {
      re: "screenshot (?:(?:all|every|each)(?: (?:of )?(?:his|her|their|the|those) [a-z]+)?|everything|them|those|(?:his|her|their|the) (?:texts|messages|posts|emails))|(?:take|save) screenshots(?: of [a-z]+)?|document(?:ing)? (?:everything|every|each|all|it all)|keep (?:a |an )?(?:log|journal|diary|written record|timeline|record of (?:every|each|all|everything))|paper trail|(?:write|note) (?:down )?(?:everything|every [a-z]+|each [a-z]+)|record (?:your|the|his|her|all|every) (?:calls?|conversations?)|(?:in|during|through) discovery|keep (?:all|every|each|every single|copies of) (?:of )?(?:the |your |his |her |their )?(?:texts?|messages?|emails?|voicemails?|letters?|correspondence|screenshots?|evidence)",
      why: 'evidence',
      note: '"send a screenshot of the error" and "keep your receipts" are support answers',
    },
    {
      re: "as (?:evidence|proof|exhibits?){notpop}|(?:gather|collect|build|preserve|get|save) (?:the |your |all |any |more |enough |solid )?evidence|documented (?:proof|evidence)|(?:this|that|it)(?:'s| is| will be| would be) (?:great |good |strong |key |solid )?evidence|(?:going to|gonna) be (?:your|our) (?:proof|evidence)|(?:our|your|their) (?:strongest|best|key|main|only) (?:evidence|proof|witness|exhibit)|use (?:it|this|that|them|those|(?:the|his|her|their) [a-z]+) (?:(?:at|in|during|against|as) (?:the |your |our |a )?(?:[a-z-]+ )?(?:hearing|trial|court|mediation|deposition|tribunal|evidence|proof|him|her|them|leverage)|to (?:prove|show|support|argue|assert))|(?:we'll|we will|i'll) lead with(?: it| this| that)?(?: at (?:the )?(?:mediation|trial|hearing))?",
      why: 'evidence',
    },
    {
      re: "depos(?:e|ing) (?:him|her|them|their|the|his|your)(?: [a-z'-]+)?(?: [a-z'-]+)?|subpoena(?:s|ed)? (?:him|her|them|their|the|his|for)|(?:a|with a|get a) subpoena|cross(?:-| )examin(?:e|ing)|expert witness(?:es)?|(?:call|put) (?:him|her|them|(?:your|the|his|her) [a-z']+) (?:as a |on the )(?:witness|stand)|(?:our|their|your|his|her|key|star|main) witness(?:es)? (?:is|are|was|looks|seems) (?:pretty |very |really |not )?(?:weak|strong|credible|shaky|nervous|unreliable|solid|biased|lying)|(?:he|she|they|you|your [a-z']+) (?:can|could|should|will|'ll|might) (?:also )?testify|(?:have|let|get) (?:your [a-z']+|him|her) testify|(?:make|be) a (?:great|good|strong|credible|terrible|bad|weak) witness|save (?:it|this|that) for (?:the )?(?:hearing|trial|mediation|cross)|keep {gap2}testimony (?:short|brief|tight|simple)|testimony (?:could|will|would|might|can|needs to|has to|must) (?:make|break|sink|help|hurt|match|line up)|get (?:a |an )?(?:written |signed |sworn )?(?:statement|affidavit) from",
      why: 'evidence',
      note: '"your deposition is scheduled for 10 am" is logistics',
    },
    {
      re: "get (?:your|our|an?) (?:own|independent|second|separate)(?: [a-z']+)?(?: [a-z']+)? (?:report|expert|appraisal|assessment|estimate|inspection)|forensic accountant|(?:contradicts?|rebuts?|discredits?|undermines?|tears? apart|(?:blows?|pokes?) holes in) (?:their|his|her|the) (?:expert|doctor|witness|report|version|story|evidence|testimony|alibi)|(?:show|prove|demonstrate) (?:to )?the (?:judge|court|jury|mediator)|(?:show|proves?) (?:that )?(?:you|he|she|they|(?:your|the) [a-z']+)(?:'ve| have| had| has)? (?:always|never|consistently|knew|lied|threatened)|(?:get|have|keep) (?:it|this|that|everything|the (?:agreement|offer|deal)) (?:[a-z]+ ){0,2}in writing|make sure (?:it|this|that)(?: is|'s)? in writing",
      why: 'evidence',
    },
    {
      re: "(?:our|your|their|his|her|the other side's) (?:biggest |main |only |real )?(?:problem|weak(?:ness| (?:point|spot|link)))|weak(?:ness(?:es)?| (?:point|spot|link)s?) (?:in|of) (?:our|your|their|the) (?:case|claim|defen[cs]e|story)|holes? in (?:their|our|your|his|her) (?:case|story|argument|defen[cs]e|version)|(?:our|your|their|his|her) (?:case|claim|defen[cs]e|argument|position|evidence|story|witness|expert|version|alibi) (?:(?:is|looks|seems|'s) (?:pretty |very |really |a bit |too |kinda )?(?:weak|thin|shaky|flimsy)|falls apart|will fall apart|won't hold up|doesn't hold up|has holes)|(?:our|your|their) (?:best|strongest|main|weakest) (?:argument|defen[cs]e|angle)|(?:hurt|damage|hamper|undermine|weaken|sink|ruin|help|strengthen)s? (?:our|your|their) (?:[a-z]+ )?(?:case|position|defen[cs]e|credibility|argument|chances)|(?:attack|undermine|destroy|challenge) (?:her|his|their) credibility|(?:will|would|could|might) look (?:good|bad|great|terrible) (?:for you|to the (?:judge|court))",
      why: 'weakness',
    },
    {
      re: "(?:{side})(?:(?:{fut}) (?:probably |likely |still |just )?(?:offer (?:more|less|a settlement|to settle)|settle|cave|fold|blink|back down|budge|meet you|come (?:up|down) to|pay up|up their offer|lowball|fight (?:this|it|back|hard)|drag (?:this|it|their feet)|stall|deny (?:it|everything|liability)|blame|try to (?:get you to|blame|pin|paint|argue|claim|discredit|delay|lowball|settle|scare)|argue that|claim (?:that|you|it)|push back|go after|use (?:it|this|that) against|appeal|ask for (?:a |an )?(?:adjournment|postponement|delay|extension)|be watching|give in|crack|panic|bluff|want to (?:settle|avoid)|side with|sniff out)| (?:folds|caves|settles|backs down|bluffs))|expect (?:them|him|her|the other side|the insurer) to",
      why: 'prediction',
      note: '"they\'ll look into it" is support, not a read on the other side',
    },
    {
      re: "(?:the|this|that) (?:judge|court|tribunal|jury|mediator|board)(?: will|'ll| is going to|'s going to| won't| might| may| would (?:probably|likely|never)| is (?:more |less )?(?:likely|unlikely) to) (?:probably |likely |definitely |then |never |just )?(?:rule (?:for|in|against)|find (?:for|in|against|that)|side with|buy (?:it|that|this|their|his|her)|believe|accept|reject|throw out|dismiss|grant|deny|award|give you (?:custody|credit|more|less)|see (?:through|it)|be (?:impressed|annoyed|skeptical|sympathetic|swayed)|want to (?:see|know|hear)|ask (?:you |about|why)|push (?:you|us|both)|(?:love|hate|like) (?:it|this|that|(?:your|the|this|that) [a-z]+)|make a determination|decide (?:in|for|against)|split (?:the|your)|hold it against)|(?:judge [a-z]+|the (?:judge|court|mediator)) (?:hates|loves|likes|can't stand|doesn't like|tends to)|my read on",
      why: 'prediction',
      note: '"the court will send a formal notice" is logistics',
    },
    {
      re: "(?:they're|they are|he's|she's|he is|she is) (?:absolutely |really |clearly |so |just )?(?:(?:terrified|petrified|spooked)(?: of (?:the |a |bad )?{fear})?|(?:scared|afraid|worried|nervous) of (?:the |a |bad )?{fear}|bluffing|posturing|stalling|desperate to settle)|(?:they|he|she) (?:can't|cannot) afford (?:a trial|the publicity|bad press)|come back to haunt|chances? (?:of|that) {gap4}(?:are|is) (?:(?:probably|pretty|very|really) ){0,2}(?:low|slim|good|high|poor|excellent|small|remote)",
      why: 'prediction',
    },
    {
      re: "(?:our|my|the) (?:strategy|game ?plan|angle|tactic|line of attack|next move) (?:is|will be|should be|'s)(?: to| that)?|(?:put|apply|keep) (?:the |some |more )?(?:pressure|heat) on|pressure (?:them|him|her) (?:into|to)|force (?:their|his|her) hand|play hardball|call (?:their|his|her) bluff|drag (?:it|this|things|the case) out|the upper hand|(?:put|shift)s? the (?:onus|burden) on|ammunition|attack(?<=(?:^|[,;:] |and |then )attack) (?:the|their|his|her) [a-z]+|go(?:ing|es)? after (?:him|her|them|your ex|(?:the|this) (?:city|landlord|insurer|contractor|clinic|employer)|(?:his|her|their) assets)|exploit (?:that|this|it|their)|(?:we'll|we will|i'll|we're going to|i'm going to|we're gonna) (?:argue|plead|contend|hammer|attack|go after|push (?:for|hard|back)|show (?:that|the (?:judge|court|jury))|prove that)|(?:we|you|he|she|they) (?:can|could|might|may|would|can't|cannot) (?:still |also )?argue (?:that|he|she|the|it)|(?:might|may|could|will|should) have an argument",
      why: 'tactics',
      note: '"our strategy meeting" stays clean',
    },
  ],
  unless: [
    {
      re: "(?:can't|cant|cannot|won't|not going to|rather not|unable to|hard to|impossible to) (?:really )?(?:tell you|say|guess|predict|speculate(?: on)?|know) (?:what|how|whether|if) (?:the other side|they|their|the judge|the court|opposing|the insurer|the adjuster|he|she)",
      note: 'declining to predict: "I can\'t tell you what the other side is going to do"',
    },
  ],
};
