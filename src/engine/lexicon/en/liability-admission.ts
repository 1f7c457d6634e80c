import type { Lexicon } from '../types';

/**
 * English admissions of fault, negligence or responsibility, for the
 * organisation ("our fault", "that's on us", "we're responsible for the
 * damage") or on the client's behalf ("you were negligent"). Apologies and
 * empathy carry no owning word and stay silent; negations right before the
 * owning word are excluded by look-behinds.
 */
export const EN_LIABILITY_ADMISSION: Lexicon = {
  lang: 'en',
  topic: 'liability-admission',
  macros: {
    // Degree words between the copula and the admission.
    deg: "(?:(?:entirely|totally|completely|all|fully|100%|really|definitely|clearly|obviously|absolutely|solely|partly|mostly|squarely|honestly) ){0,2}",
    // Someone who works for the organisation.
    staff:
      "tech(?:nician)?s?|engineers?|installers?|drivers?|couriers?|delivery (?:driver|guy|person|team)|(?:gate )?agents?|staff|employees?|reps?|team|crew|movers?|contractors?|plumber|electrician|mechanic|cleaners?|office|clerk|paralegal|assistant|associate|colleague|(?:baggage )?handlers?|builders?|workers?|people|store|warehouse",
    // Negations and hedges that turn an admission into a question or a denial.
    // Words before a blame sentence that make it someone else's claim or a hypothesis.
    said: "(?:if|whether|unless|that|argue|claim|say|said|saying|allege|think|believe|suggest|prove|show|argues|claims|says|alleges|thinks|will|might|may|could|would)",
    hedge: "not|n't|isnt|wasnt|aint|no|if|if it's|if its|if it is|if it was|whether it's|whether it was|think it's|think it was|was it|is it|is this|was this|is that|was that|might be|may be|could be|maybe|perhaps|might have been|may have been|could have been|whose",
  },
  entries: [
    {
      re: "(?:our|my)(?<!(?:{hedge}) (?:(?:really|entirely|totally|all|completely) )?(?:our|my)) (?:(?:own )?fault|bad|mistake|error|screw.?up|blunder|oversight|negligence|carelessness|mess-up|mix.?up|slip-up|f-up|fuck.?up)(?<!my (?:bad|mistake|error|screw.?up|blunder|oversight|negligence|carelessness|mess-up|mix.?up|slip-up|f-up|fuck.?up))|(?:that's|thats|that is|that was|it's|its|it is|it was|this is|this was|was|is|the mistake was|the error was|all|totally|entirely|completely|100%) {deg}my (?:bad|mistake|error|screw-up|screwup|blunder|oversight|negligence)|(?:mistake|error|fault|screw-?up|oversight|negligence|failure|mix-?up|slip-up)(?<!(?:any|no|possible|potential|an|there was an?|there's an?) [a-z-]+) (?:was |is )?(?:on|from) (?:our|my) (?:part|side|end)|(?:fault|mistake|error|blame|responsibility) (?:{gap4})(?:is|was|lies|lay|rests) {deg}(?:ours|mine|with us|with me|on us|on me|on our side|on our end|on our part)|(?:that's|thats|that is|that was|this is|this was|it's|its|it is|it was|that one's|that one is|that one was) {deg}on (?:us|me)(?! to (?:decide|choose|confirm|check|let you know|get back))|mea culpa|(?:we|i) (?:hold|put) (?:our|my) hands? up|(?:we|i) (?:fully |completely )?own (?:this one|that one|(?:this|that|the|our|my) (?:mistake|error|failure))",
      why: 'fault',
      note: "our fault / our bad / that's my error / an error on our part / that's on us / mea culpa; 'not our fault', 'if it was our fault' and 'any error on our side' stay silent, and a bare 'my mistake, Tuesday not Wednesday' (typo remark) too",
    },
    {
      re: "(?:we're|were|we are|we were|we'd be|i'm|im|i am|i was)(?<!(?:if|whether|unless|not say|don't say|dont say) [a-z']+(?: [a-z]+)?) {deg}(?:(?:responsible|liable)(?=[.,;:!)]| and | here| for (?:it|this|that|all|(?:the |your |any |all |those |these )?(?:missing|lost|broken|damaged|stolen|ruined|spoiled|destroyed)|the (?:damages?|loss|losses|delay|mess|accident|injury|injuries|incident|leak|flood|flooding|breakage|harm|fall|error|mistake|costs?|missed)|your (?:loss|losses|damages?|injury|injuries|costs|missed)|what happened)|$)|to blame|at fault|in the wrong|liable for)|(?:we|i|the firm|the company|the airline|our company|our firm|the hotel|the store|the agency) (?:fully |hereby |freely |openly )?(?:take|accept|assume|bear|own|acknowledge|admit)s? (?:full |complete |total |all |entire |sole |the |our |my )?(?:responsibility|liability|blame|fault)|(?:we|i) (?:admit|concede) (?:fault|liability|negligence|that we|that i|we|i)|(?:is|are|was|were) {deg}our (?:responsibility|liability)(?! to )|(?:we|i) (?:clearly |obviously |accidentally )?(?:caused|created) (?:the|this|that|your) (?:leak|damage|flood|flooding|accident|delay|problem|outage|fire|crash|mess|injury|loss|breakage)",
      why: 'responsible',
      note: "we're responsible for the damage / we're to blame / we accept full responsibility / the damage is our responsibility / we caused the leak; a duty ('we're responsible for protecting your data', 'it is our responsibility to keep you informed') stays silent, and 'we accept no liability' has no matching word after the verb",
    },
    {
      re: "(?:we|i) (?:fully |freely |openly )?(?:accept|acknowledge|admit|recogni[sz]e|concede|agree|confirm) (?:that )?(?:our|my|we|i) (?:{gap4})(?:failure|failed|error|mistake|fault|negligen[a-z]*|oversight|caused|messed up|screwed up|(?:should (?:not )?|shouldn't )have {word}|were wrong|was wrong|got it wrong|made (?:a|an|the) (?:mistake|error))|caused by (?:our|my) (?:own )?(?:{word} )?(?:errors?|mistakes?|fault|negligence|failure|carelessness|oversight|{staff})|(?:due to|owing to|because of|result of|down to) (?:our|my) (?:own )?(?:{word} )?(?:errors?|mistakes?|fault|negligence|failure|carelessness|oversight)",
      why: 'negligence',
      note: 'we accept that our maintenance failure caused the cancellation / the leak was caused by our technician',
    },
    {
      re: "(?:we|i|we've|weve|we have|i've|ive|i have|(?:our|my) (?:{staff})) (?:clearly |totally |really |completely |obviously |accidentally |definitely |just |also )?(?:messed up|screwed up|fucked up|f'd up|dropped the ball|got (?:it|this|that) wrong|blew it|goofed|made (?:a|an|the|some|a big|a huge|a serious) (?:mistake|error|blunder|mess)(?! (?:in|on) (?:my|the|our) (?:last )?(?:message|text|email|reply|tweet|post))|made a mess of|(?:was|were|is|are) (?:clearly |really |very |a bit |fully |entirely )?(?:negligent|careless|sloppy|reckless|at fault|to blame|(?:responsible|liable) for (?:the|this|that|your) (?:damages?|leak|loss|accident|breakage|mess|flood|delay))|failed you|(?:damaged|broke|scratched|dented|cracked|smashed|flooded|hit|crashed into|backed into|ran into|dropped)(?: (?:your|the|ur) {word})?|lost (?:your|ur|the (?:parcel|package|bag|luggage|suitcase|file|keys|documents|order|item))|misplaced|mislaid|forgot to (?:file|submit|renew|register|notify|serve|record|lodge|book|cancel|pay)|failed to (?:file|submit|renew|register|notify|serve|record|lodge|book|cancel|pay|inform|tell|warn|deliver|secure|maintain|check|show)|neglected to|never (?:showed|turned up|came|arrived|filed|sent|submitted)|did(?:n't| not) (?:show|turn up|seal|install|secure|fix|connect|tighten|check|file|submit|lock|close|tell|notify|inform)|(?:sent (?:you )?|filed |gave you |shipped (?:you )?|delivered |installed |ordered |booked (?:you )?)the wrong {word}|gave (?:your|ur) {word} away|gave away|installed (?:{gap2})(?:wrong|incorrectly|improperly|badly)|overcharged|double.charged|(?:charged|billed) you twice|missed the (?:(?:filing|appeal|court) )?(?:deadline|date|cutoff|cut-off|limitation period)|missed the filing|let the (?:deadline|limitation period|time limit) (?:pass|lapse|expire)|should (?:have|'ve) (?:caught|secured|checked|inspected|repaired|fixed|filed|maintained|warned you|tied|locked))|the (?:tech(?:nician)?|installer|gate agent|courier|delivery driver|crew|engineer|staff|baggage handlers?) (?:clearly |obviously |totally |really )?(?:messed up|screwed up|dropped the ball|was negligent|were negligent|got it wrong)",
      why: 'negligence',
      note: "we messed up / I filed the wrong form / we lost your bag / our driver hit your mailbox / our movers were careless / the gate agent messed up; a neutral 'your parcel ended up in the wrong locker' has no owner",
    },
    {
      re: "(?:(?:you|u|your client|he|she|they|your (?:son|daughter|husband|wife|employee|driver|tenant|kid|child|dog))(?<!{said} [a-z]+(?: [a-z]+)?) (?:(?:were|was|are|is|'re|'s|re) (?:clearly |definitely |obviously |probably |partly |partially |technically |indeed |also |legally |arguably )?(?:negligent|at fault|to blame|careless)|(?:caused|started) (?:the|this|that) (?:accident|collision|crash|fire|flood|leak|damage|injury|injuries|fall)))|(?:you're|you are|you were|ur|your client is|your client was|he was|she was|he's|she's)(?<!{said} [a-z']+(?: [a-z]+)?) {deg}(?:responsible|liable) for (?:the|her|his|their|this|that) (?:accident|collision|crash|damage|injuries|injury|fall|fire|flood|leak)|(?:was|is|it's|its|that's|thats|'s)(?<!{said} (?:it|this|that|the accident|the crash) ?[a-z']+) {deg}(?:your|ur|your client's|his|her|their) (?:own )?fault",
      why: 'fault',
      note: "blame accepted on the client's behalf: you were negligent / it was your fault / you caused the accident; 'if you were negligent', 'they will argue you were' and 'it's not your fault' stay silent",
    },
  ],
  unless: [
    {
      re: "(?:check|see|verify|investigate|look into|find out|confirm|determine|establish|review|figure out|work out) (?:whether|if)|(?:whether|if) (?:anything|something|it|this|that|there) (?:went|was|is|has gone)",
      note: 'investigating whether something went wrong admits nothing',
    },
  ],
};
