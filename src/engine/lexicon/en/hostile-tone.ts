import type { Lexicon } from '../types';

/**
 * English hostile tone, written against folded text. Two lexicons: phrasing
 * (sarcasm, contempt, blame, threats), compiled by the rule, and name-calling
 * (insults, slurs, aimed profanity), scanned by the tone detector. Shouting is
 * a code detector too (detectors/tone.ts): folding removes capitals.
 */
export const EN_HOSTILE_TONE: Lexicon = {
  lang: 'en',
  topic: 'hostile-tone',
  entries: [
    // ---------------------------------------------------------------- sarcasm
    {
      re: "(?:are (?:you|u) |r u |(?:you|u) )?(?:happy|satisfied) now(?= ?(?:\\?|!|$|🙄))|thanks (?:a lot |so much )?for nothing|(?:great|brilliant|genius|smart|nice|fantastic|clever|excellent|awesome) (?:idea|move|job|work|plan|thinking|going) (?:(?:posting|tweeting) (?:about|on|that|this|it|online|everywhere|publicly|screenshots|the screenshots|your|in all caps)|telling everyone|telling the|talking to the press|ignoring|yelling|shouting|insulting|deleting|losing|forgetting|missing|arguing|lying)|(?:real(?:ly)?|very|so|how) (?:mature|classy|original)(?: of (?:you|u))?(?= ?(?:[.!?]|$|🙄))|(?:really|so|very|super) (?:helpful|useful|productive)(?: of (?:you|u))?[.!]* ?(?:🙄|🙃|😒|👏)",
      why: 'sarcasm',
      note: '"happy now?", "great idea posting about the case", "real mature", "really helpful 🙄".',
    },
    {
      re: "(?:(?:lol|lmao|haha|ok|okay),? )?(?:good luck|best of luck) (?:finding|getting|with finding|to find) (?:(?:a |an |any |another )?(?:cheaper|better)|another (?:firm|lawyer|provider|company|airline|bank|carrier)|(?:someone|anyone|anybody) else)|(?:good luck|best of luck) with that(?= ?(?:[.!?]|🙃|🙄|lol|$))|(?:yeah|ya) (?:right|sure)(?= ?(?:[.!?]|lol|🙄|$))|sure (?:you|u) did(?= ?(?:[.!?,]|$))|cry me a river|boo ?hoo|slow clap|thanks,? (?:captain obvious|einstein|sherlock)|(?:oh|ah) (?:great|wonderful|perfect|joy),? (?:another|more|this again)|thanks for the (?:\\d+(?:st|nd|rd|th)|third|fourth|fifth|tenth|hundredth|umpteenth|millionth) (?:reminder|message|email|tweet|call)|(?:congrats|congratulations|well done|kudos|bravo) (?:on|for) (?:the|your|that) (?:public |little |angry )?(?:all[- ]caps tweet|meltdown|tantrum|outburst|rant|scene)|(?<=^|[.!?] )(?:must be nice|how convenient)(?= ?[.!]|$)",
      why: 'sarcasm',
      note: '"good luck finding a cheaper provider", "yeah right", "thanks for the fifth reminder".',
    },
    {
      re: "(?:maybe|perhaps|next time|try|ever tried) (?:[^ .!?]+ ){0,6}before (?:you )?(?:tweeting|tweet|posting|complaining|complain|whining|ranting|yelling|shouting|accusing|blaming|moaning|crying)|(?:maybe|perhaps) (?:try )?read(?:ing)? (?:the |your |our )?(?:manual|instructions|terms|faq|fine print|contract|email|policy|label|sign)|read (?:the |your |our )?(?:manual|instructions|terms|faq|fine print|emails?) (?:maybe|perhaps|next time|for once|sometime)|because that (?:worked|went)(?: out)? so well",
      why: 'sarcasm',
      note: '"maybe read the manual before tweeting", "try charging the phone before complaining".',
    },
    // ---------------------------------------------------------------- contempt and dismissal
    {
      re: "stop (?:messaging|texting|emailing|dming|tweeting at|tagging|spamming) (?:us|me)(?: (?:in |on )?(?:every|all|constantly) ?[a-z]*)?|(?:omg|oh my god|ok|okay|yes|yeah|fine|jeez|ugh|stop)[,.!]* (?:we|i) get it|(?:we|i) get it already|(?:omg|just|please just|oh) stop(?= ?(?:[.!,]|$))|(?:stop|quit) (?:spamming|tagging|harassing|whining|complaining|crying|pestering|nagging|yelling|shouting|moaning|bitching|trolling|wasting (?:our|my) time|being (?:so )?(?:dramatic|childish|difficult|ridiculous|rude))|stop doing things (?:without asking|behind my back)",
      why: 'contempt',
      note: '"stop tagging us in every post", "OMG stop, we get it" ("we get why you\'re upset" is empathy and stays silent).',
    },
    {
      re: "for the (?:last|final|hundredth|umpteenth|millionth|nth|tenth|fifth|fourth|third) time(?=,|:| -| i | we | you | no )|how many (?:more )?times (?:do|must|will|have) (?:i|we)|(?:i|we)(?:'ve| have)? (?:already )?(?:told|explained|said|answered|asked) (?:you |this |that |it ){0,2}(?:like |about |at least |literally )?(?:(?:\\d+|two|three|four|five|ten|a hundred|a million|many|several|countless) times|twice)|(?:as|like) (?:i|we) (?:already|have already|'ve already|keep) (?:told|explained|said|saying|telling)(?: you)?|answered this (?:question )?(?:[a-z0-9]+ )?times",
      why: 'contempt',
      note: 'Exasperated repetition: "for the last time", "how many times do I have to say it".',
    },
    {
      re: "(?:i'm|im|i am|we're|we are) (?:so |really )?(?:tired|sick|fed up) (?:of|with) (?:having|hearing|explaining|repeating|telling|answering|your|you|this same|the same)|(?:i've|we've|i have|we have) had (?:it|enough)(?: with| of)? (?:you|your|this)|(?:not|won't|wont|not going to|don't|dont) (?:waste|wasting) (?:any more of )?(?:our|my) (?:time|breath)|(?:wasting|waste of) (?:our|my) (?:time|breath)|(?:we|i) (?:don't|dont|do not) have time for (?:this|your|you|people like)|(?:nobody|no one|who) cares(?= ?[.!?,]|$)|(?:we|i) (?:couldn't|could) care less|(?:we|i) (?:don't|dont) care (?:what (?:you|u)|about (?:your|you))|so what\\?|get (?:over it|a life|a grip)|grow up(?= ?[.!?,]|$)|(?:just|so) deal with it|suck it up|ok boomer|spare me|give me a break|are (?:you|u) (?:kidding|joking)(?: me)?|are (?:you|u) (?:serious|for real)(?= ?[?!.]|$)|(?:you've got|you have got|you gotta|u gotta) (?:to )?be kidding|what part of (?:\"?[a-z']+\"? )?(?:don't|dont|didn't) (?:you|u) (?:understand|get)|get it through (?:your|ur) (?:head|skull|thick)|(?:is|was) (?:that|it) (?:so|that|really that) hard|not rocket science|drama queen|for once in (?:your|ur) life|enough is enough",
      why: 'contempt',
      note: 'Dismissal of the recipient or of their concern: "we\'re not going to waste our time", "get over it", "are you kidding me".',
    },
    {
      re: "whatever you say|(?:fine|ok|okay),? (?:do|believe|think) whatever (?:you|u) (?:want|like)|(?<=^|[.!?,] )do whatever (?:you|u) want(?= ?[.!]|$)|(?:lol|lmao|haha) (?:whatever|yeah right|cool story|good luck(?= ?[.!🙃🙄]|$))|cool story,? bro|(?<=^|[.!?,;:] )calm down(?! period| phase| time)|(?:just|please|ok|okay|dude|mate|sir) calm down|(?:you|u) (?:clearly |obviously )?(?:have|got) no (?:idea|clue) what (?:you're|youre|you are|ur) (?:talking|on) about|(?:don't|dont) tell (?:me|us) how to do (?:my|our) job|who (?:do|the hell do) (?:you|u) think (?:you are|you're|u r|ur)|mind (?:your|ur) own business|(?:you've|you have|you) (?:got )?some nerve|watch (?:your|ur) (?:language|mouth|tone)|(?:let me|i'll|i will) (?:explain|say|spell) (?:it |this )?(?:again )?(?:very |really )?slowly|use (?:your|ur) (?:brain|head|common sense)|(?:reading|listening) (?:clearly )?(?:isn't|is not|isnt) (?:your|ur) (?:strong suit|forte|thing)|(?:it's|its|it isn't|isn't|it's not|not) (?:that|so) (?:hard|difficult|complicated),? is it|(?<=^|[.!?] )(?:pathetic|duh|shocker|typical)(?= ?[.!]|$| 🙄)|(?:you|u) people (?:always|never|are|need|think|don't|dont|can't|just)|(?:we're|we are|i'm|im|i am) not (?:your|ur) (?:babysitter|mom|mum|mother|nanny|maid|servant|secretary)|not (?:our|my) job to (?:read|babysit|hold your hand|chase)",
      why: 'contempt',
      note: 'Condescension and escalation: "whatever you say", "calm down", "mind your own business", "we\'re not your babysitter".',
    },
    // ---------------------------------------------------------------- blame of the recipient
    {
      re: "(?:if only (?:you|u)(?:'d| had)|if (?:you|u) (?:had|'d|would have|would've)|if (?:you'd|youd|u'd)|had (?:you|u)|if (?:you|u) (?:even |ever )?bothered to) (?:only |just |actually |even |bothered to |taken the time to )?(?:read|listened|listen|followed|checked|paid attention|bothered|done (?:what|as) (?:i|we)|asked (?:me|us) (?:first|before)|called (?:me|us) (?:first|before|earlier))",
      why: 'blame',
      note: '"if you had read the terms", "had you listened to me" ("if you read the letter" is an instruction and stays silent).',
    },
    {
      re: "(?:you|u|ya) (?:should|shoulda|should've|should have|could have|could've) (?:just )?(?:read|listened|listen to me|thought (?:of|about) (?:that|this|it)|known better|paid attention)|should(?:'ve| have) thought of that|(?:you|u) (?:clearly|obviously|apparently|never|still) (?:didn't|did not|don't|do not|haven't|can't|cannot|never) (?:read|listen|listened|understand|pay attention|bother)|(?:you|u) never (?:read|listen)|(?:can't|cant|didn't|didnt|don't|dont) (?:you|u) (?:even )?(?:read|listen)\\?|(?:did|do) (?:you|u) even (?:read|listen|look|check|bother)|learn to read|rtfm",
      why: 'blame',
      note: '"you should have read the contract", "did you even read my email?" ("you should have received it" stays silent).',
    },
    {
      re: "(?:nobody|no one|noone) (?:forced|made|held a gun to|is holding a gun to|is forcing) (?:you|u|ya|your head)|(?:nobody|no one) is (?:holding|putting) a gun to|(?:nobody|no one) asked (?:you|u)(?= ?[.!?,]|$)|(?:you|u) (?:only )?have (?:yourself|urself|yourselves) to blame|(?:that's|thats|that is|it's|its|it is|this is|which is|that was|it was) (?:all |entirely )?(?:your|ur) (?:own )?(?:fault|problem|mess|funeral)|(?:your|ur) own (?:fault|doing|mess)|(?:that's|thats|that is|it's|its|it is|that was|it was|which is) (?:all )?on (?:you|u)(?= ?[.!?,]|$)|(?:not|isn't|ain't) (?:our|my) (?:problem|concern|headache)|(?:you|u) (?:brought (?:this|it) on|did this to) (?:yourself|urself)|serves (?:you|u) right|should(?:'ve| have)? (?:thought|known) (?:about|of) (?:that|this|it) (?:before|earlier|first)|told (?:you|ya|u) so|(?:i|we) warned (?:you|u)|whose fault (?:is|was) (?:that|this)|(?:maybe|perhaps) next time,? (?:don't|dont|try|read|check|think|listen)",
      why: 'blame',
      note: '"nobody forced you", "that\'s your problem, not ours", "you only have yourself to blame".',
    },
    {
      re: "take it or leave it|(?:pay|accept|take|sign)[^.!?]{0,40} or (?:don't|dont|do not|leave|walk|go elsewhere|find (?:someone else|another|a different)|cancel|stay home)[^.!?]{0,30}(?:your|ur) (?:choice|call|decision|problem)|(?:your|ur) choice,? (?:mate|buddy|pal)",
      why: 'blame',
      note: '"pay the fee or don\'t fly, your choice": an ultimatum thrown at the customer.',
    },
    // ---------------------------------------------------------------- threats
    {
      re: "(?:keep|continue|carry on) (?:it up|this up|that up|insulting|harassing|threatening|abusing|yelling at|shouting at|swearing at|screaming at|spamming|tagging|talking to (?:us|me) like (?:this|that))(?: (?:us|me|our (?:staff|team|agents?|employees)|my (?:staff|team|assistant)))?(?:,? and| &) (?:we'll|we will|i'll|i will|you'll|you will|see what happens)(?: (?:close|ban|block|cancel|terminate|suspend|report|sue|regret|lose|drop|be)(?: (?:your|you|the|it)(?: [a-z]+)?)?)?|if (?:you|u) (?:keep|continue) (?:insulting|harassing|threatening|abusing|yelling at|swearing at|spamming|tagging)|(?:one more|another) (?:tweet|message|post|comment|insult|outburst) like (?:that|this),? (?:and|&) (?:we|i)(?:'ll| will)? (?:block|ban|close|cancel|report|delete|end)(?: (?:you|your|it|this)(?: [a-z]+)?)?",
      why: 'threat',
      note: '"keep insulting our staff and we\'ll close your account".',
    },
    {
      re: "(?:you|u) (?:can|could|'ll|will|get to) (?:explain|justify) (?:that|this|it) (?:yourself to (?:the|a) (?:judge|court|police)|to (?:the|a) (?:judge|court|police) (?:yourself|on your own))|see (?:you|u|ya) in court|(?:you|u)(?:'ll| will| are going to| gonna) (?:regret|be sorry)|(?:or|and) else(?= ?[.!?]|$)|(?:don't|dont) (?:make|test) me|(?<=^|[.!?,] )try me(?= ?[.!]|$)|watch (?:yourself|your back|your step|it)(?= ?[.!?,]|$)|(?:last|final) warning|(?:we|i) know where (?:you|u) live(?= ?[.!,]|$)|(?:you|u)(?:'ll| will) be hearing from (?:my|our) (?:lawyers?|attorneys?)|(?:we'll|we will|i'll|i will|we're going to|i'm going to) (?:make (?:you|u) (?:pay|regret)|ruin (?:you|your)|come after (?:you|u)|(?:have|get) (?:you|u) (?:banned|arrested|fired|evicted)|(?:ban|sue|report|expose|blacklist) (?:you|u))",
      why: 'threat',
      note: '"you can explain that to the judge yourself", "you\'ll regret it" ("you can explain that to the judge at the hearing" is advice and stays silent).',
    },
  ],
};

/** Name-calling: insults, slurs and profanity aimed at a person. Scanned by the tone detector. */
export const EN_HOSTILE_INSULTS: Lexicon = {
  lang: 'en',
  topic: 'hostile-tone',
  macros: {
    is_who: "(?:you|u)(?:'re| are| r|re)|ur|(?:he|she)(?:'s| is)|they(?:'re| are)|(?:your|ur|this|that) (?:ex|landlord|boss|lawyer|client|customer|husband|wife|neighbou?r|guy|agent)(?:'s| is)|(?:you|u) people (?:are|r)",
  },
  entries: [
    {
      re: "(?:(?:{is_who}|you|u|ya) (?:such |a |an |a total |a complete |a real |an absolute |the biggest |just |all |a bunch of )?|(?:what|such) an? |(?:total|complete|absolute|utter|fucking|lying|stupid|this|that) )(?:idiot|moron|imbecile|cretin|halfwit|dimwit|dumbass|jackass|asshole|arsehole|bastard|bitch|dickhead|douchebag|scumbag|lowlife|loser|jerk|prick|twat|wanker|tosser|retard|clown|buffoon|lunatic|nutjob|nutcase|psycho|deadbeat|crook|fraudster|con artist|liar|hypocrite|creep|weirdo|fool|coward|parasite)(?:s|es)?(?! around| for| out)",
      why: 'insult',
      note: '"you idiot", "your ex is a liar", "what a loser", "this fraudster" (a bare "fraudsters" in a scam warning stays silent).',
    },
    {
      re: "(?:{is_who}) (?:so |being |really |just |completely |totally |clearly |such ){0,2}(?:stupid|dumb|idiotic|moronic|retarded|brainless|clueless|useless|pathetic|incompetent|delusional|ridiculous|hysterical|childish|ignorant|insufferable|a joke|a disgrace|full of (?:shit|crap|it)|(?:crazy|insane|nuts|unhinged|out of (?:your|his|her|their) mind)(?= ?[.!?,]|$))",
      why: 'insult',
      note: '"you\'re being ridiculous", "he\'s clueless", "ur so stupid".',
    },
    {
      re: "(?<!(?:my|no|not a|such thing as a|be a|probably a|if this is a|sorry for the|for my) )(?:stupid|dumb|idiotic|ridiculous|pathetic|bullshit) (?:question|complaint|claim|tweet|post|message|request|demand|excuse|argument|review|comment|rant)s?",
      why: 'contempt',
      note: '"that\'s a stupid question" ("no stupid questions", "sorry for the dumb question" stay silent).',
    },
    {
      re: "(?:nigg(?:er|a|ah|az)s?|faggots?|dykes|trann(?:y|ies)|spics|chinks|kikes?|wetbacks?|ragheads?|towelheads?|gooks?|pakis|coons|spaz|mongoloids?)",
      why: 'insult',
      note: 'Slurs: racist, homophobic, ableist.',
    },
    {
      re: "(?:fuck|fuk|fck|f\\*ck|screw) (?:you|u|ya|off|him|her|them|yourself)|(?:he|she|they|you|u|this|that|the|your|ur|his|her|their) (?:fucking|fuckin|fkn|f\\*cking) [a-z']+|shut (?:the fuck )?up|stfu|gtfo|go to hell|piss off|kiss my ass|bite me|drop dead|bull ?shit|horse ?shit|load of (?:crap|shit|rubbish)|shit ?(?:show|storm)|(?:this|that) is crap|what a joke",
      why: 'contempt',
      note: 'Profanity aimed at someone or at their claim: "fuck him", "he fucking bailed", "this is bullshit" ("fuck that" about a plan stays silent).',
    },
    {
      re: "(?:few|couple of|several) (?:sandwiches|fries|cards|bricks|screws|crayons) short of an?|not the (?:sharpest|brightest) (?:tool|knife|bulb|crayon)|(?:has|have|got) a screw loose|dumb as (?:a rock|rocks|bricks|a brick)|thick as (?:a brick|two short planks)|two brain cells",
      why: 'insult',
      note: 'Idioms that mock someone\'s intelligence or sanity.',
    },
    {
      re: "(?<!(?:won't|wont|will not|not going to|doesn't) )(?:kill|murder|strangle|stab|punch|smack|slap) (?:him|her|them|you|u|your ex)(?! with)|(?:beat|kick) (?:him|her|them|you|u) (?:up|senseless)|run (?:him|her|them|you|u) over",
      why: 'threat',
      note: 'Violence aimed at a person, even as a joke ("it won\'t kill you", "slap them with a lawsuit" stay silent).',
    },
    {
      re: "(?:🙄|😒|🤡|🖕)+",
      why: 'contempt',
      note: 'Eye-roll, clown, middle finger: contempt in one character (the upside-down face is often self-irony and stays silent).',
    },
  ],
};
