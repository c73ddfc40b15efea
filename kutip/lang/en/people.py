"""English words around speakers: pronouns, titles and ranks, role heads, unnamed sources, organisations.

Written for Kutip from the forms of US and UK news style (AP Stylebook title rules: a formal title before a
name is capitalised, "Defense Secretary Lloyd Austin"; after it, lower case, "Lloyd Austin, the defense
secretary").
"""

PRONOUNS: dict[str, str] = {
    "he": "male",
    "she": "female",
    "they": "plural",
    "it": "body",
    "i": "writer",  # outside quotation marks, the one who wrote the article (an op-ed, a column)
    "we": "writer",
}

TITLES = frozenset(
    "president vice prime minister secretary spokesman spokeswoman spokesperson press senator sen "
    "representative rep congressman congresswoman governor gov mayor chairman chairwoman chair director "
    "chief ceo cfo coo executive leader general gen lt col maj capt sgt adm admiral colonel major captain "
    "sergeant lieutenant commander officer ambassador judge justice attorney prosecutor commissioner "
    "professor prof dr mr mrs ms miss sir dame lord lady deputy head founder cofounder candidate nominee "
    "speaker majority minority whip adviser advisor aide strategist analyst economist manager campaign "
    "communications national security defense defence state foreign former acting interim senior assistant "
    "associate treasurer counsel sheriff chancellor king queen prince princess pope rev reverend father "
    "bishop cardinal coach pollster host anchor editor correspondent columnist author researcher scientist "
    "doctor lawyer partner president-elect house homeland secretary-general emeritus then councilman "
    "councilwoman councilmember alderman assemblyman assemblywoman member".split()
)

# Ranks and honorifics written right before a name, most with a period ("Sen. Ted Cruz", "Mr. Trump").
HONORIFICS = frozenset(
    "mr mrs ms miss dr prof sen rep gov gen lt col maj capt sgt adm rev sir dame lord lady".split()
)

ROLE_HEADS = frozenset(
    "spokesman spokeswoman spokesperson secretary minister director chief head president chairman leader "
    "adviser advisor aide official governor senator".split()
)

# Alone with "the", these point back at someone named before: "the senator said".
GENERIC_PERSONS = frozenset(
    "senator president candidate governor congressman congresswoman lawmaker nominee businessman "
    "billionaire mogul man woman secretary minister mayor spokesman spokeswoman official chairman "
    "chairwoman director chief leader ambassador judge general former".split()
)

# A pseudonym's note in parentheses after a name: "Maria (not her real name)".
PSEUDONYM_NOTES = frozenset({"not her real name", "not his real name", "not their real name", "a pseudonym"})

UNNAMED_HEADS = frozenset(
    "official officials source sources aide aides analyst analysts expert experts critic critics lawmaker "
    "lawmakers resident residents witness witnesses police authorities observers people voters supporters "
    "diplomat diplomats investigators prosecutors economists researchers scientists doctors activists "
    "protesters members staff employees officers spokesman spokeswoman spokesperson insiders advisers "
    "advisors democrats republicans conservatives liberals pollsters polls reports leaders executives "
    "campaign administration government report poll study survey statement analysis data estimates "
    "figures documents records filings polling numbers father mother wife husband son daughter brother "
    "sister friend friends neighbor neighbors colleague colleagues relative relatives family questioner "
    "narrator book article ad letter memo email reporters journalists audience crowd "
    # groups named by a plural alone: "Others say", "Opponents argue", "Millennials said"
    "others allies opponents millennials guests candidates companies firms "
    # the singular of each plural above, and the people campaigns and courts quote
    "activist adviser advisor leader member executive economist researcher scientist doctor investigator "
    "prosecutor protester employee officer insider pollster conservative liberal democrat republican "
    "observer supporter voter strategist strategists operative operatives donor donors delegate delegates "
    "consultant consultants lobbyist lobbyists lawyer lawyers attorney attorneys veteran veterans student "
    "students teacher teachers worker workers owner owners organizations organisations groups ngos "
    "watchdogs advocate advocates organizer organizers person "
    # people named by their trade or their place in a story ("Several nurses at the clinic said")
    "nurse nurses farmer farmers trader traders merchant merchants driver drivers miner miners engineer "
    "engineers parent parents patient patients victim victims survivor survivors villager villagers "
    "shopper shoppers customer customers consumer consumers retiree retirees soldier soldiers fisherman "
    "fishermen physicians physician pilots pilot passengers passenger tenants tenant landlords "
    "landlord farmworkers fans organisers "
    # "Those surveyed said", "31 percent of those polled say": the people a poll asked
    "surveyed polled questioned interviewed respondents "
    # people who write and comment for a living, and who call in: "Two Democratic speechwriters argued"
    "writer writers speechwriter speechwriters author authors columnist columnists commentator "
    "commentators pundit pundits historian historians scholar scholars academic academics professor "
    "professors listener listeners caller callers viewer viewers reader readers architect architects".split()
)

ORG_HEADS = frozenset(
    "ministry department agency office house committee commission council court party campaign company "
    "corporation corp inc bank university institute association union group foundation organization "
    "organisation network news times post journal press pentagon kremlin administration government senate "
    "congress parliament army navy police service bureau center centre board fund authority coalition "
    "alliance federation league club team network channel magazine daily tribune herald reuters forum "
    "associated cnn abc cbs nbc fox msnbc bbc "
    # schools, hospitals and firms named by their head: "Harvard Law School", "Delta Air Lines"
    "college school hospital museum library academy institution laboratory airlines airways motors "
    "holdings industries "
    # bodies named "head of X": "the Chamber of Commerce", "the Division of Gaming Enforcement"
    "chamber directorate division census centers centres".split()
)

# Lower-case words inside a body's name right after its head word: "Bank of England", "Office for Budget
# Responsibility".
BODY_LINKS = frozenset({"of", "for"})

# Bodies named by one word with no head word to mark them ("Politico reported", "according to Gallup"): news
# sites, platforms, pollsters and large firms. Without these a capitalised word alone reads as a surname.
KNOWN_BODIES = frozenset(
    "politico forbes bloomberg buzzfeed huffpost mashable axios vox slate salon breitbart drudge infowars "
    "newsmax mediaite propublica politifact snopes xinhua realclearpolitics factcheck "
    "twitter facebook instagram youtube google reddit tiktok snapchat whatsapp linkedin netflix "
    "apple microsoft amazon intel verizon walmart boeing exxonmobil chevron pfizer uber "
    "gallup yougov ipsos quinnipiac monmouth rasmussen marist nielsen statista crowdtangle".split()
)

# Things a source writes or keeps: "according to the agency's own estimate" names the agency.
DOCUMENT_NOUNS = frozenset(
    "estimate estimates analysis analyses report reports study studies survey surveys poll polls data "
    "figures records website site account accounts statement statements filing filings calculations "
    "projections model forecast forecasts book article letter memo email tweet tweets post posts "
    "release".split()
)

# Offices one person holds at a time, each word mapped to its office: "the governor" said after a quote of
# Senator Jane Morris is not her. Only offices no one holds together with another of them (a press secretary
# is also a spokesman, so neither is here).
OFFICES = {
    "senator": "senator", "sen.": "senator", "governor": "governor", "gov.": "governor", "mayor": "mayor",
    "president": "president", "judge": "judge", "justice": "judge", "ambassador": "ambassador",
    "minister": "minister", "sheriff": "sheriff", "representative": "representative",
    "rep.": "representative", "congressman": "representative", "congresswoman": "representative",
}  # fmt: skip

# Heads of a description that points back at the organisation named before: "the education watchdog said",
# "the firm said" (the body in focus, not the last person quoted).
BODY_ANAPHORS = frozenset("watchdog regulator charity nonprofit non-profit ngo firm lender insurer".split())

NAME_PARTICLES = frozenset(
    {"de", "van", "von", "da", "bin", "al", "el", "la", "le", "du", "der", "di", "del"}
)

# Words that end a speaker phrase after a cue: '..., said Kirby on Monday', 'said Kirby, who ...'
SPEAKER_STOPS = frozenset(
    "on in at during when after before while as to from because that who which whose where yesterday today "
    "tomorrow last this earlier later recently told in an interview with of about".split()
)

# Adverbs and auxiliaries between a subject and its cue: "Kirby also said", "Trump has repeatedly said".
SUBJECT_SKIPS = frozenset(
    "also later previously has have had repeatedly once then further again recently earlier publicly "
    "privately reportedly initially already last has since now still frequently often is was are were "
    "been being will would could should may might overall do does".split()
)

CLAUSE_OPENERS = (
    "However",
    "Meanwhile",
    "In addition",
    "Still",
    "Earlier",
    "Later",
    "But",
    "And",
    "Yet",
    "Also",
    "Separately",
    "On Monday",
    "On Tuesday",
    "On Wednesday",
    "On Thursday",
    "On Friday",
    "On Saturday",
    "On Sunday",
    "In a statement",
    "In an interview",
    "Instead",
    "Afterward",
    "Afterwards",
    "At the time",
    "Last week",
    # sentence adverbs and connectives: capitalised at the start, never a name ("Significantly, the judge
    # said"; "Moreover, some experts said")
    "Moreover",
    "Furthermore",
    "Nonetheless",
    "Nevertheless",
    "Regardless",
    "Notably",
    "Significantly",
    "Interestingly",
    "Importantly",
    "Increasingly",
    "Subsequently",
    "Ultimately",
    "Eventually",
    "Initially",
    "Additionally",
    "Ironically",
    "Similarly",
    "Likewise",
    "Consequently",
    "Accordingly",
    "Finally",
    "Indeed",
    "Besides",
    "Otherwise",
    "Overall",
    "Previously",
    "Recently",
    "Specifically",
    "Privately",
    "Publicly",
    "Moments later",
    "Minutes later",
    "Hours later",
    "Days later",
    "Weeks later",
    "Rather",
    "In contrast",
    "By contrast",
    "In fact",
    "Of course",
    "Nor",
)

# (with the typographic apostrophe too: "didn’t")
NEGATIONS = frozenset("not never didn't did declined refused won't wouldn't didn’t won’t wouldn’t".split())

# Written with a period before a name; the period stays in the token ("Sen.", "Mr.").
TITLE_ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof sen rep gov gen lt col maj capt sgt adm rev st jr sr lt.gov".split()
)


def _dotted(words: frozenset[str]) -> frozenset[str]:
    return words | {f"{w}." for w in words & TITLE_ABBREVIATIONS}


TITLES = _dotted(TITLES)
# A title in the plural before conjoined names is each one's title: "Senators Lisa Moreno and Tom Hale".
PLURAL_TITLES = {
    "senators": "senator", "representatives": "representative",
    "congressmen": "congressman", "congresswomen": "congresswoman", "governors": "governor",
    "mayors": "mayor", "ministers": "minister", "presidents": "president", "judges": "judge",
    "justices": "justice", "ambassadors": "ambassador", "generals": "general", "secretaries": "secretary",
    "commissioners": "commissioner", "councilmen": "councilman", "councilwomen": "councilwoman",
    "prosecutors": "prosecutor", "professors": "professor",
}  # fmt: skip
HONORIFICS = _dotted(HONORIFICS)
