"""Small closed English word classes the phrase grammars use (what joins a name, what ends a speaker phrase,
what marks an object), written for Kutip from the function-word classes of English grammar."""

RELATIVES = frozenset({"who", "which", "that", "whose"})
LINKS = frozenset({"of", "for", "and", "on"})  # "Secretary of State John Kerry", "Director for Asia"
CONJUNCTIONS = frozenset({"and", "&"})
APPOSITION_JOINS = frozenset({",", "of", "at", "for", "/"})
AFFILIATION_LINKS = frozenset({"of", "for"})  # "Mark Zandi of Moody's Analytics", "Ann Lee for Reuters"
CORRELATIVES = frozenset({"both"})
# "a spokesman said", "some experts said": someone new, unnamed
LEADING_DROPS = frozenset("a an both my his her their our one another some many several other".split())
# a cue word right after one of these is a noun: "the state party chairman", "his claim"
DETERMINERS = frozenset("the a an his her their its our my this that these those no any every each".split())
ADVERBIAL_ENDS = frozenset("ago later earlier back".split())  # "Two summers back, ..."
DEFINITE_ARTICLES = frozenset({"the"})  # "the senator": the senator named before
CLAUSE_STARTS = frozenset("after before when while as because since then although though unless if".split())
DEMONSTRATIVES: frozenset[str] = frozenset()  # English demonstratives come first ("this official")
PLURALS = frozenset({"both"})
PREPOSITIONS = frozenset(
    "in at from for to on of with by beyond despite after before during since under over against about among "
    "between through without within across behind toward towards amid following".split()
)
LIST_WORDS = frozenset({"and", "or", "but"})
PLACE_WORDS = frozenset({"in", "to", "from", "at", "on", "for"})
FUNCTION_WORDS = frozenset(
    "about after against also although am are as because been before being but by can could did do does "
    "during for from had has have if in into is it its may might must not of on or over should since so "
    "than that the their them then there these they this those through to under until was we were what "
    "when where whether which while who whom why will with would yet".split()
)
ROLE_FILLERS = frozenset(
    "the of for and former then vice deputy acting senior chief press white house national state "
    "city council county board member retired outgoing incoming".split()
)
OBJECT_MARKERS = frozenset(
    "with and to by for from against about than like including between among of or told asked met "
    "called thanked".split()
)
VERB_PREFIXES: tuple[str, ...] = ()
VERB_LIKE_STARTS: tuple[str, ...] = ()
VERB_SUFFIXES = ("ed", "ing")  # a lower-case word so ending is most likely a verb ("visited", "saying")
NOUN_CIRCUMFIXES: tuple[tuple[str, str], ...] = ()
PARTICLE_SUFFIXES: tuple[str, ...] = ()
GOVERNMENT_WORDS = frozenset({"government"})
AGENT_MARKERS = frozenset({"by"})
# A US party-and-state tag after a name: "Mitch McConnell, R-Ky.," / "Rep. Gwen Moore (D-Wis.)".
AFFILIATION = r"\(?[RDI]-[A-Z][A-Za-z.]*\.?\)?"
PASSIVE_AUXILIARIES = frozenset({"was", "were", "is", "are", "be", "been", "being"})
# With weekdays, months and "last" / "this", the words of a time phrase after a cue ("said last week ...").
TIME_WORDS = frozenset("last week weekend month year night morning afternoon evening day early late".split())
VIA_WORDS = frozenset({"through", "via"})
ADVERB_SUFFIX = "ly"  # "soundly", "repeatedly": an adverb of manner
# nouns and adjectives with that ending, never an adverb between a subject and its verb ("the family said")
ADVERB_NOUNS = frozenset(
    "family assembly supply rally daily weekly monthly quarterly yearly anomaly monopoly reply ally bully "
    "butterfly melancholy friendly elderly lonely lovely costly deadly holy".split()
)
INFINITIVE_MARKERS = frozenset({"to"})  # "led NGOs to call for ...": the NGOs call for it
POSSESSIVES = ("'s", "’s")  # "Mr. Ban's record": a cue word after a possessive is a noun
PARTICIPLE_SUFFIX = "ing"  # "a policy urging employees to ...": no cue; "..., urging" and "is urging" are
# "drew scrutiny from health groups, with some calling for a halt": "some" of the groups named before
# and the shares a count of people is given in: "Nearly half said", "a majority of voters say"
# (with the fractions a poll gives: "A third said", "Nearly two-thirds of Republicans say")
PARTITIVES = frozenset(
    "some many several others most half majority majorities plurality third thirds one-third two-thirds"
    " quarter quarters one-quarter three-quarters fourths one-fourth three-fourths fifth fifths".split()
)
PARTITIVE_LINKS = frozenset({"with"})
# ", said Jo Hale, whom the governor appointed ...", ", said X, who runs ...": a description of the speaker
DESCRIPTION_RELATIVES = frozenset({"who", "whom", "whose", "which"})
# "warned", "announced": a cue in its past form is a verb, never a noun ("the DOJ demand that ...")
PAST_SUFFIXES = ("ed",)
# Words that open a second clause after a closing attribution and its tail: "A, X said Friday, as they ..."
TAIL_PREPOSITIONS = frozenset(
    "in at on during".split()
)  # "he said in a radio interview with a local station"
TRAILER_JOINS = frozenset("and but as while because though although after before when whereas yet so".split())
# "explained why the plant closed", "noted how happy she was": a question word opens a reported clause
INTERROGATIVES = frozenset("how why what whether when where who which".split())
# Adverbs between a subject and its verb that are no part of the subject: "Cruz has long said ..."
PREVERBAL_ADVERBS = frozenset("long ever never just only even first always rightly wrongly".split())
# Irregular past forms, verbs without a verb suffix: "said the aid came too late" reports a clause.
IRREGULAR_VERBS = frozenset(
    """came went made took gave won lost got began ran saw knew felt kept held brought bought fell grew rose
    left led meant paid sent spent stood struck taught understood wrote broke chose drove forgot hid hit hurt
    let put quit set shut sold spoke stole swore threw wore became built caught dealt drew fought fled found
    forgave froze heard lay lent met sought shot slid sank sat slept split spread sprang stuck stung swept
    swung tore woke wound""".split()
)
# ", though she acknowledged ...", ", while Cruz said ...": a second report with a subject of its own
CONTRASTS = frozenset("though although while whereas".split())
EXPLETIVES = frozenset({"there"})  # "said there were no plans", "the claim that there were": a clause opens
# "until X fled", "because it failed": a subordinate clause, never part of a noun object before it
SUBORDINATORS = frozenset("until because although though unless if when while whereas".split())
LOCATIVES = frozenset({"in", "from"})  # "Rev. Alan Pike of Grace Chapel in Dover said"
TIME_LINKS = frozenset({"this", "last", "next", "past"})  # "Obama last week said": a time, not the subject
# "he appeared to suggest that A", "Pence went on to say A": the verb's subject reports A
RAISING_VERBS = frozenset(
    "appeared appears seemed seems went goes go continued continues began begins".split()
)
RAISING_PARTICLES = frozenset({"on"})
PRONOUN_TRAILERS = False  # "..., said he would veto it": a clause after "said", not "said he"
# "Six papers, including the Ledger, said": a comma part opened by it names examples, not the subject
EXAMPLE_MARKERS = frozenset({"including"})
# "Even China, which rarely comments, said": a focus adverb before a name is no part of the subject
FOCUS_ADVERBS = frozenset({"even"})
# "did not say whether A", "would not say if A", "isn't saying what A": the question a negated cue leaves open
QUESTION_OPENERS = frozenset("whether if who what when where why how which".split())
# "officials", "lawmakers": a plural head, a subject with no article ("federal officials said"); not
# "witness", "analysis", "census" (singular, which take one)
PLURAL_SUFFIXES = ("s",)
SINGULAR_ENDINGS = ("ss", "is", "us")
# "A, X said Friday, as they left the hall": a clause of time after a closing attribution tells when the
# speaker spoke, whatever its subject; A, before the attribution, is what was said ("because", "while" may
# carry on what was said: "A, she said, because B")
EVENT_SUBORDINATORS = frozenset("as after before when".split())
# "Following initial reports of the blast, X said", "After a hastily called session, ...": no subject opens
# with a preposition; not "of" (a count cut off before it: "55 percent of voters said"), nor "about", "over",
# "under", "between", which open counts ("About half said", "Over 60 percent say")
PHRASE_PREPOSITIONS = PREPOSITIONS - frozenset("of about over under between".split())
