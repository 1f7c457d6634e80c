import type { Lexicon } from '../types';

/**
 * The phrase-based parts of personal data in English: one-time codes and
 * passwords given with their value, dates of birth worded as such, and health
 * details of a person. Shapes with check digits (cards, IBANs, SIN, phones,
 * e-mails, addresses, references) are code detectors: see
 * src/engine/detectors/identifiers.ts.
 *
 * Drug names are listed here only (the French lexicon shares them: every
 * entry of a rule is matched in every sentence, whatever its language).
 */
export const EN_PERSONAL_DATA: Lexicon = {
  lang: 'en',
  topic: 'personal-data',
  macros: {
    month: 'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?',
    // A birthday with a year up to 2015 reads as a date of birth; "her birthday is on 12/04/2025" is a party.
    past: '\\d{1,2}[/.-]\\d{1,2}[/.-](?:19\\d\\d|20[01]\\d)|(?:{month})\\.? \\d{1,2}(?:st|nd|rd|th)?,? (?:19\\d\\d|20[01]\\d)|\\d{1,2}(?:st|nd|rd|th)? (?:of )?(?:{month})\\.?,? (?:19\\d\\d|20[01]\\d)',
    date: '\\d{1,2}[/.-]\\d{1,2}[/.-](?:\\d{4}|\\d{2})|\\d{4}-\\d{2}-\\d{2}|(?:{month})\\.? \\d{1,2}(?:st|nd|rd|th)?,? \\d{4}|\\d{1,2}(?:st|nd|rd|th)? (?:of )?(?:{month})\\.?,? \\d{4}',
    // A value that cannot be an ordinary word: it has a digit or a symbol, or it is quoted.
    secret: "(?![*•x.]+(?:[ ,;!?)]|$))(?=[^ ]{0,40}[0-9@#$%^&*_+=])[^ ]{4,40}|'[^' ]{3,30}'|\"[^\" ]{3,30}\"",
    is: "is|was|will be|is now|has been reset to|reset to|changed to|set to|:|=",
    // Whose health: possessives, and a name followed by 's ("Dana's"), not "it's", "that's".
    poss: "your|ur|his|her|my|their|(?!(?:it|that|there|what|he|she|let|here|who|where|how|this|one|everyone|today|s)'s)[a-z]+'s",
    condition:
      "depression|anxiety (?:disorder|attacks?|meds|medication)|anxiety and depression|depression and anxiety|diagnosis|diagnoses|prognosis|illness|illnesses|disorder|disability|disabilities|medical (?:conditions?|issues?|leave)|health (?:conditions?|issues?|problems?|scare)|mental health (?:issues?|conditions?|crisis|problems?|struggles)|medications?|meds|prescriptions?|therapist|therapy|psychiatrist|psychologist|surgery|surgeries|symptoms|treatment plan|chemo(?:therapy)?|cancer|tumou?rs?|stroke|heart attack|seizures?|miscarriage|pregnancy|abortion|addiction|drinking problem|drug (?:use|habit|addiction|problem|test)|alcohol(?:ism| use| problem| abuse)|substance (?:use|abuse)|relapse|overdose|(?<!personal )injur(?:y|ies)|concussion|fracture|disease|dementia|autism|adhd|ptsd|mri|x-rays?|blood work|lab results",
    strong:
      "ptsd|bipolar disorder|schizophreni[a-z]*|major depressi[a-z]*|clinical depression|severe depression|post-?partum depression|panic attacks?|panic disorder|anxiety disorder|eating disorder|anorexia|bulimia|dementia|alzheimer'?s|parkinson'?s|multiple sclerosis|epilepsy|type (?:1|2|one|two) diabetes|hiv(?:-positive| positive)?|hepatitis [abc]|leuka?emia|lymphoma|chemotherapy|chemo|radiation therapy|dialysis|concussion|whiplash|traumatic brain injury|spinal cord injury|herniated (?:discs?|disks?)|slipped discs?|bulging discs?|torn (?:acl|meniscus|ligaments?|rotator cuff)|suicidal|suicide attempt|attempted suicide|self[- ]harm(?:ing)?|psychiatric (?:hold|ward|unit|evaluation|assessment|history|records?|admission|care)|nervous breakdown|tumou?rs?|(?:breast|lung|prostate|colon|colorectal|skin|ovarian|pancreatic|brain|bone|liver|terminal|stage (?:[1-4]|iv|i{1,3})) cancer",
  },
  entries: [
    // One-time codes and PINs given with their value.
    {
      re: "(?:one[- ]?time|login|log-in|sign[- ]?in|verification|verify|security|access|authentication|auth|2fa|mfa|sms|activation|reset|unlock|door|gate|alarm|garage|lockbox|entry|backup|recovery|temporary|temp) (?:code|pin|passcode|key)(?: (?:{is}))? ?:? ?\\d{4,8}",
      why: 'secret',
      note: 'your one-time code is 553018; login code 482913; door code: 4512',
    },
    { re: '(?:otp|pin|pin code|passcode|pin number)(?: (?:{is}))? ?:? ?\\d{4,8}', why: 'secret' },
    { re: '(?:cvv2?|cvc|security code)(?: (?:{is}))? ?:? ?\\d{3,4}', why: 'secret', note: 'the three digits on the back of a card' },
    { re: '(?:your|ur|the|my|his|her) code (?:{is}) ?:? ?\\d{4,8}', why: 'secret', note: 'not "zip code is 12345": "code" must follow a determiner' },
    { re: '(?:use|enter|type|input) (?:the |this |your )?(?:code|otp|pin|passcode)(?: (?:{is}))? ?:? ?\\d{4,8}', why: 'secret', note: 'not "use code SAVE20": the value is digits only' },
    {
      re: '\\d{4,8} (?:is|est) (?:your|ur|the|votre|ton|le) (?:[a-z-]+ ){0,2}(?:code|pin|passcode|password|otp|mot de passe)',
      why: 'secret',
      note: 'the texted form that puts the code first: 553018 is your login code',
    },
    // Passwords given with their value; "never ask for your password" has none.
    {
      re: "(?:(?:temporary|temp|new|default|initial|wifi|wi-fi|guest|admin|portal|account|email|e-mail|app|login) )?(?:password|passwd|pwd|pw|passcode|passphrase|pass phrase|network key)(?: (?:for|to|of) (?:the |your |my )?[a-z-]+)? ?(?:{is}) ?:? ?(?:{secret})",
      why: 'secret',
      note: 'the value needs a digit, a symbol or quotes: "your password is incorrect" passes',
    },
    // Dates of birth, only when worded as such.
    { re: '(?:dob|d\\.o\\.b|date of birth|birth ?date)\\.?(?: (?:is|was|on|of|:))? ?:? {gap4}(?:the )?(?:{date})', why: 'dob' },
    { re: '(?:dob|d\\.o\\.b|date of birth|year of birth)(?: (?:is|was|:))? ?:? (?:19|20)\\d{2}', why: 'dob' },
    { re: 'born (?:on )?(?:the )?(?:{date})', why: 'dob' },
    { re: 'birthday(?: is| was)?:? (?:on )?(?:the )?(?:{past})', why: 'dob', note: '"happy birthday" has no date with a year' },
    // Health details of a person.
    {
      re: '(?:{poss}) (?:[^ .!?]+ ){0,2}?(?:{condition})(?: (?:of|for|with) (?:{strong}))?',
      why: 'health',
      note: 'whose: "her anxiety and depression", "your prescriptions"; not "the depression of heart"',
    },
    { re: '(?:{strong})', why: 'health' },
    {
      re: "(?:oxycodone|oxycontin|percocet|vicodin|hydrocodone|fentanyl|morphine|methadone|suboxone|buprenorphine|naloxone|narcan|xanax|valium|ativan|klonopin|clonazepam|lorazepam|diazepam|alprazolam|prozac|zoloft|lexapro|celexa|paxil|effexor|cymbalta|wellbutrin|sertraline|fluoxetine|citalopram|escitalopram|venlafaxine|bupropion|adderall|ritalin|vyvanse|concerta|methylphenidate|seroquel|quetiapine|risperdal|risperidone|abilify|aripiprazole|zyprexa|olanzapine|haldol|lamictal|lamotrigine|depakote|gabapentin|lyrica|pregabalin|tramadol|codeine|dilaudid|ambien|zopiclone|trazodone|antiretrovirals?|levothyrox|ventoline|doliprane)",
      why: 'health',
      note: 'named prescription drugs; "lithium" is left out (batteries)',
    },
    {
      re: '(?:on|taking|takes|took|prescribed|started|stopped|off) (?:antidepressants|antipsychotics|opioids|opiates|painkillers|pain meds|pain medication|anxiety meds|anxiety medication|mood stabili[sz]ers|insulin|meds|medication|lithium|benzos)',
      why: 'health',
    },
    {
      re: "diagnosed (?:with|as having|as) (?:(?:severe|mild|major|chronic|acute|clinical|early|late|stage [1-4]|type [12]|an?) )?[a-z'-]+(?: (?:cancer|disease|disorder|syndrome|depression|injury|tumou?r|infection|failure|sclerosis|diabetes))?",
      why: 'health',
    },
    {
      re: "(?:suffers|suffered|suffering|suffer) from (?:(?:severe|chronic|major|clinical) )?(?:depression|anxiety|ptsd|migraines|chronic pain|back pain|insomnia|cancer|dementia|epilepsy|diabetes|a (?:heart|lung|liver|kidney) condition|an? (?:illness|disorder|disability|addiction)|addiction|alcoholism)",
      why: 'health',
    },
    {
      re: "(?:hospitali[sz]ed|admitted to (?:the )?(?:hospital|er|icu|psych ward|emergency)|in (?:the )?(?:icu|intensive care|psych ward)|(?:rushed|taken|brought|ended up) (?:him |her |me |them )?(?:to|in) (?:the )?(?:er|emergency room|emergency|hospital|a&e)|(?:in|to|from|out of) (?:rehab|detox)|clean (?:&|and) sober|relapsed)",
      why: 'health',
    },
    {
      re: "(?:had|suffered|has had|have had|having) an? (?:stroke|heart attack|seizure|miscarriage|breakdown|concussion|panic attack|mental breakdown|overdose|abortion)",
      why: 'health',
    },
    {
      re: "(?:i'm|im|i am|she's|shes|she is|you're|youre|you are|is|was|got) (?:\\d+ (?:weeks|months) )?pregnant",
      why: 'health',
    },
    { re: "(?:i'm|im|i am|he's|hes|he is|she's|shes|she is|you're|youre|you are|is|was) bipolar", why: 'health' },
    {
      re: "(?:has|have|had|got|caught|tested positive for|battling|fighting|living with) (?:type [12] )?(?:diabetes|cancer|hiv|epilepsy|dementia|covid(?:-19)?|pneumonia|hepatitis|tuberculosis|leuka?emia|lymphoma|parkinson's|alzheimer's|an? (?:brain )?tumou?r)",
      why: 'health',
    },
    {
      re: '(?:recovering|recovery|recovered) from (?:surgery|an operation|a stroke|a heart attack|a concussion|cancer|chemo|an overdose|a breakdown|(?:his|her|my|your|their) (?:surgery|operation|injuries|stroke))',
      why: 'health',
    },
    {
      re: '(?:back|neck|head|brain|spinal|spine|knee|shoulder|hip|wrist|ankle|leg|arm|eye|foot|hand|rib|pelvic|facial) injur(?:y|ies)',
      why: 'health',
      note: 'the earlier back injury',
    },
    {
      re: "(?:broke|broken|fractured|sprained|twisted|dislocated|injured|hurt|tore|torn) (?:(?:his|her|my|your|their|a|the|both) )?(?:left |right )?(?:ankle|wrist|knee|arm|leg|shoulder|hip|back|neck|nose|ribs?|jaw|foot|hand|finger|collarbone|pelvis|spine|elbow|acl|meniscus)",
      why: 'health',
    },
    {
      re: '(?:mri|ct scan|cat scan|pet scan)(?: (?:report|results?|scan|findings|showed|shows))?|biops(?:y|ies)|x-rays? (?:show|showed|shows|confirmed|revealed)|blood test results',
      why: 'health',
    },
  ],
};
