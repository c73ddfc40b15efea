"""English speech cues and the speech act each signals.

Written for Kutip from the reporting verbs of English news style guides (AP, Reuters: "said" is the
neutral verb; "claimed", "admitted", "insisted" carry a judgement) and mapped to the project's eleven speech
acts. Each verb is listed in the forms news prose uses: says / said / saying; -ing forms report the subject of
the clause they hang on ("..., saying the talks had failed").
"""


def _forms(acts: dict[str, str]) -> dict[str, str]:
    """ "say:says,said,saying" entries -> every form mapped to the act."""
    out: dict[str, str] = {}
    for spec, act in acts.items():
        for form in spec.replace(":", ",").split(","):
            out[form.strip()] = act
    return out


# Cues that may follow a closing quotation mark: '"...," he said.' / '"...," said Kirby.'
TRAILER_CUES: dict[str, str] = _forms(
    {
        "say:says,said": "say",
        "tell:tells,told": "say",
        "add:adds,added": "say",
        "write:writes,wrote": "say",
        "explain:explains,explained": "say",
        "continue:continues,continued": "say",
        "note:notes,noted": "say",
        "recall:recalls,recalled": "say",
        "reply:replies,replied": "say",
        "respond:responds,responded": "say",
        "tweet:tweets,tweeted": "say",
        "post:posts,posted": "say",
        "conclude:concludes,concluded": "say",
        "remark:remarks,remarked": "say",
        "observe:observes,observed": "say",
        "quip:quips,quipped": "say",
        "joke:jokes,joked": "say",
        "answer:answers,answered": "say",
        "announce:announces,announced": "say",
        "state:states,stated": "assert",
        "declare:declares,declared": "assert",
        "proclaim:proclaims,proclaimed": "assert",
        "insist:insists,insisted": "assert",
        "stress:stresses,stressed": "assert",
        "emphasize:emphasizes,emphasized,emphasise,emphasises,emphasised": "assert",
        "assert:asserts,asserted": "assert",
        "maintain:maintains,maintained": "assert",
        "deny:denies,denied": "deny",
        "claim:claims,claimed": "claim",
        "allege:alleges,alleged": "claim",
        "contend:contends,contended": "claim",
        "accuse:accuses,accused": "accuse",
        "charge:charges,charged": "accuse",
        "admit:admits,admitted": "admit",
        "acknowledge:acknowledges,acknowledged": "admit",
        "concede:concedes,conceded": "admit",
        "confess:confesses,confessed": "admit",
        "warn:warns,warned": "warn",
        "caution:cautions,cautioned": "warn",
        "ask:asks,asked": "request",
        "urge:urges,urged": "request",
        "demand:demands,demanded": "request",
        "argue:argues,argued": "opinion",
        "suggest:suggests,suggested": "opinion",
        "believe:believes,believed": "opinion",
        "predict:predicts,predicted": "opinion",
        "estimate:estimates,estimated": "opinion",
        "promise:promises,promised": "promise",
        "vow:vows,vowed": "promise",
        "pledge:pledges,pledged": "promise",
        "complain:complains,complained": "other",
        "counter:counters,countered": "other",
        "wonder:wonders,wondered": "other",
        "exclaim:exclaims,exclaimed": "say",
        "cry:cries,cried": "say",
        "shout:shouts,shouted": "say",
        "yell:yells,yelled": "say",
        "whisper:whispers,whispered": "say",
        "testify:testifies,testified": "say",
        "boast:boasts,boasted": "claim",
        "scoff:scoffs,scoffed": "other",
        "concur:concurs,concurred": "opinion",
        "point:points,pointed": "say",  # '"...," he points out.'
        "chime:chimes,chimed": "say",
        "comment:comments,commented": "say",
        "interject:interjects,interjected": "say",
        "reiterate:reiterates,reiterated": "assert",
        "retort:retorts,retorted": "other",
        "boom:booms,boomed": "say",  # '"...," he boomed.'
        "read:reads": "say",  # '"...," the sign reads.'
    }
)

# Cues only after a closing mark: "He posted a photo", "She pointed to the data" report nothing.
TRAILER_ONLY = frozenset(
    """post posts posted wonder joke point points pointed chime chimes chimed boom booms boomed
    read reads""".split()
)

# Verbs that introduce reported speech ("X said (that) ...", "X denied ..."), with their -ing forms.
REPORTING_VERBS: dict[str, str] = {
    **{k: v for k, v in TRAILER_CUES.items() if k not in TRAILER_ONLY},
    **_forms(
        {
            "saying": "say",
            "telling": "say",
            "adding": "say",
            "explaining": "say",
            "noting": "say",
            "writing": "say",
            "report:reports,reported,reporting": "say",
            "indicate:indicates,indicated,indicating": "say",
            "confirm:confirms,confirmed,confirming": "say",
            "reveal:reveals,revealed,revealing": "say",
            "describe:describes,described": "say",
            "mention:mentions,mentioned": "say",
            "stating,declaring,insisting,stressing,emphasizing,asserting,maintaining": "assert",
            "denying,disputing,dispute,disputes,disputed,reject,rejects,rejected,rejecting": "deny",
            "claiming,alleging,contending": "claim",
            "accusing,charging,blame,blames,blamed,blaming,criticize,criticizes,criticized": "accuse",
            "admitting,acknowledging,conceding": "admit",
            "warning,cautioning": "warn",
            "urging,demanding,request,requests,requested,requesting,call,calls,called,calling": "request",
            "arguing,suggesting,predicting,estimating,believing,think,thinks,thought": "opinion",
            "promising,vowing,pledging": "promise",
            "describing,announcing,mentioning,tweeting": "say",
            "remind:reminds,reminded,reminding": "say",
            "denounce:denounces,denounced,denouncing,decry,decries,decried,decrying,criticizing": "accuse",
            # wire copy: figures and findings ("the agency recorded 5,080 cases", "government data showed")
            "record:records,recorded,recording": "say",
            "show:shows,showed,showing": "say",
        }
    ),
}

# "said" is so common that the other cues only stand in for it; objects like "the reports" follow these:
OBJECT_ONLY_ACTS = frozenset({"deny", "claim", "accuse", "admit"})
OBJECT_VERBS = frozenset(
    """confirmed confirms confirm described describes describing announce announces announced announcing
    mention mentions mentioned mentioning predict predicts predicted predicting tweeted
    note notes noted noting explain explains explained explaining""".split()
)
# "show" reports only what data shows ("government data showed ..."), not a poll's or a slide's content.
SOURCED_VERBS = frozenset("show shows showed showing".split())
# A bare object with a figure is a statement of that figure: "the ministry recorded 5,200 victims".
FIGURE_VERBS: dict[str, str] = dict.fromkeys("record records recorded recording".split(), "say")
FIGURE_REACH = 3  # "recorded some 8,649 cases", "recorded over 5,200 victims"
# "called for the suspension of the programme", "pushed for": the phrase after the particle was said.
OBJECT_PARTICLES = frozenset({"for"})
# Adverbs between a cue and what was said: "rejected outright the claim", "said again that ...".
CUE_ADVERBS = frozenset("strongly firmly flatly outright again also repeatedly publicly".split())
# "told" names its hearer: "A, X told a parliamentary committee." reports A.
ADDRESSEE_CUES = frozenset({"told", "tells", "tell"})
# "told his aides to drop the ad", "telling Senator Reyes to step aside": the hearer, then an infinitive, is a
# request.
HEARER_REQUEST_CUES = frozenset({"told", "tells", "tell", "telling"})
# "told me he would run", "told reporters they had no plans": the hearer of "told" before the clause, besides
# a name ("told The Washington Post he was ...")
HEARER_WORDS = frozenset(
    "me him her us them you reporters journalists lawmakers legislators supporters investors".split()
)
# "She pointed out that ...", "He points to the jobs report": a cue only with its particle ("pointed at the
# crowd" reports nothing); what follows the particle was said.
PARTICLE_CUES: dict[str, str] = dict.fromkeys("point points pointed pointing".split(), "say")
CUE_PARTICLES = frozenset({"out", "to"})
# Verbs that report what follows their object and a colon: "X identified four factors: A, B and C".
COLON_CUES: dict[str, str] = _forms(
    {
        "identify:identifies,identified": "say",
        "list:lists,listed": "say",
        "outline:outlines,outlined": "say",
        "detail:details,detailed": "say",
        "provide:provides,provided": "say",
        "cite:cites,cited": "say",
    }
)
# "CISDI proposed the suspension of the programme", "X proposed that ...": a named source's proposal is a
# statement; "the proposed budget", "a plan proposed last year" and "proposed changes" are not (PolNeAR does
# not count every "proposed"), so only with "that" or a measure as the object (a policy noun, "-ion").
PROPOSAL_CUES: dict[str, str] = dict.fromkeys("propose proposes proposed proposing".split(), "request")
POLICY_NOUNS = frozenset(
    "ban halt moratorium freeze cut cuts tax levy cap caps review audit ceasefire truce boycott".split()
)
POLICY_SUFFIXES = ("ion", "ions", "ment", "ments", "al")
# "called for a ban", "called on Congress to act": a request; "called the plan a disgrace": an opinion of it.
PARTICLE_REQUESTS = frozenset("call calls called calling".split())
REQUEST_PARTICLES = frozenset({"for", "on", "upon"})
# "The group refers to the outbreak as an emergency": what the subject calls something is what it says. Only
# with the particle and "as": "refers to the report" and "referred the case to police" say nothing.
NAMING_CUES: dict[str, str] = dict.fromkeys("refer refers referred referring".split(), "say")
NAMING_PARTICLES = frozenset({"to"})
NAMING_LINKS = frozenset({"as"})
# "the education watchdog's records", "data from the ministry": whose data it is, is the source.
# A source noun opening a sentence, its owner after this word, then a comma: "Figures from the ministry, 40
# schools have closed."
SOURCE_LINKS = frozenset({"from"})
SOURCE_NOUNS = frozenset("data records figures statistics".split())
# "he denied it": a denial with an object that points back is still a denial.
ANAPHORIC_ACTS = frozenset({"deny"})

# "Trump's claim that A", "the police's earlier claim that A", "his warning that A", "a New York Times report
# that A": a noun of speech with its owner before it and "that" after it reports A, said by the owner. Only
# nouns that name what was said ("the notion that A", "the idea that A" name a thought nobody need have said);
# not "assertion", "accusation", "statement": in news these mostly name a remark the writer argues about
# ("questions about Clinton's assertion that A"), and annotators of reported speech mostly leave them out.
CLAIM_NOUNS: dict[str, str] = {
    **dict.fromkeys("claim claims".split(), "claim"),
    "insistence": "assert",
    **dict.fromkeys("warning warnings".split(), "warn"),
    **dict.fromkeys("promise promises pledge pledges".split(), "promise"),
    **dict.fromkeys("comment message report".split(), "say"),
}
# "his claim that A": a possessive pronoun owns the claim; the subject of its clause is the speaker.
OWNER_PRONOUNS = frozenset("his her their its".split())
# "X issued a statement saying A", "X unleashed a series of tweets saying A": what the message says is what
# the clause's subject said (a participle right after the noun, with no comma, reports the message).
MESSAGE_NOUNS = frozenset(
    "statement statements tweet tweets letter release memo email e-mail message messages post posts".split()
)

ACCORDING_TO: dict[str, str] = {"according": "say"}
ACCORDING_LINKS = frozenset({"to"})  # "according to X"

COMPLEMENTIZERS = frozenset({"that"})
# "said" reports a clause whatever its verb ("Smith said prices rose"): what follows it is a statement unless
# it is a place or a time ("said in a statement"), a name ("said Smith") or a word pointing back ("said so").
STATEMENT_CUES = frozenset("say says said saying".split())
# "In most counties, the governor said, clinics ...": a cue between two commas splits one statement; the
# verbs that report a whole clause ("The allure of simplicity, Mr. Furman argued, is a chimera"), not an
# object ("accused", "asked").
INTERRUPTING_CUES = STATEMENT_CUES | frozenset(
    """add adds added argue argues argued note notes noted write writes wrote explain explains explained
    insist insists insisted conclude concludes concluded acknowledge acknowledges acknowledged suggest
    suggests suggested warn warns warned claim claims claimed contend contends contended think thinks
    believe believes predict predicts predicted estimate estimates estimated concede concedes conceded
    maintain maintains maintained stress stresses stressed state states stated report reports reported
    indicate indicates indicated tell tells told observe observes observed declare declares
    declared""".split()
)
# "As the paper noted, A." / "But as Clyburn said, A.": a source and its cue, a comma, then what it said.
AS_LINKS = frozenset({"as"})
# Cue forms that are mostly nouns in news ("his home state", "in several states", "a phone call"): a cue only
# with "that" right after ("The law states that ...").
COMPLEMENT_CUES = frozenset("state states call calls".split())
# "Reid caucused in Nevada and says A": the subject of the clause before "and" said A.
SUBJECT_JOINS = frozenset({"and", "but"})
# "Six in 10 voters say A", "Aides said A": with these cues an unnamed noun phrase opening the clause is the
# speaker when no named subject stands.
PLAIN_SUBJECT_CUES = frozenset("say says said".split())
# "A, said Lee Ross, who teaches law.": a relative after the speaker and a comma describes the speaker.
PERSON_RELATIVES = frozenset({"who", "whose"})

# "He said this on Monday" points back at a statement, it reports no new one.
ANAPHORIC_OBJECTS = ("this", "that", "so", "it", "as much", "the same")

# Words that make what follows a cue a clause, not a bare object: auxiliaries and copulas.
CLAUSE_MARKERS = frozenset(
    "is are was were be been being am has have had will would shall should can could may might must do does "
    "did not no never isn't aren't wasn't weren't won't wouldn't can't couldn't don't doesn't didn't hasn't "
    "haven't hadn't shouldn't there".split()
)

# Verbs that report speech only with a clause ("maintained that the server was secure", "stressed he would
# stay"); with a bare noun object they report an act, not a statement: "maintains a wide lead", "continued
# his attacks", "recalled an incident", "revealed a stark contrast", "complained about the tone", "charged a
# fee", "insisted on a recount".
CLAUSE_CUES = frozenset(
    """maintain maintains maintained maintaining continue continues continued continuing stress stresses
    stressed stressing emphasize emphasizes emphasized emphasizing emphasise emphasises emphasised insist
    insists insisted insisting recall recalls recalled recalling reveal reveals revealed revealing complain
    complains complained complaining charge charges charged charging""".split()
)

# ... unless a particle makes the object what was said: "insisted on a recount" (a demand), "complained of
# headaches" (what they told).
CLAUSE_CUE_PARTICLES: dict[str, str] = {
    **dict.fromkeys("insist insists insisted insisting".split(), "on"),
    **dict.fromkeys("complain complains complained complaining".split(), "of"),
}

# "Trump, when asked about his taxes, ...", "McCain said, asked about the delay": a past participle with no
# subject after these words or a comma is a passive (the subject was asked), no report of its own.
PASSIVE_OPENERS = frozenset("when whenever if once unless until while".split())
TOPIC_PARTICLES = frozenset({"about"})
# "a new group called Citizens for Reform", "an event called Pies and Politics": a name given, not a call.
NAMING_PARTICIPLES = frozenset({"called"})
NAMING_ARTICLES = frozenset({"a", "an"})

TRAILER_LEAD_INS: frozenset[str] = frozenset()
