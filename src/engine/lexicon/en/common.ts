/**
 * English word classes shared by every English lexicon. Written against folded
 * text: lower case, ASCII apostrophes, no accents. Texting forms and the
 * common dropped apostrophes are part of each class.
 */
export const EN_MACROS: Record<string, string> = {
  you: "you|u|ya|yu",
  your: "your|ur|yr|you're|youre",
  youre: "you're|youre|you are|u r|ur|u are|your",
  youll: "you'll|youll|you will|u will|u'll",
  youd: "you'd|youd|you would|u would",
  youve: "you've|youve|you have|u have",
  yourself: "yourself|yourselves|urself",
  // "we" and the firm speaking.
  we: "we|i|our team|our company|the company|the firm",
  well: "we'll|well|we will|i'll|ill|i will|we're going to|were going to|i'm going to|im going to|we are going to|i am going to|gonna",
  // Modals that tell someone what to do.
  should: "should|shld|shud|ought to|need to|needs to|have to|must|gotta|got to|had better|'d better|better|want to|'ll want to|will want to|wanna",
  can: "can|could|may|might|are allowed to|are entitled to|have the right to|can legally|may legally",
  cant: "can't|cant|can not|cannot|may not|are not allowed to|aren't allowed to|have no right to",
  dont: "don't|dont|do not|never|dnt",
  not: "not|n't|never",
  // A short gap of any words inside one sentence.
  gap2: "(?:[^ .!?]+ ){0,2}",
  gap4: "(?:[^ .!?]+ ){0,4}",
  gap6: "(?:[^ .!?]+ ){0,6}",
  word: "[a-z0-9'-]+",
  num: "\\d+(?:[.,]\\d+)?",
};
