/**
 * French word classes shared by every French lexicon. Written against folded
 * text: lower case, no accents ("a" stands for "à" too), ASCII apostrophes.
 * Tutoiement, vouvoiement and texting forms (t', ta, tkt, pcq) are included.
 */
export const FR_MACROS: Record<string, string> = {
  vous: "vous|vs|tu|t'|te|toi",
  votre: "votre|vos|ton|ta|tes|vot",
  // Subject pronoun followed by its verb, in either form of address.
  vous_pouvez: "vous pouvez|vs pouvez|tu peux|tu peut|tu pe|t'as le droit de|tu as le droit de|vous avez le droit de|vous pourrez|tu pourras|vous pourriez|tu pourrais",
  vous_devez: "vous devez|vs devez|tu dois|tu doit|vous devriez|tu devrais|vous aurez a|tu auras a|il faut que vous|il faut que tu|faut que tu|faudrait que tu|il faudrait que vous|vous avez interet a|t'as interet a|tu as interet a|vous feriez mieux de|tu ferais mieux de",
  nous: "nous|on|je|j'",
  ne: "ne |n'",
  pas: "pas|jamais|point|plus",
  gap2: "(?:[^ .!?]+ ){0,2}",
  gap4: "(?:[^ .!?]+ ){0,4}",
  gap6: "(?:[^ .!?]+ ){0,6}",
  word: "[a-z0-9'-]+",
  num: "\\d+(?:[.,]\\d+)?",
};
