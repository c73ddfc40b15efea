"""English stance words for the claim map: what makes a statement deny or doubt what it reports.

From the forms wire copy prints when a report is denied ("denied the reports", "rubbish", "no evidence",
"baseless") or left open ("if true", "whether", "too early to say", "the decision rests with"); negation after
standard usage, with the negations that affirm ("no problem", "not without", "if I'm not mistaken").
"""

from kutip.lang.stance import StanceWords

# words that open a subordinate clause: a negator after one describes what the statement names ("kitchens
# which did not follow the SOP"), not what the statement asserts
SUBORDINATORS = frozenset("which who whom whose because".split())
# those that open a reason, read to the next comma: no stance word there asserts ("were sick because the
# kitchens did not follow the procedures": the reason is not the statement's side)
REASONS = frozenset("because".split())
# words after which an open statement may go on to take a side ("we cannot confirm it yet, but ...")
CONTRASTS = frozenset("but however although though".split())
# words that date something by a stop rather than ask for one ("after the closure of the kitchens")
EVENT_MARKERS = frozenset("after since following during".split())
# words after a negator that make it additive ("not only", "not just"): no negation
NOT_ONLY = frozenset("only just merely simply".split())

STANCE = StanceWords(
    negators=frozenset("not no never n't nobody nothing none neither nor cannot".split()),
    disputes=(
        "hoax", "rubbish", "nonsense", "fake", "false", "untrue", "baseless", "unfounded", "groundless",
        "fabricated", "fabrication", "lie", "lies", "misleading", "disinformation", "propaganda",
        "no evidence", "denied", "denies", "deny", "denial", "rejected", "rejects", "reject", "dismissed",
        "dismisses", "refuted", "refutes", "does not reflect", "exaggerated", "as if", "absurd", "ridiculous",
        "makes no sense", "does not make sense", "doesn't make sense",
    ),
    stops=(
        "halt", "halted", "halting", "stop", "stopped", "stopping", "suspend", "suspended", "suspension",
        "suspending", "shut down", "shut", "closed", "close", "closure", "cancel", "cancelled", "scrap",
        "scrapped", "end the", "moratorium", "freeze", "revoke", "revoked", "ban", "banned",
    ),
    undecided=(
        "if true", "if it is true", "if indeed", "if confirmed", "whether", "not yet known", "unclear",
        "too early", "don't know", "do not know", "not sure", "under investigation", "being investigated",
        "remains to be seen", "could not confirm", "cannot confirm", "not confirmed", "unconfirmed",
        "no decision", "not yet decided", "not our decision", "not for us to decide", "decision … rests with",
        "decision … lies with", "decision is up to", "options include", "options being considered",
        "options under consideration", "among the options", "several options",
    ),
    anaphors=frozenset(
        "this that it these those the report reports claim claims allegation allegations".split()
    ),
    affirms=(
        "no problem", "no problems", "not a problem", "nothing wrong", "not without", "if i'm not mistaken",
        "if i am not mistaken", "cannot deny", "can't deny", "cannot be denied", "no doubt",
    ),
    continues=(
        "continue the", "continue with", "continuing the", "continuing with", "keep … running",
        "keeping … running", "keep … going", "keeping … going", "press ahead", "go ahead with", "remain open",
        "stay open",
    ),
    stopwords=frozenset(
        """the a an of to and in is that for was were be been it by on as are has have had with this from not
        at its their will would could should can may might he she they we i you his her our them there which
        who what when said says say also but or if than then into about after before over more most some such
        only other no so up out very just all any each many much one two three new year years day days week
        told according""".split()
    ),
)  # fmt: skip
