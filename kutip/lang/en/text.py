"""English abbreviations, sentence-initial function words and capitalised terms that are not names."""

ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof sen rep gov gen lt col maj capt sgt adm rev st jr sr inc corp co ltd bros vs no "
    "jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k u.n d.c a.m p.m e.g i.e etc mt ft".split()
)

STOP_WORDS = frozenset(
    "the a an in on at but and or if when while as he she it they we i you this that these those there "
    "after before for from with by of to his her their its our my your what who whom why how where which "
    "some many most more all both each every no not one so yet still also however meanwhile according "
    "despite although though because since until during over under among between into about against up "
    "down out off just only even then now here today yesterday tomorrow last next such other another any "
    "few several much while whether do does did is are was were has have had will would can could should "
    "may might must let like unlike instead perhaps indeed thus therefore hence besides overall asked "
    "said says worse better too ah oh yes well again finally first second third sure okay still than "
    "approximately fewer less "
    "ironically notably specifically similarly likewise apparently clearly obviously sadly around nearly "
    "almost roughly rather citing having being maybe hopefully unfortunately fortunately luckily later "
    "earlier recently eventually ultimately certainly surely honestly frankly basically essentially "
    "actually currently previously initially additionally furthermore moreover nevertheless nonetheless "
    "otherwise afterward afterwards soon already often sometimes never always look listen please see "
    "click follow visit subscribe outside inside across along behind beyond near toward towards upon "
    "within without amid".split()
)

# "No. 2", "no. 5": the numero sign stands before a number; "said no." is the word "no" ending a sentence
NUMERAL_ABBREVIATIONS = frozenset({"no"})

# Peoples, faiths and parties named by a capitalised word ("Americans", "Muslims", "Republicans"): a group,
# never anyone's name. Words that are also surnames ("French", "English", "Welsh") and given names
# ("Christian") are left out.
DEMONYMS = (
    "american americans mexican mexicans russian russians chinese african-american african-americans "
    "hispanic hispanics latino latinos latina latinas muslim muslims jew jews jewish arab arabs european "
    "europeans asian asians canadian canadians cubans iranian iranians iraqi iraqis syrian syrians "
    "israeli israelis palestinian palestinians ukrainian ukrainians korean koreans japanese indian indians "
    "british germans italian italians spanish afghan afghans pakistani pakistanis turkish "
    "egyptian egyptians brazilian brazilians venezuelan venezuelans colombian colombians nigerian "
    "nigerians australian australians democrat democrats democratic republican republicans catholic "
    "catholics evangelical evangelicals"
).split()

TERMS = frozenset(
    "covid coronavirus christmas easter thanksgiving internet obamacare brexit medicare medicaid "
    "aids hiv edt est cdt cst mdt mst pdt pst gmt utc".split()  # (time zones: "9 p.m. EDT")
    + DEMONYMS
)
