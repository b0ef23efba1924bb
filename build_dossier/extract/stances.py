"""Stances: who says what about the policy in a sentence, from stance cues on the parse and from attribution."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from ..dates import MONTH_RE
from ..knowledge import Knowledge, knowledge
from ..model import (
    Membership,
    PositionClaim,
)
from .actors import bare_clause, people_noun, singular
from .state import (
    DOUBLE_QUOTES,
    PEOPLE_SUFFIX_RE,
    QUOTE_CHARS,
    State,
    counts,
    cue_table,
    last_mention,
    quoted_tokens,
)

# Which side a negated cue counts for: "will not accept" opposes, but "did not oppose" only stops
# short of opposing, so it is neutral; a negated hedge says nothing.
NEGATED = {"support": "oppose", "oppose": "neutral", "neutral": "neutral"}
DEGREE = {"fully", "entirely", "completely", "wholly", "wholeheartedly", "totally", "unreservedly"}
CONTRAST = {"but", "while", "although", "though", "whereas", "however", "yet"}
OBJECTS = {"dobj", "pobj", "ccomp", "xcomp", "attr", "oprd", "acomp", "prep", "advcl", "pcomp"}
COURT_RE = re.compile(r"^org:.*\b(?:court|tribunal)\b")
GOVERNING_OWNERS = {"treasury", "city", "council", "state", "province", "commission"}
SETTLING = {"remove", "allay", "resolve", "eliminate", "dispel", "ease"}  # … its concerns
FRAMES = {"under", "according", "despite", "amid"}  # "under the deal": what frames an act
ADJUNCTS = {"despite", "amid", "after", "before", "during", "since", "because", "due", "following", "in"}  # fmt: skip
MEMBER_NOUNS = {
    "member",
    "members",
    "mps",
    "msps",
    "mpps",
    "mlas",
    "tds",
    "lawmakers",
    "senators",
    "councillors",
    "councilors",
    "deputies",
}
TURNING_PARTICLES = {"down", "away", "back", "out"}
BARE_SIDES = {
    "opposed": "oppose",
    "supportive": "support",
    "undecided": "neutral",
    "ambivalent": "mixed",
}
# Who a holder has become, with no object named: "has become an ally", "remains a critic".
SIDE_NOUNS = {"ally": "support", "supporter": "support", "backer": "support",
              "champion": "support", "proponent": "support", "advocate": "support",
              "opponent": "oppose", "critic": "oppose", "foe": "oppose"}  # fmt: skip
# Words that leave "remained opposed" bare: "still opposed", "more ambivalent".
BARE_DEGREES = {
    "still",
    "more",
    "firmly",
    "deeply",
    "bitterly",
    "strongly",
    "now",
    "also",
    "largely",
}
# "has not taken a position", "has yet to take a stance": no position, when it is on nothing else.
POSITION_NOUNS = {"position", "stance", "view", "side", "sides"}
# A holder's own stance softened, dropped or kept: "softened its line", "dropped its objections".
SHIFT_NOUNS = POSITION_NOUNS | {"stand", "opposition", "support", "tone", "line"}
SOFTENING = {"soften", "moderate", "temper"}
OBJECTIONS = {"opposition", "objection", "objections", "challenge", "lawsuit", "resistance", "veto"}
# What "yes" and "no" qualify when they name a side: "a no vote", "the yes side".
YES_NO_NOUNS = {"vote", "side", "camp", "campaign", "ballot", "answer"}
# Words of a cue that say a vote decided the policy: what "welcomed the vote" then welcomes.
VOTE_WORDS = {"vote", "voted", "voting", "votes"}
OUTCOME_WORDS = {"approve", "approved", "pass", "passed", "adopt", "adopted", "clear", "cleared",
                 "delete", "deleted", "reject", "rejected", "defeat", "defeated", "scrap", "scrapped",
                 # a chamber's act that makes more of the policy ("voted to triple the tax")
                 "double", "doubled", "triple", "tripled", "extend", "extended", "expand", "expanded",
                 "tighten", "tightened", "strengthen", "strengthened"}  # fmt: skip
CHAMBERS = {"council", "committee"}  # and legislature_words: bodies whose act is a vote
WELCOMING = {"welcome", "hail", "praise", "applaud", "celebrate", "cheer"}
TAKING_PART = {"concur", "join", "participate", "acquiesce"}
OUTCOME_NOUNS = {"vote", "result", "outcome", "decision", "verdict", "ruling"}
REGRETTING = {"criticise", "criticize", "condemn", "denounce", "regret", "lament", "decry", "slam"}
OPPOSITE_SIDE = {"support": "oppose", "oppose": "support"}
TIME_MARKS = {"before", "after", "until", "till", "once", "when", "as", "since"}
PLACING_MARKS = TIME_MARKS - {"till", "as", "since"}  # a clause that only places another act
# How a cue hangs on the verb whose tense is its own ("had called it a gimmick and urged …").
COMPLEMENTS = {"conj", "xcomp", "oprd", "attr", "acomp"}
WRITINGS = {"letter", "statement", "statements", "communique"}
RANKING = {"first", "only", "last", "biggest", "largest", "strictest", "toughest", "latest"}
QUALIFIERS = {"compound", "amod", "poss", "nmod"}  # "New Zealand" in "the New Zealand Employers …"


@dataclass(frozen=True)
class Cue:
    """A word or phrase in a sentence that expresses a stance, anchored on one token."""

    token: object
    stance: str
    words: str
    ids: frozenset[int]  # every token of the cue's words
    defer: bool = False  # a verb of wanting: a cue it governs decides
    owner: bool = False  # the policy's author ("the minister's levy"): its own holder, never nested
    official: bool = False  # says how the policy will work: a stance only from those who run it

    @property
    def background(self) -> bool:
        """ "which had opposed the levy", "was against it until …": an earlier stance, overruled
        by a current one."""
        t = self.token
        verb = t.head if t.dep_ in ("prep", "acomp", "attr") and t.head.lemma_ == "be" else t
        if t.dep_ == "prep" and t.head.pos_ == "VERB":
            verb = t.head  # "which had turned against the levy": the verb the cue hangs on
        chain = [t] if verb.i == t.i else [t, verb]  # "had called it … and urged … to drop it"
        while chain[-1].dep_ in COMPLEMENTS and chain[-1].head.i != chain[-1].i:
            chain.append(chain[-1].head)
        return (
            any(
                (c.lower_ == "had" and c.dep_ == "aux")
                or c.lower_ in ("once", "previously", "formerly")
                for x in chain
                for c in x.children
            )
            or any(
                c.dep_ == "advcl"
                and any(m.dep_ == "mark" and m.lower_ == "until" for m in c.children)
                for c in verb.children
            )
            or any(  # "X, who in May called the levy overdue, …"
                x.dep_ == "relcl" and x.tag_ == "VBD" and dated_then(x) for x in (t, *t.ancestors)
            )
        )


def policy_pattern(names: tuple[str, ...]) -> re.Pattern:
    alts = sorted({re.escape(n.strip()) for n in names if n.strip()}, key=len, reverse=True)
    alts = [a.replace(r"\ ", r"[\s-]+").replace(r"\-", r"[\s-]*") for a in alts]
    # "the bill" is also "the final bill", "the proposed bill".
    mods = "|".join(re.escape(w) for w in sorted(knowledge().words("policy_modifiers")))
    the = r"the[\s-]+"
    # "the $2.20 floor", "the 5p charge": an amount, never a year ("the 2019 law" is another law).
    amount = r"(?:[$£€¥]\s?\d[\d.,]*|\d[\d.,]*(?:p|c|%))(?:-[a-z]+)*[\s-]+"
    alts = [
        rf"(?:the|this)[\s-]+(?:(?:{mods})[\s-]+)?(?:{amount})?" + a[len(the) :]
        if a.lower().startswith(the)
        else a
        for a in alts
    ]
    return re.compile(r"(?<![\w-])(?:" + "|".join(alts) + r")(?![\w-])", re.I)


@cache
def indefinite_pattern(names: tuple[str, ...], loose: bool = False) -> re.Pattern | None:
    """ "a bill", "a new levy" for a policy called "the bill", "the levy"; `loose`, with up to
    four words of any kind before the name ("an average 8 percent rise")."""
    short = sorted({n.strip()[4:] for n in names if n.strip().lower().startswith("the ")})
    if not short:
        return None
    alts = "|".join(re.escape(s).replace(r"\ ", r"[\s-]+") for s in short)
    mods = "|".join(re.escape(w) for w in sorted(knowledge().words("policy_modifiers")))
    before = r"(?:\S+[\s-]+){0,4}?" if loose else rf"(?:(?:{mods})[\s-]+)?"
    return re.compile(rf"(?<![\w-])an?[\s-]+{before}(?:{alts})(?![\w-])", re.I)


def introduced(sent, names: tuple[str, ...]) -> set[int]:
    """ "The government unveiled a bill that would …": an indefinite name is the policy only as
    the object of a verb that brings it in (otherwise "such a pact" may be another one)."""
    pattern = indefinite_pattern(names)
    if pattern is None:
        return set()
    found = policy_tokens(sent, pattern)
    kb = knowledge()
    doc = sent.doc
    for i in found:
        t = doc[i]
        if t.dep_ != "dobj":
            continue
        verb = t.head.lemma_.lower()
        if verb in kb.words("introducing_verbs"):
            return found
        # "The city assembly approved an ordinance charging …": a chamber enacting one is it
        chamber = CHAMBERS | kb.words("legislature_words")
        if verb in kb.words("enacting_verbs") and any(
            c.dep_ == "nsubj" and c.lemma_.lower() in chamber for c in t.head.children
        ):
            return found
        # "said it opposed a blanket ban": judged as it stands, with no words saying which ban
        # ("opposed a ban on vapes" is another one).
        after = doc[t.i + 1] if t.i + 1 < len(doc) else None
        bare = (
            after is None or after.pos_ in ("PUNCT", "CCONJ") or after.lower_ in ("which", "that")
        )
        if verb in kb.words("judging_verbs") and bare:
            return found
    return described_act(sent, names)


def described_act(sent, names: tuple[str, ...]) -> set[int]:
    """ "The regulator approved an average 8 percent rise in water charges": an indefinite
    name brought in or enacted is the policy when its own words share two with the policy's
    other names ("water", "charges"); "approved a rise in staff" is another one."""
    pattern = indefinite_pattern(names, loose=True)
    if pattern is None:
        return set()
    kb = knowledge()
    verbs = kb.words("introducing_verbs") | kb.words("enacting_verbs")
    heads = {n.split()[-1].lower() for n in names if n.strip()}
    words = (
        {w for n in names for w in re.findall(r"[a-z]+", n.lower()) if len(w) > 2}
        - heads
        - kb.words("policy_anaphors")
    )
    found = policy_tokens(sent, pattern)
    for i in sorted(found):
        t = sent.doc[i]
        if t.dep_ != "dobj" or t.head.lemma_.lower() not in verbs or is_negated(t.head):
            continue
        own = {x.lower_ for x in t.subtree if x.i != t.i and x.is_alpha} | {
            x.lemma_.lower() for x in t.subtree if x.i != t.i and x.is_alpha
        }
        if len(own & words) >= 2:  # ("an increase in water tariffs" shares one: another one)
            return {x for x in found if t.left_edge.i <= x <= t.i}
    return set()


def described_plan(sent, names: tuple[str, ...]) -> set[int]:
    """ "came out against the Treasury's plan to take 3 % of pay for social housing": a
    plan told in at least two of the policy's own words, one of them from a name the press uses
    for it (not only its description: "a plan to build a car park in the city centre"), is the
    policy."""
    kb = knowledge()

    def words_of(texts) -> set[str]:
        return {w for x in texts for w in re.findall(r"[a-z]+", x.lower()) if len(w) > 2}

    words = words_of(names)
    named = words_of(names[1:]) - kb.words("policy_anaphors")  # the first is the description
    out: set[int] = set()
    for t in sent:
        if t.pos_ != "NOUN" or t.lower_ not in kb.words("policy_anaphors"):
            continue
        for c in t.children:
            if c.dep_ not in ("acl", "relcl") or c.lemma_.lower() in kb.words("undoing_verbs"):
                continue
            kept = [x for x in c.subtree if x.is_alpha and not x.is_stop]
            said = {x.lower_ for x in kept} | {x.lemma_.lower() for x in kept}
            if len(said & words) >= 2 and said & named:
                out.add(t.i)
    return out


def barred_acts(sent, names: tuple[str, ...]) -> set[int]:
    """ "a bill to bar cities from charging drivers" in a dossier on a congestion charge: the
    policy's own act, as a verb kept from happening, names the policy (see barring_cue)."""
    heads = {n.split()[-1].lower() for n in names if n.strip()}
    return {t.i for t in sent if t.lemma_.lower() in heads and is_barred(t)}


def is_barred(t) -> bool:
    """ "… from charging" under "bar", "stop", "prevent": an act kept from happening."""
    return (
        t.tag_ == "VBG"
        and t.dep_ == "pcomp"
        and t.head.lower_ == "from"
        and t.head.head.lemma_.lower() in knowledge().words("barring_verbs")
    )


def barring_cue(t, policy: set[int]) -> Cue | None:
    """ "would stop any municipality from charging drivers": keeping the policy's act from
    happening opposes the policy."""
    if t.lemma_.lower() not in knowledge().words("barring_verbs"):
        return None
    acts = [
        a
        for c in t.children
        if c.dep_ == "prep" and c.lower_ == "from"
        for a in c.children
        if a.i in policy and a.tag_ == "VBG"
    ]
    if not acts or hypothetical(t):
        return None
    return Cue(t, negate(t, "oppose"), t.doc[t.i : acts[0].i + 1].text, frozenset([t.i]))


def policy_pronouns(sent, p: int, state: State) -> set[int]:
    """ "The ban takes effect in May. Critics say it will hurt …": "it" for the policy just named.

    A subject "it" only when no organisation, party or country is the subject of a clause it is
    in: in "The ministry said it would …", "it" is the ministry.
    """
    out: set[int] = set()

    def body(x) -> bool:
        key = state.token_keys.get((p, x.i))
        return bool(key and not key.startswith(("person:", "group:")))

    for t in sent:
        # "The ministry said it would …", but not "X, chair of the Guild, said it would …":
        # a body that is the subject of a clause "it" is in
        body_named = any(body(c) for a in t.ancestors for c in a.children if c.dep_ == "nsubj")
        if t.lower_ == "it" and (
            t.dep_ in ("dobj", "pobj") or (t.dep_ in ("nsubj", "nsubjpass") and not body_named)
        ):
            out.add(t.i)
        elif t.lower_ == "this" and t.dep_ == "nsubj" and t.i in quoted_tokens(sent):
            out.add(t.i)  # '"This will empty the high street," said …'
    return out


def pronoun_after_relative(sent, policy: set[int]) -> set[int]:
    """ "The Harbour Party, whose councillors backed the levy in May, said its MPs would vote
    against it": an object "it" after a relative clause that alone names the policy is the policy."""
    clauses = [a for a in sent.doc[min(policy)].ancestors if a.dep_ == "relcl"] if policy else []
    if not clauses:
        return set()
    inside = {x.i for x in clauses[-1].subtree}
    if not policy <= inside:
        return set()
    verbs = knowledge().words("policy_object_verbs")
    return {
        t.i
        for t in sent
        if t.lower_ == "it"
        and t.dep_ in ("dobj", "pobj")
        and t.i > max(inside)
        and (t.head if t.dep_ == "dobj" else t.head.head).lemma_.lower() in verbs
    }


def infinitive(t) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children)


def prep_objects(t, *words: str) -> list:
    """The objects of a word's prepositions ("lead to job losses"), or of those named ("for")."""
    return [
        o
        for c in t.children
        if c.dep_ == "prep" and (not words or c.lower_ in words)
        for o in c.children
        if o.dep_ == "pobj"
    ]


def policy_anaphors(sent) -> set[int]:
    """ "urged ministers to drop the plan" after the ban was named: a bare "the plan", "the
    policy" in an article about one policy is that policy. Not "the plan to build a road", "the
    party's policy": a noun with words of its own names something else."""
    kb = knowledge()
    words, mods = kb.words("policy_anaphors"), kb.words("policy_modifiers")
    # "the Treasury's plan", "the mayor's plan": the government side's plan is the policy.
    owners = (
        set(kb.lexicon["government_bodies"]) | kb.words("role_nouns") | kb.words("place_titles")
    )
    owners |= GOVERNING_OWNERS

    def owner(c) -> bool:
        return c.dep_ == "poss" and c.lower_ in owners

    # "X, which threatened to go to court, dropped the idea": the idea is the one just told.
    intent = min(
        (
            t.i
            for t in sent
            if t.lemma_.lower() in knowledge().words("intent_verbs")
            and any(c.dep_ in ("xcomp", "advcl") and infinitive(c) for c in t.children)
        ),
        default=sent.end,
    )
    return {
        t.i
        for t in sent
        if t.lower_ in words
        and t.i < intent
        and t.pos_ == "NOUN"
        and any((c.dep_ == "det" and c.lower_ in ("the", "this")) or owner(c) for c in t.children)
        and all(
            c.dep_ in ("det", "punct") or (c.dep_ == "amod" and c.lower_ in mods) or owner(c)
            for c in t.children
        )
    }


def precedents(sent, n: int, p: int, state: State, names: tuple[str, ...]) -> list[PositionClaim]:
    """ "France, which passed a law banning phones in schools in 2018": a country that enacted
    the same kind of policy backs it. The same kind: "a similar ban", or a law whose words share
    at least two with the policy's names ("banning phones in schools"; "banning whaling" is not)."""
    kb = knowledge()
    words = {w for name in names for w in re.findall(r"[a-z]+", name.lower()) if len(w) > 2}
    words |= {w[:-1] for w in words if w.endswith("s")}
    kinds = kb.words("similar_words")
    out = []
    for t in sent:
        if t.lemma_.lower() not in kb.words("enacting_verbs") or is_negated(t) or hypothetical(t):
            continue
        subjects = [c for c in t.children if c.dep_ == "nsubj"]
        if t.dep_ == "relcl" and any(c.lower_ in ("which", "that") for c in subjects):
            subjects = [t.head]
        keys = [state.token_keys.get((p, c.i)) for s in subjects for c in coordinated(s)]
        countries = [k for k in keys if k and k.startswith("country:")]
        for o in (c for c in t.children if c.dep_ == "dobj"):
            shared = {x.lemma_.lower() for x in o.subtree if not x.is_stop} & words
            similar = any(c.lower_ in kinds for c in o.children) and o.lemma_.lower() in words
            if countries and (similar or len(shared) >= 2):
                cue = sent.doc[t.i : o.i + 1].text if o.i > t.i else t.text
                out += [PositionClaim(k, "support", n, cue, "") for k in countries]
    return out


def bare_votes(sent, n: int, p: int, state: State, kb: Knowledge) -> list[PositionClaim]:
    """ "The Greens voted against.", "… said it would vote in favour", "Lee voted yes", "they
    remain opposed": in an article that has named the policy, a vote or a stance with no object
    of its own is one on it."""

    def claims(t, side: str, cue: str) -> list[PositionClaim]:
        return subject_claims(t, side, cue, n, p, state, kb)

    out: list[PositionClaim] = []
    for t in sent:
        if t.lemma_.lower() != "vote" or t.pos_ != "VERB" or is_negated(t):
            continue
        among = voters_among(t)
        if t.dep_ == "relcl" and among is None:
            continue  # "not a figure we could vote for": its "for" is the figure's, not the policy's
        if any(
            c.dep_ in ("dobj", "ccomp", "xcomp") and c.lower_ not in ("yes", "no")
            for c in t.children
        ):
            continue  # "voted to delay it", "voted the amendment down": something else
        if any(
            c.dep_ == "prep"
            and c.lower_ in ("on", "over")
            and not any(o.ent_type_ in ("DATE", "TIME") for o in c.children)
            for c in t.children
        ):
            continue  # "voted no on the amendment": another question; not "on Tuesday"
        side, last = None, t
        for c in t.children:
            bare = not any(g.dep_ == "pobj" for g in c.children)
            if c.lower_ in ("against", "for") and bare and (gap := gapped_side(c)) is not None:
                # "… voting yes and the Tories against": the second side is theirs
                other = "oppose" if c.lower_ == "against" else "support"
                out += [
                    PositionClaim(k, other, n, sent.doc[gap.i : c.i + 1].text, "")
                    for k in resolve_holder(gap, p, state, kb, n=n)
                ]
            elif c.dep_ in ("prep", "advmod", "prt") and c.lower_ in ("against", "for") and bare:
                side, last = ("oppose" if c.lower_ == "against" else "support"), c
            elif c.dep_ in ("advmod", "intj", "dobj") and c.lower_ in ("yes", "no"):
                side, last = ("support" if c.lower_ == "yes" else "oppose"), c
            elif c.dep_ == "prep" and c.lower_ == "in":
                for g in c.children:
                    if g.lower_ in ("favour", "favor") and all(
                        x.dep_ in ("cc", "conj") for x in g.children
                    ):
                        side, last = "support", g
        if not side:
            continue
        out += claims(t if among is None else among, side, sent.doc[t.i : last.i + 1].text)
        # "… voted against, joined by Cr Lee": whoever joined the vote took the same side
        for j in t.children:
            if j.dep_ == "advcl" and j.lemma_.lower() == "join" and j.tag_ == "VBN":
                out += [
                    PositionClaim(k, side, n, sent.doc[t.i : last.i + 1].text, "")
                    for a in j.children
                    if a.dep_ == "agent"
                    for o in a.children
                    if o.dep_ == "pobj"
                    for k in resolve_holder(o, p, state, kb, n=n)
                ]
    out += absolute_votes(sent, n, p, state)
    for t in sent:  # "Business groups remained opposed.": a stance with no object of its own
        side = BARE_SIDES.get(t.lower_)
        if (
            not side
            or t.dep_ != "acomp"
            or t.head.lemma_.lower() not in ("be", "remain", "stay")
            or any(c.lower_ not in BARE_DEGREES for c in t.children)
            or is_negated(t.head)
        ):
            continue
        out += claims(t, side, sent.doc[t.head.i : t.i + 1].text)
    for t in sent:  # "The Harbour League has become an ally.": a side named with no object
        side = SIDE_NOUNS.get(t.lemma_.lower())
        if (
            not side
            or t.dep_ != "attr"
            or t.head.lemma_.lower() not in ("be", "become", "remain", "stay", "turn")
            or any(c.dep_ == "prep" for c in t.children)  # "an ally of the mayor": someone's
            or any(c.dep_ == "compound" for c in t.children)  # "a food critic": a job
            or is_negated(t.head)
        ):
            continue
        out += claims(t.head, side, sent.doc[t.head.i : t.i + 1].text)
    for t in sent:  # "The governor has not taken a position.": a hedge with no object of its own
        if (
            t.lemma_.lower() != "take"
            or t.pos_ != "VERB"
            or any(c.dep_ == "prep" for c in t.children)
        ):
            continue
        noun = next(
            (c for c in t.children if c.dep_ == "dobj" and c.lower_ in POSITION_NOUNS), None
        )
        yet = t.head.lower_ == "yet" or any(c.lower_ == "yet" for c in t.head.children)
        none = noun is not None and any(c.lower_ == "no" for c in noun.children)
        if noun is None or list(noun.rights) or not (is_negated(t) or yet or none):
            continue
        out += claims(
            t if t.dep_ != "xcomp" else t.head, "neutral", sent.doc[t.i : noun.i + 1].text
        )
    quoted = quoted_tokens(sent)
    for t in sent:  # "has not made up her mind", "has not said whether she will sign it"
        if undecided(t):
            holder = t.head if t.dep_ == "xcomp" else t
            if t.i in quoted and any(x.pos_ == "PRON" for x in subjects_of(holder)):
                continue  # '"She has not made up her mind," her aide said': who "she" is, the
                # quotation does not say
            out += claims(holder, "neutral", sent.doc[holder.i : t.right_edge.i + 1].text)
    return out


# What a holder who has not decided may be said not to have done yet about the policy.
UNDECIDED_ACTS = {
    "do",
    "sign",
    "veto",
    "vote",
    "decide",
    "back",
    "support",
    "oppose",
    "approve",
    "act",
}


def undecided(t) -> bool:
    """ "has not made up her mind", "has not said what she will do" or "whether she will sign": a
    hedge on the policy just named; not "has not said when the vote is", nor a reply to
    something else ("has not said whether he will run again")."""
    near = [*t.children, *(t.head.children if t.dep_ == "xcomp" else [])]
    if t.pos_ != "VERB" or not (is_negated(t) or any(c.lower_ == "yet" for c in near)):
        return False  # ("has yet to decide whether …")
    lemma = t.lemma_.lower()
    if lemma == "make":
        mind = [c for c in t.children if c.dep_ == "dobj" and c.lower_ in ("mind", "minds")]
        return (
            bool(mind)
            and any(c.dep_ == "prt" and c.lower_ == "up" for c in t.children)
            and not any(c.dep_ in ("prep", "advcl") for x in (t, *mind) for c in x.children)
        )  # not "has not made up her mind about seeking a second term"
    if lemma not in ("say", "decide", "indicate", "announce", "reveal"):
        return False
    for c in t.children:
        if c.dep_ not in ("ccomp", "xcomp") or c.lemma_.lower() not in UNDECIDED_ACTS:
            continue
        asks = any(x.lower_ in ("whether", "if", "what") and x.i < c.i for x in c.subtree)
        objects = [x for x in c.children if x.dep_ == "dobj" and x.lower_ not in ("what", "it")]
        # "what he will do about the strike", "after he retires": about something else
        others = [x for x in c.children if x.dep_ in ("prep", "advcl")]
        if asks and not objects and not others:
            return True
    return False


def voters_among(t):
    """ "Lee was among the 11 who voted against": the verb whose subject cast that vote."""
    if t.dep_ != "relcl" or not any(c.lower_ in ("who", "that") for c in subjects_of(t)):
        return None
    counted, prep = t.head, t.head.head
    if counted.dep_ != "pobj" or prep.lower_ != "among" or prep.head.lemma_.lower() != "be":
        return None
    be = prep.head
    if is_negated(be) or any(c.lower_ == "never" for c in be.children) or hypothetical(be):
        return None  # "was not among those who voted no"
    if any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in be.children) or any(
        a.lemma_.lower() in DOUBTING for a in be.ancestors
    ):
        return None  # "denied that he was among …", "unclear whether she was among …"
    return be


DOUBTING = {"deny", "doubt", "question", "dispute", "unclear", "wonder"}


def absolute_votes(sent, n: int, p: int, state: State) -> list[PositionClaim]:
    """ "… passed 71-39, with the Unity Party and the Open caucus voting in favour", "split, with
    transport unions in favour and retail unions against": every actor named between "with" (or
    the last side) and a bare side took that side. The parser reads such a "voting" as a noun and
    garbles the rest, so the actors are taken by position, not by their dependency."""
    out: list[PositionClaim] = []
    for actors, side, markers in absolute_sides(sent):
        cue = sent.doc[min(markers) : max(markers) + 1].text
        keys = [state.token_keys[(p, i)] for i in actors if (p, i) in state.token_keys]
        out += [PositionClaim(key, side, n, cue, "") for key in dict.fromkeys(keys)]
    return out


def absolute_sides(sent) -> list[tuple[list[int], str, list[int]]]:
    """(actor token ids, side, ids of the side's words) for each "X (voting) in favour" or
    "Y (voting) against" after a "with"; none when a verb other than "voting" comes between
    ("With the Greens threatening to walk out and X voting against": X's only)."""
    words = [t.lower_ for t in sent]
    for start in (k for k, w in enumerate(words) if w == "with"):
        found, segment, k = [], [], start + 1
        while k < len(sent):
            voting = words[k] == "voting"
            j = k + 1 if voting else k
            nxt = words[j + 1] if j + 1 < len(sent) else ""
            if words[j : j + 2] in (["in", "favour"], ["in", "favor"]):
                side, end = "support", j + 2
            elif words[j : j + 1] in (["for"], ["against"]) and (
                not nxt or not sent[j + 1].is_alpha or nxt == "and"
            ):
                side, end = ("support" if words[j] == "for" else "oppose"), j + 1
            else:
                side = None
            if side and (voting or segment):
                found.append(
                    ([sent[i].i for i in segment], side, [sent[i].i for i in range(k, end)])
                )
                segment, k = [], end
                continue
            t = sent[k]
            if (
                voting
                or words[k] == ";"
                or (t.pos_ == "VERB" and t.dep_ not in ("amod", "compound"))
            ):
                break  # a clause of its own: what follows is not a list of sides
            segment.append(k)
            k += 1
        if found:
            return found
    return []


ECHOED = {"concern", "criticism", "view", "sentiment", "call", "warning", "position", "stance", "praise", "objection", "fear"}  # fmt: skip


def echoes(sent, n: int, p: int, state: State, kb: Knowledge) -> list[PositionClaim]:
    """ "X opposes the levy. So does Y." / "Y echoed those concerns." / "Y agreed.": the side
    the sentence before took, when all its claims took one."""
    said_n, side = state.last_stance
    root = sent.root
    if said_n != n - 1 or not side or is_negated(root):
        return []
    lemma = root.lemma_.lower()
    kids = [c for c in root.children if c.dep_ not in ("punct", "nsubj", "advmod")]
    same = (
        (lemma == "do" and any(c.lower_ == "so" and c.i < root.i for c in root.children))
        or (lemma == "echo" and any(c.dep_ == "dobj" and c.lemma_.lower() in ECHOED for c in kids))
        or (lemma == "agree" and not kids)
    )
    return subject_claims(root, side, root.text, n, p, state, kb) if same else []


def unnamed_stances(sent, n: int, p: int, state: State, kb: Knowledge) -> list[PositionClaim]:
    """Stances in a sentence that does not name the policy, in an article that has: a bare vote
    or side, an aim backed with a reservation, a stance softened, dropped or kept, or echoed."""
    return (
        echoes(sent, n, p, state, kb)
        + bare_votes(sent, n, p, state, kb)
        + backed_in_principle(sent, n, p, state, kb)
        + shifts(sent, n, p, state, kb)
        + cost_warnings(sent, n, p, state, kb)
    )


def cost_warnings(sent, n: int, p: int, state: State, kb: Knowledge) -> list[PositionClaim]:
    """ "The cafés' association warned that small cafés would carry the cost": in an article
    on the policy, warning of the harm it would do is opposing it; not a warning of the harm its
    delay or repeal would do ("warned that scrapping it would cost lives")."""
    harms, reversals = kb.words("harm_words"), kb.words("reversal_words")
    out: list[PositionClaim] = []
    for t in sent:
        if t.lemma_.lower() != "warn" or t.pos_ != "VERB" or is_negated(t) or hypothetical(t):
            continue
        if t.dep_ == "conj":
            continue  # "said it supported the goal but warned that …": the reservation of a stance
        for c in t.children:
            if c.dep_ == "ccomp":
                said = list(c.subtree)
                ahead = any(x.lower_ in ("would", "will", "could", "might", "cannot") for x in said)
            elif c.dep_ == "prep" and c.lower_ == "of":
                said, ahead = list(c.subtree), True  # "warned of job losses"
            else:
                continue
            lemmas = {x.lemma_.lower() for x in said}
            if ahead and lemmas & harms and not lemmas & reversals:
                out += subject_claims(
                    t, "oppose", sent.doc[t.i : c.right_edge.i + 1].text, n, p, state, kb
                )
                break
    return out


def backed_in_principle(sent, n: int, p: int, state: State, kb: Knowledge) -> list[PositionClaim]:
    """ "said the party backed the aim but asked for a later start": in an article on
    the policy, backing its aim with a reservation is a mixed stance, though the sentence never
    names the policy."""
    lemmas, _ = cue_table()
    out: list[PositionClaim] = []
    for t in sent:
        sides = {stance for stance, _ in lemmas.get(t.lemma_.lower(), [])}
        if (
            t.pos_ == "VERB"
            and sides == {"support"}
            and not is_negated(t)
            and in_principle(t, "support")
        ):
            # "backed the goal but …", or "backed it in principle but …" with no aim named
            aim = next((o for o in t.children if o.dep_ == "dobj"), t)
            out += subject_claims(t, "mixed", sent.doc[t.i : aim.i + 1].text, n, p, state, kb)
    return out


def shifts(sent, n: int, p: int, state: State, kb: Knowledge) -> list[PositionClaim]:
    """ "The union has softened its line" (mixed), "has dropped its objections" (support), "The
    Greens have not changed their view" (the stance they held before, in this article): in an
    article on the policy, a holder's own stance moved or kept, though it never names the policy."""
    root = sent.root
    if (
        root.lemma_.lower() in SOFTENING | {"budge", "waver"}
        and is_negated(root)
        and not any(c.dep_ in ("dobj", "prep", "ccomp", "xcomp") for c in root.children)
    ):  # "The party has not softened.": the stance it held before, in this article
        kept = subject_claims(root, "neutral", sent.doc[root.i : root.i + 1].text, n, p, state, kb)
        return [replace(c, stance=state.held[c.actor]) for c in kept if c.actor in state.held]
    own = next(
        (
            c
            for c in root.children
            if c.dep_ == "dobj"
            and c.lower_ in SHIFT_NOUNS | OBJECTIONS
            and any(
                x.dep_ == "poss" and x.lower_ in ("its", "their", "his", "her") for x in c.children
            )
        ),
        None,
    )
    if own is None:
        return []
    words = sent.doc[root.i : own.i + 1].text
    lemma = root.lemma_.lower()
    if lemma in SOFTENING and not is_negated(root):
        return subject_claims(root, "mixed", words, n, p, state, kb)
    if (
        lemma in ("drop", "withdraw", "abandon")
        and own.lower_ in OBJECTIONS
        and not is_negated(root)
    ):
        return subject_claims(root, "support", words, n, p, state, kb)  # "dropped its objections"
    if lemma == "change" and is_negated(root):
        kept = subject_claims(root, "neutral", words, n, p, state, kb)
        return [replace(c, stance=state.held[c.actor]) for c in kept if c.actor in state.held]
    return []


def own_body(subject) -> bool:
    """ "his bloc", "her party", "his MPs": the speaker's own body; not "his opponents"."""
    kb = knowledge()
    bodies = (
        MEMBER_NOUNS
        | kb.words("faction_nouns")
        | kb.words("party_words")
        | kb.words("own_body_nouns")
    )
    return subject.lower_ in bodies and any(
        c.dep_ == "poss" and c.lower_ in ("his", "her") for c in subject.children
    )


def subject_claims(
    t, side: str, cue: str, n: int, p: int, state: State, kb: Knowledge
) -> list[PositionClaim]:
    """The subjects of `t`, as the sentence's speakers resolve them, each holding `side`; and
    the one who says so of their own body ("Reed said his bloc would vote in favour")."""
    holders = [k for s in subjects_of(t) for k in resolve_holder(s, p, state, kb, n=n)]
    holders += [
        k
        for s in subjects_of(t)
        if own_body(s)
        and (r := reporting_subject(s)) is not None
        and (k := state.token_keys.get((p, r.i), "")).startswith("person:")
    ]
    return [PositionClaim(k, side, n, cue, "") for k in dict.fromkeys(holders)]


def timed(claim: PositionClaim, state: State) -> PositionClaim:
    """The claim marked as held before or now, as its sentence told."""
    key = (claim.actor, claim.sentence)
    return replace(claim, when="before" if key in state.past else "now" if key in state.now else "")


def settled(positions: list[PositionClaim]) -> list[PositionClaim]:
    """A hedge yields to a clear stance the same article gives the same holder ("did not oppose
    the bill …", "we will support this bill"), as it does within one sentence; not to a stance
    held before ("had opposed the ban … now says it has not decided"). A stance held before
    yields to the one the article gives as current ("was against it until …", "now backs it"),
    and so does any other stance told before one said to hold "now"."""
    past = {(p.actor, p.sentence) for p in positions if p.when == "before"}
    since = {}
    for p in positions:
        if p.when == "now" and p.stance != "neutral":
            since.setdefault(p.actor, (p.sentence, p.stance))
    positions = [
        p
        for p in positions
        if p.actor not in since or p.sentence >= since[p.actor][0] or p.stance == since[p.actor][1]
    ]
    now = [p for p in positions if (p.actor, p.sentence) not in past]
    clear = {p.actor for p in now if p.stance != "neutral"}
    current = {p.actor for p in now}
    return [
        p
        for p in positions
        if (p.stance != "neutral" or p.actor not in clear)
        and ((p.actor, p.sentence) not in past or p.actor not in current)
    ]


def policy_tokens(sent, policy_re: re.Pattern) -> set[int]:
    text = sent.text
    found: set[int] = set()
    for m in policy_re.finditer(text):
        a, b = sent.start_char + m.start(), sent.start_char + m.end()
        tokens = [t for t in sent if t.idx < b and t.idx + len(t) > a]
        if not any(earlier_one(t) for t in tokens):
            found.update(t.i for t in tokens)
    return found


def earlier_one(t) -> bool:
    """ "an earlier version of the tax", "the old levy": another policy than the one in view."""
    heads = [t, t.head.head] if t.dep_ == "pobj" and t.head.lower_ == "of" else [t]
    return any(
        c.dep_ == "amod" and c.lower_ in ("earlier", "previous", "former", "old", "original")
        for h in heads
        for c in h.children
    )


def cues_in(sent, policy: set[int]) -> list[Cue]:
    """Each stance cue in the sentence that is about the policy, negation already applied. An
    act of the policy that something bars is the barring's alone ("introduced a bill that would
    bar … from charging" introduces the bill, not the charge; "it" after it is not the policy)."""
    acts = {i for i in policy if is_barred(sent.doc[i])}
    bars = [c for t in sent if (c := barring_cue(t, acts))]
    named = policy - acts
    # "with transport unions in favour and retail unions against": sides by position (see
    # absolute_votes), which the parse of "against" would garble
    sides = {i for _, _, ids in absolute_sides(sent) for i in ids}
    return bars + [c for c in (named_cues(sent, named) if named else []) if c.token.i not in sides]


def named_cues(sent, policy: set[int]) -> list[Cue]:
    """The stance cues about the policy as the sentence names it."""
    lemmas, phrases = cue_table()
    found = []
    words = [t.lower_ for t in sent]
    claimed: set[int] = set()
    for tokens, stance, cue in phrases:
        for k in range(len(words) - len(tokens) + 1):
            # {lemma: vote, phrase: vote for}: "voted for", "voting for" too
            first = sent[k].lemma_.lower() if "lemma" in cue else words[k]
            if (
                [first, *words[k + 1 : k + len(tokens)]] == tokens
                and sent[k].i not in claimed
                and (not cue.get("pos") or sent[k].pos_ == cue["pos"])
            ):
                span = sent[k : k + len(tokens)]
                if hypothetical(span.root) or for_a_side(span):
                    continue  # "… if the levy goes ahead": a condition, not a stance
                if cue.get("negated") == "skip" and is_negated(span.root):
                    continue  # "will not take effect in May": a delay, not a stance
                if cue.get("wished") == "only" and not (wished(span.root) or is_negated(span.root)):
                    continue  # "accused the council of watering it down"
                if cue.get("object") == "next" and not any(
                    o.dep_ == "pobj" and o.i in policy for o in span[-1].children
                ):
                    continue  # "in defence of the law"; not "of the students suspended under it"
                if is_about_policy(span.root, policy, cue.get("policy", False)):
                    ids = frozenset(t.i for t in span)
                    defer = cue.get("defer", False)
                    official = cue.get("holders") == "official"
                    found.append(
                        Cue(
                            span.root,
                            negate(span.root, stance),
                            span.text,
                            ids,
                            defer,
                            official=official,
                        )
                    )
                    claimed.update(t.i for t in span)
    for t in sent:
        if t.i in claimed or t.i in policy or hypothetical(t):
            continue
        if t.dep_ in ("compound", "nmod") or (
            t.dep_ == "amod" and not said_of_policy(t.head, policy)
        ):
            continue  # "opposition parties", "the necessary votes": a modifier, not a stance
        if reported_content(t.head if t.dep_ == "amod" else t):
            continue  # (an adjective's own noun, "a bad idea", is not content it reports)
        if any(
            c.dep_ in ("prt", "advmod")
            and 0 < c.i - t.i <= 5
            and c.lower_ in TURNING_PARTICLES
            and not (c.i + 1 < len(c.doc) and c.nbor().lower_ in ("in", "then", "when", "at"))
            for c in t.children
        ):
            continue  # "would not back down on the cap", "push the date back": another verb
        if t.dep_ == "dobj" and t.head.lemma_.lower() in SETTLING:
            continue  # "the exemption removed its main concern": a concern no longer held
        if for_a_side([t]):
            continue  # "campaigning for a no vote on the levy": the side says it (sides_taken)
        if t.dep_ == "pcomp" and t.head.lower_ == "before" and urged_act(t.head.head):
            continue  # "urged members to study the plan before attacking it": theirs, not done
        if t.dep_ == "pcomp" and any(c.lower_ == "instead" for c in (t.head, *t.head.children)):
            continue  # "should thank it instead of attacking it": what is not done
        if political_opposition(t):
            continue  # "Norway's opposition walked out": the opposition benches, no stance noun
        for stance, cue in lemmas.get(t.lemma_.lower(), []):
            if (cue.get("pos") and t.pos_ != cue["pos"]) or (
                cue.get("tag") and t.tag_ != cue["tag"]
            ):
                continue
            if cue.get("negated") == "skip" and is_negated(t):
                continue  # "will not apply to private schools": a limit, not a stance
            if cue.get("clause") == "skip" and any(
                c.dep_ in ("ccomp", "xcomp", "advcl") for c in t.children
            ):
                continue  # "pleased that the ban was delayed": about the delay
            if cue.get("announced") == "only" and news_of(t, policy):
                continue  # "announced that the levy is dead": news of it, no backing
            if cue.get("wished") == "only" and not (wished(t) or is_negated(t)):
                continue  # "accused the government of watering it down": not the accuser's wish
            if cue.get("raised") == "skip" and to_a_number(t):
                continue  # "voted to lift the fee from 2 to 3 per cent": a rise
            if cue.get("limits") == "skip" and limits_policy(t, policy):
                continue  # "would double the cap": a looser cap
            if cue.get("obliged") == "skip" and obliged(t):
                continue  # "firms must comply with the ban": the rule's demand, not their stance
            if cue.get("object") == "skip" and any(c.dep_ == "dobj" for c in t.children):
                continue  # "is working its way through the council": another "work"
            if cue.get("clause") == "only" and not policy_clause(t, policy):
                continue  # "warned that the ban would …"; not "warned against", "warned drivers"
            if cue.get("clause") == "acting" and not policy_acts_on(t, policy):
                continue  # "complained that the ban favoured big ports"; not "… had stalled"
            if is_about_policy(t, policy, cue.get("policy", False)) or in_principle(t, stance):
                ids = frozenset([t.i])
                defer, official = cue.get("defer", False), cue.get("holders") == "official"
                side = negate(t, stance)
                # "criticised the referendum as a delay": wants the policy sooner
                if side and judged_as_change(t):
                    side = OPPOSITE_SIDE.get(side, side)
                found.append(Cue(t, side, t.text, ids, defer, official=official))
    found += [c for t in sent if t.i not in claimed for c in effect_cue(t, policy)]
    found += [c for t in sent if t.i not in claimed for c in consequence_cue(t, policy)]
    found += [c for t in sent if (c := ownership_cue(t, policy))]
    found = [rebutted(c) for c in found] + [c for t in sent if (c := rebuttal_cue(t, policy))]
    found = refused_calls([x for c in found if (x := called_for(c, policy))])
    found = reversed_by_delay(found, sent, policy)
    found += [
        c
        for t in sent
        if t.i not in claimed and (c := label_cue(t, policy)) and not reported_content(t)
    ]  # ("rejected claims that the levy was a good idea": the claim's label, not theirs)
    found = [c for c in found if not aimed_elsewhere(c.token, found, policy)]
    # "a motion to scrap the levy before it comes into force": a time clause only places the act
    found = [c for c in found if not (len(found) > 1 and time_clause(c.token, PLACING_MARKS))]
    found = [
        replace(c, stance="mixed")
        if only_in_principle(c, sent) or conditional(c, policy) or hedged(c)
        else c
        for c in found
    ]
    # "seeking to scrap the pact": the inner cue says what is wanted, the outer one only wanting;
    # "dropped its opposition": the inner cue, reversed, says it all.
    reversal = knowledge().words("reversal_verbs")
    found = [
        c
        for c in found
        if not (
            (c.defer or c.token.lemma_.lower() in reversal)
            and any(o.token.i in {x.i for x in c.token.subtree} for o in found if o is not c)
        )
    ]
    # "would seek to refer the bill to a committee": wanting an act that is no stance is none.
    found = [
        c
        for c in found
        if not (c.defer and wants_other_act(c.token, policy) and not goes_ahead(c.token, policy))
    ]
    return [c for c in found if c.stance]


WEAKENING = {"water", "dilute", "weaken"}
LIMITS = {"cap", "limit", "ceiling", "quota", "threshold", "allowance", "maximum"}
ENDURING = {"survive", "withstand", "weather", "face", "fend"}  # what is done to a challenge


def limits_policy(t, policy: set[int]) -> bool:
    """Whether a verb's object, the policy, is a limit ("the cap", "the rent ceiling")."""
    return any(
        c.dep_ == "dobj" and c.i in policy and c.lemma_.lower() in LIMITS for c in t.children
    )


def to_a_number(v) -> bool:
    """Whether a verb takes its object to a figure: "from 2 to 3 per cent", "by a third"."""
    return any(
        p.dep_ == "prep" and p.lower_ in ("to", "from", "by") and any(x.like_num for x in p.subtree)
        for p in v.children
    )


def wished(v) -> bool:
    """Whether a verb is what its holder wants or asks done: "voted to triple it", "urged MPs not
    to water it down", "wants to tighten it"; not "fear the government will double it"."""
    kb = knowledge()
    asking = kb.words("asking_verbs") | {"want", "wish", "seek", "prefer", "vote", "plan", "vow"}
    # (the model may hang "to triple it" on "voted" as an adverbial clause, and "the council to
    # dilute it" on "wants" as a clause)
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children)
    # ("Tripling the fee is the least the council can do": the act, judged)
    # ("warned against watering it down": what the warning is against)
    against = v.dep_ == "pcomp" and v.head.lower_ == "against"
    return (
        against
        or v.dep_ in ("ROOT", "csubj")
        or (
            v.dep_ in ("xcomp", "ccomp", "advcl")
            and (v.dep_ == "xcomp" or infinitive)
            and v.head.lemma_.lower() in asking
        )
    )


OBLIGING = {"have", "need", "require", "force", "order", "oblige", "compel"}


def obliged(v) -> bool:
    """Whether a verb is what someone must do: "must comply", "will have to comply", "forced to"."""
    return any(c.dep_ == "aux" and c.lower_ in ("must", "should") for c in v.children) or (
        v.dep_ == "xcomp" and v.head.lemma_.lower() in OBLIGING
    )


def urged_act(v) -> bool:
    """Whether a verb is what someone else is asked to do: "urged colleagues to read …"."""
    return v.dep_ == "xcomp" and any(c.dep_ == "dobj" for c in v.head.children)


def policy_clause(t, policy: set[int]) -> bool:
    """Whether `t` governs a clause about what the policy, or undoing it, would do ("warned that
    scrapping the levy would …"), and has no object of its own ("warned drivers that …")."""
    if any(c.dep_ in ("dobj", "dative") for c in t.children):
        return False
    working = knowledge().words("working_verbs")
    return any(
        s.dep_ in ("nsubj", "nsubjpass", "csubj")
        and any(x.i in policy for x in s.subtree)
        and c.lemma_.lower() not in working  # "warned that the charge would apply from Monday"
        and not any(a.dep_ == "auxpass" for a in c.children)  # "… would be switched on"
        for c in t.children
        if c.dep_ == "ccomp"
        for s in c.children
    )


def time_clause(t, marks: set[str] = TIME_MARKS) -> bool:
    """Whether a clause says when ("before it comes into force", "once the levy is approved")."""
    return t.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in marks for m in t.children)


def wants_other_act(t, policy: set[int]) -> bool:
    """Whether what a verb of wanting governs is another act done to the policy ("seek to refer
    it", "try to amend it"), rather than the policy itself ("seek the deal")."""
    return any(
        c.dep_ in ("xcomp", "ccomp") and c.pos_ == "VERB" and any(x.i in policy for x in c.subtree)
        for c in t.children
    )


def goes_ahead(t, policy: set[int]) -> bool:
    """ "announced that the levy will double": its author making the policy public; not "announced
    that the levy will be delayed", nor "announced it would scrap the levy"."""
    kb = knowledge()
    return t.lemma_.lower() in kb.words("announcing_verbs") and any(
        going_ahead(c, kb) for c in policy_clauses(t, policy)
    )


def news_of(t, policy: set[int]) -> bool:
    """ "announced that the levy is dead", "… will cost members $4 million": what the policy does
    or is, told; not the policy going ahead, nor someone's plan for it ("announced that the
    council wants visitors to pay the fee")."""
    return any(not going_ahead(c, knowledge()) for c in policy_clauses(t, policy))


def policy_acts_on(t, policy: set[int]) -> bool:
    """Whether `t` governs a clause in which the policy does something to someone ("complained
    that the levy favoured big ports"); not one in which it stalls, or does not go
    far enough, what a backer complains of."""
    return policy_clause(t, policy) and any(
        not is_negated(c) and any(o.dep_ == "dobj" for o in c.children)
        for c in policy_clauses(t, policy)
    )


def policy_clauses(t, policy: set[int]) -> list:
    """The clauses a verb reports whose subject is the policy ("… that the levy will double")."""
    return [
        c
        for c in t.children
        if c.dep_ == "ccomp"
        and any(s.dep_ in ("nsubj", "nsubjpass") and names_policy(s, policy) for s in c.children)
    ]


GOING = {"rise", "double", "triple", "increase", "apply", "start", "begin", "cover", "extend", "expand",
         "require", "charge", "impose", "ban", "create", "set", "allow"}  # fmt: skip
# ("take effect", "come into force", "go ahead", "enter into force")
GOING_WITH = {"take": "effect", "come": "force", "go": "ahead", "enter": "force"}


def going_ahead(v, kb: Knowledge) -> bool:
    """ "will double", "would rise", "will take effect on …": the policy going ahead as made; not
    "will cost members $4 million", "would be paused", "is dead", "will not rise"."""
    if is_negated(v):
        return False
    lemma = v.lemma_.lower()
    if lemma == "take":  # "will take effect", "would take stakes in …"; not "will take years"
        return not any(c.dep_ == "dobj" and c.ent_type_ in ("DATE", "TIME") for c in v.children)
    if lemma in GOING_WITH:
        return any(x.lower_ == GOING_WITH[lemma] for x in v.subtree)
    return lemma in GOING and not any(c.dep_ == "auxpass" for c in v.children)


def conditional(c: Cue, policy: set[int]) -> bool:
    """ "would support it if the rate is cut": backing or opposing on a condition.
    Not a promise for when the holder has the power ("would repeal it if it wins the election"),
    nor a threat for when the policy goes ahead ("will go to court if the plan is approved")."""
    t = c.token
    while t.pos_ != "VERB" and t.dep_ in ("pobj", "prep", "dobj") and t.head.i != t.i:
        t = t.head  # "will go to court if …": the condition hangs on the verb
    # "will reject it unless the fee is halved" opposes it as it stands; "will not back it
    # unless …" and "would back it if …" hold out for a change.
    marks = {"if"} if c.stance == "oppose" and not is_negated(c.token) else {"if", "unless"}
    if any(x.dep_ == "advmod" and x.lower_ == "conditionally" for x in c.token.children):
        return c.stance in ("support", "oppose")  # backed it "conditionally"
    if c.stance == "oppose" and is_negated(c.token) and without_terms(c.token, policy):
        return True  # "would not support it without written protections": backing, on terms
    return c.stance in ("support", "oppose") and any(
        x.lemma_.lower() not in ("win", "elect", "form", "take", "gain", "return", "regain")
        and not any(names_policy(s, policy) or stands_for(s, policy) for s in subjects_of(x))
        for x in condition_clauses({*c.token.children, *t.children}, marks)
    )


def condition_clauses(children, marks: set[str]) -> list:
    """The clauses among a verb's dependents that set it a condition: "if …", "unless …",
    and, like "if", "as long as …", "provided (that) …", "on condition that …"."""
    out = []
    for x in children:
        if x.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in marks for m in x.children):
            out.append(x)
        elif x.dep_ == "advmod" and x.lower_ == "long" and "if" in marks:  # "as/so long as …"
            out += [c for c in x.children if c.dep_ == "advcl" and not lasting(c)]
        elif x.lower_ in ("provided", "providing") and x.dep_ in ("prep", "advcl", "mark", "acl"):
            if "if" in marks and not any(c.dep_ in ("dobj", "prep") for c in x.children):
                # not "providing the decisive vote", "provided with new figures"
                out += [
                    c
                    for c in x.children
                    if c.dep_ in ("ccomp", "advcl") and any(s.dep_ == "nsubj" for s in c.children)
                ] or ([x] if not list(x.children) else [])  # (its clause hung elsewhere)
        elif x.dep_ == "prep" and x.lower_ == "on" and "if" in marks:  # "on condition that …"
            out += [
                a
                for o in x.children
                if o.dep_ == "pobj" and o.lemma_.lower() == "condition"
                for a in o.children
                if a.dep_ in ("acl", "ccomp") and any(m.lower_ == "that" for m in a.children)
            ]
    return out


# Words that hold back a welcome: "a lukewarm welcome", "cautiously welcomed".
HOLDING_BACK = {"cautious", "cautiously", "guarded", "guardedly", "qualified", "tentative", "tentatively", "lukewarm"}  # fmt: skip


def hedged(c: Cue) -> bool:
    """ "gave the plan a lukewarm welcome", "cautiously welcomed the levy": backing held back;
    not an act done so ("signing it tentatively": an initialling, no reservation)."""
    return (
        c.stance == "support"
        and c.token.lemma_.lower()
        in WELCOMING | {"back", "support", "endorse", "accept", "backing"}
        and any(x.dep_ in ("amod", "advmod") and x.lower_ in HOLDING_BACK for x in c.token.children)
    )


def lasting(clause) -> bool:
    """ "would oppose it as long as he remained in parliament": how long, not on what terms; its
    subject is a person's pronoun, the holder himself."""
    return any(
        c.dep_ == "nsubj" and c.lower_ in ("he", "she", "i", "we", "they") for c in clause.children
    ) and clause.lemma_.lower() in ("remain", "stay", "be", "live", "serve", "hold", "sit")


def without_terms(t, policy: set[int]) -> bool:
    """ "without written protections": a verb's terms, something other than the policy."""
    return not any(c.lower_ == "never" for c in t.children) and any(
        x.dep_ == "prep"
        and x.lower_ == "without"
        and not any(o.i in policy for o in x.subtree)
        and any(o.dep_ == "pobj" and o.lemma_.lower() not in UNCONDITIONAL for o in x.children)
        for x in t.children
    )  # ("without giving reasons", "without hesitation": no terms; "never": none)


UNCONDITIONAL = {
    "hesitation",
    "reservation",
    "reservations",
    "doubt",
    "question",
    "delay",
    "condition",
    "conditions",
}


def only_in_principle(c: Cue, sent) -> bool:
    """ "backs the aim of the ban but says schools need money": support for the aim only, with a
    reservation set against it, is mixed."""
    return c.stance == "support" and in_principle(c.token, c.stance)


def in_principle(t, stance: str) -> bool:
    """ "welcomed the aim of reducing harm but criticised the floor": a support cue on what the
    policy is for, in a sentence that names the policy and sets a reservation against it."""
    if stance != "support" or not any(x.lower_ in CONTRAST for x in t.sent):
        return False
    aims = knowledge().words("aim_nouns")
    if any(o.dep_ == "dobj" and o.lemma_.lower() in aims for o in t.children):
        return True
    # "supported 'closer ties in principle' but wanted a cap …": not in what is coordinated with it
    other = {x.i for c in t.children if c.dep_ in ("conj", "cc") for x in c.subtree}
    return any(
        x.lower_ == "principle" and x.head.lower_ == "in" and x.i not in other for x in t.subtree
    )


def aimed_elsewhere(t, found: list[Cue], policy: set[int]) -> bool:
    """A cue aimed at an action ("fight any attempt to weaken the levy", "resist calls to scrap
    it") says nothing about the policy unless the action is itself a cue we can take in."""
    cue_ids = {i for c in found for i in c.ids}
    for obj in (c for c in t.children if c.dep_ in ("dobj", "pobj")):
        if is_action(obj, policy) and not cue_ids & {x.i for x in obj.subtree}:
            return True
    # A cue inside such an action counts only when an outer cue takes it in (see composed).
    actions = [x for x in t.ancestors if is_action(x, policy)]
    owner = actions[0].head if actions else None
    if owner is not None and owner.dep_ == "prep" and owner.lower_ in ("in", "with"):
        owner = owner.head  # "joined the Greens in a motion calling for …"
    if owner is not None and owner.lemma_.lower() in knowledge().words("owning_verbs"):
        return False  # "repeated its call to abandon the levy": the caller's own aim
    return bool(actions) and not any(x.i in cue_ids for x in t.ancestors)


def is_action(x, policy: set[int]) -> bool:
    """ "attempt to weaken …", "calls to scrap …": an action noun with a verb saying what it aims at."""
    return (
        x.pos_ == "NOUN"
        and x.i not in policy
        and x.lemma_.lower() in knowledge().words("action_nouns")
        and any(c.dep_ in ("acl", "relcl") and c.pos_ == "VERB" for c in x.children)
    )


def ownership_cue(t, policy: set[int]) -> Cue | None:
    """ "Environment Minister Anna Berg's levy", "the government's plan": the policy's author backs it."""
    if t.i not in policy or t.pos_ not in ("NOUN", "PROPN") or t.dep_ == "compound":
        return None
    owner = next((c for c in t.children if c.dep_ == "poss" and c.pos_ != "PRON"), None)
    if owner is None:
        return None
    if owner.ent_type_ in ("GPE", "LOC") and any(
        c.tag_ in ("JJS", "RBS") or c.lower_ in RANKING for c in t.children
    ):
        return None  # "Germany's first state-wide limit", "Ohio's largest …": where, not whose
    words = t.doc[owner.left_edge.i : t.i + 1].text
    return Cue(t, "support", words, frozenset([t.i]), owner=True)


def refused_calls(found: list[Cue]) -> list[Cue]:
    """ "rejected calls for the levy to be delayed": refusing a call takes the other side of it,
    and the refusing verb is no cue of its own."""
    refusals = {
        c.token.head.i
        for c in found
        if c.token.lemma_.lower() == "call"
        and c.token.dep_ == "dobj"
        and c.token.head.lemma_.lower() in knowledge().words("refusing_verbs")
    }
    return [
        replace(c, stance=OPPOSITE_SIDE.get(c.stance, c.stance))
        if c.token.head.i in refusals and c.token.lemma_.lower() == "call"
        else c
        for c in found
        if c.token.i not in refusals
    ]


def called_for(c: Cue, policy: set[int]) -> Cue | None:
    """ "called for a levy on cups" backs it and "called for it to be delayed" opposes it; "called
    for talks on the levy" or "for the figures to be released" is neither."""
    if c.token.lemma_.lower() != "call":
        return c
    asked = prep_objects(c.token, "for")
    # "called for the levy to be delayed": a clause marked by "for", whose subject is wanted
    asked += [
        o
        for x in c.token.children
        if x.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "for" for m in x.children)
        for o in x.children
        if o.dep_ in ("nsubj", "nsubjpass")
    ]
    for wanted in asked:
        if wanted.i in policy or (wanted.lower_ == "it" and policy):
            done = wanted.head if wanted.dep_ in ("nsubj", "nsubjpass") else None
            done = done or next((x for x in wanted.children if x.dep_ in ("acl", "relcl")), None)
            if done is None:
                return c
            # "… to be pushed back": what is wanted done to it is a delay; any other act
            # ("to be published") is no side, and a stance cue inside speaks for itself
            acted_on = not any(x.dep_ == "dobj" for x in done.children)  # not "put money back"
            return replace(c, stance="oppose") if delaying(done) and acted_on else None
        if wanted.lemma_.lower() in knowledge().words("delay_nouns"):
            return c  # "called for a delay to the levy": turned round (reversed_by_delay)
    return None


def delaying(v) -> bool:
    """ "delayed", "postponed", "pushed back", "put off": a verb that puts a thing off."""
    lemma = v.lemma_.lower()
    turned = any(y.dep_ in ("prt", "advmod") and y.lower_ in ("back", "off") for y in v.children)
    return v.pos_ == "VERB" and (
        lemma in ("delay", "postpone", "defer") or (lemma in ("push", "put") and turned)
    )


def reversed_by_delay(found: list[Cue], sent, policy: set[int]) -> list[Cue]:
    """ "another delay to the ban would hurt firms that invested", "was disappointed and said a
    delay to the ban would …": what is said of a delay or repeal of the policy is the other side of
    the policy: a cue whose subject is the delay, or any cue where the policy is named only as the
    thing delayed."""
    kb = knowledge()
    delays = kb.words("delay_nouns")

    def delay(x) -> bool:
        return x.i not in policy and x.pos_ == "NOUN" and x.lemma_.lower() in delays

    def delayed(i: int) -> bool:
        return any(delay(a) for a in sent.doc[i].ancestors)

    only = bool(policy) and all(delayed(i) for i in policy)
    out = []
    for c in found:
        verb = c.token if c.token.pos_ in ("VERB", "AUX") else c.token.head
        objects = [x for x in c.token.children if x.dep_ in ("dobj", "attr")]
        objects += [o for x in c.token.children if x.dep_ == "prep" for o in x.children]
        said_of = any(
            delay(x) and (names_policy(x, policy) or any(y.lower_ == "it" for y in x.subtree))
            for x in (*subjects_of(verb), *objects)
        )
        itself = c.token.lemma_.lower() in delays | kb.words("stance_event_nouns")
        if (only or said_of) and not itself and c.stance in OPPOSITE_SIDE:
            c = replace(c, stance=OPPOSITE_SIDE[c.stance])
        out.append(c)
    return out


def criticism(t) -> bool:
    return t.lemma_.lower() in knowledge().words("criticism_nouns")


def criticised_subject(t):
    """The noun an adjective is said of: "the criticism was unfair", "unfair criticism"."""
    if t.dep_ == "amod":
        return t.head
    if t.dep_ in ("acomp", "attr", "oprd"):
        return next((c for c in t.head.children if c.dep_ in ("nsubj", "dobj")), None)
    return next((c for c in t.children if c.dep_ == "nsubjpass"), None)  # "was misguided"


def rebutted(c: Cue) -> Cue:
    """ "said the criticism of the levy was unfair": an attack on the criticism defends the policy."""
    t = c.token
    subject = criticised_subject(t)
    if any(x.dep_ == "xcomp" for x in t.children):
        return c  # "concern about the levy was wrong to ignore": the ignoring is judged
    if subject is not None and criticism(subject) and c.stance in OPPOSITE_SIDE:
        return replace(c, stance=OPPOSITE_SIDE[c.stance])
    if criticism(t) and t.head.lower_ in knowledge().words("rebutting_adjectives"):
        return replace(c, stance="support")  # "opposition to the levy was misguided"
    return c


def rebuttal_cue(t, policy: set[int]) -> Cue | None:
    """ "dismissed criticism of the levy", "said fears about the levy were overblown": what is said
    against the policy, rebutted."""
    kb = knowledge()
    if t.lemma_.lower() in kb.words("rebutting_verbs") or (
        t.lemma_.lower() in ("brush", "shrug", "play") and any(c.dep_ == "prt" for c in t.children)
    ):
        target = next((c for c in t.children if c.dep_ == "dobj"), None)
    elif t.lower_ in kb.words("rebutting_adjectives") and t.pos_ in ("ADJ", "VERB"):
        target = criticised_subject(t)
    else:
        return None
    if target is None or not criticism(target) or not policy & {x.i for x in target.subtree}:
        return None
    if t.dep_ == "ccomp" and any(c.dep_ == "nsubj" and c.pos_ == "NOUN" for c in t.children):
        return None  # "said the council brushed off objections to it": the council's, unnamed
    return Cue(t, negate(t, "support"), t.text, frozenset([t.i]))


def label_cue(t, policy: set[int]) -> Cue | None:
    """ "called it a tax on small shops", "branded the ban a gimmick": the name given to the policy."""
    kb = knowledge()
    named = labelled(t, kb)
    if named is None or not (names_policy(named, policy) or stands_for(named, policy)):
        return None
    lemma = t.lemma_.lower()
    if lemma in {t.doc[i].lemma_.lower() for i in policy}:
        return None  # "called the tax a tax on sugar": a description
    stance = label_side(t, kb)
    if stance is None or (t.dep_ in ("attr", "pobj") and not taxing_someone(t, kb)):
        return None
    words = t.doc[named.head.i : t.i + 1].text
    if t.dep_ == "pobj":  # "dismissed the ban as a gimmick": the verb's subject holds it
        return Cue(named.head, negate(named.head, stance), words, frozenset([t.i, named.head.i]))
    return Cue(t, negate(t, stance), words, frozenset([t.i]))


def taxing_someone(t, kb: Knowledge) -> bool:
    """Whether a "tax" label, given by a plain "is" or "described as", taxes people ("a tax on
    working people"), which attacks it, not a thing ("a tax on pollution"), which describes it.
    Other labels need no such check."""
    if t.lemma_.lower() != "tax":
        return True
    on = [o for c in t.children if c.dep_ == "prep" and c.lower_ == "on" for o in c.children]
    return any(someone(o, kb) for o in on if o.dep_ == "pobj")


def labelled(t, kb: Knowledge):
    """What a label names, if `t` is one: "branded the ban a gimmick" (the parser's object
    predicate), or 'called the result "a mistake …"' (read as the object's apposition)."""
    if t.dep_ == "oprd" and t.head.lemma_.lower() in kb.words("labelling_verbs"):
        return next((c for c in t.head.children if c.dep_ == "dobj"), None)
    if (
        t.dep_ == "appos"
        and t.head.dep_ == "dobj"
        and t.head.head.lemma_.lower() in kb.words("labelling_verbs")
    ):
        return t.head
    verb, describing = t.head.head, kb.words("labelling_verbs") | kb.words("describing_verbs")
    if t.dep_ == "pobj" and t.head.lower_ == "as" and verb.lemma_.lower() in describing:
        # "described the levy as a cash grab"
        return next((c for c in verb.children if c.dep_ == "dobj"), None)
    if t.dep_ == "attr" and t.head.lemma_ == "be" and not is_negated(t.head):
        return next((c for c in t.head.children if c.dep_ == "nsubj"), None)  # "it is a tax on …"
    return None


def label_side(t, kb: Knowledge) -> str | None:
    """The side a label takes on what it names: "a gimmick", "a symbolic act that damages the
    city" (oppose), "a milestone", "a historic step" (support), or None."""
    lemma = t.lemma_.lower()
    # ("a turning point": the model may make the word before the noun a compound)
    praised = {c.lemma_.lower() for c in t.children if c.dep_ in ("amod", "compound")}
    # "a rerun of a fiasco": what the label is of; not "the end of a scandal"
    of = [o for p in t.children if p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    if lemma in ENDINGS:
        of = []
    harmful = any(  # what it does, in the label's own clause: not "… for families that X hurts"
        v.dep_ in ("relcl", "acl")
        and v.head.i == t.i
        and v.lemma_.lower() in kb.words("harm_verbs")
        and not is_negated(v)
        for v in t.children
    )
    pejorative = kb.words("pejorative_labels")
    if lemma in pejorative or harmful or any(o.lemma_.lower() in pejorative for o in of):
        return "oppose"
    if t.pos_ == "ADJ" and t.dep_ == "oprd":  # 'called the levy "ridiculous"', "called it sensible"
        if lemma in kb.words("damning_adjectives"):
            return "oppose"
        return "support" if lemma in kb.words("praising_adjectives") - NOT_BARE_PRAISE else None
    if lemma in kb.words("neutral_labels") and praised & kb.words("damning_adjectives"):
        return "oppose"  # "a dark day for drivers"
    backwards = any(x.lower_ in ("backwards", "backward", "but", "only") for x in t.subtree)
    if lemma in kb.words("praising_labels") or (
        lemma in kb.words("neutral_labels")
        and praised & kb.words("praising_adjectives")
        and not backwards  # "a big step backwards", "a good start but not enough"
    ):
        after = t.doc[t.right_edge.i + 1 : t.right_edge.i + 4]
        but = next((x for x in after if x.lower_ == "but"), None)
        rest = but.nbor() if but is not None and but.i + 1 < len(t.doc) else None
        if rest is not None and rest.pos_ not in ("VERB", "AUX", "PRON", "PROPN"):
            # '"a good start, but years late"'; not "a victory, but warned that …", a
            # concern of its own beside the praise
            return "mixed"
        return "support"
    return None


ENDINGS = {"end", "cure", "remedy", "fix", "solution", "answer", "antidote"}
NOT_BARE_PRAISE = {"first", "turning", "win", "proud"}  # praise only as a label's qualifier


def effect_cue(t, policy: set[int]) -> list[Cue]:
    """ "The charge would cut traffic": lessening a harm or bringing a good is support."""
    kb = knowledge()
    verb = t.lemma_.lower()
    sign = (
        1 if verb in kb.words("raising_verbs") else -1 if verb in kb.words("lessening_verbs") else 0
    )
    if not sign or t.pos_ != "VERB" or not is_about_policy(t, policy, "subject"):
        return []
    for obj in (c for c in t.children if c.dep_ in ("dobj", "dative")):
        obj = counted(obj)
        value = worth(obj, kb)
        if not value and verb in kb.words("hurting_verbs") and someone(obj, kb):
            value = 1  # "would hit low-paid workers": whoever it hits is harmed
        if not value and verb in kb.words("destroying_verbs") and not counted_thing(obj):
            value = 1  # "will kill the high street": whatever it destroys, but a harm, was good
        if not value and verb in kb.words("funding_verbs") and not limited(t):
            value = 1  # "would fund 200,000 homes"; not "would only fund a new bureaucracy"
        if value:
            stance = "support" if sign * value > 0 else "oppose"
            words = t.doc[t.i : obj.i + 1].text
            return [Cue(t, negate(t, stance), words, frozenset([t.i, obj.i]))]
    return []


LESS = {"fewer", "less", "lower", "reduced", "smaller"}


def worth(noun, kb: Knowledge) -> int:
    """1 for a good ("jobs"), -1 for a harm ("deaths", "price"; the lists hold either form), the
    other way round for less of it ("fewer deaths"), else 0."""
    nouns = {noun.lemma_.lower(), noun.lower_}
    value = 1 if nouns & kb.words("goods") else -1 if nouns & kb.words("harms") else 0
    fewer = any(c.lower_ in LESS for c in noun.children if c.dep_ in ("amod", "advmod"))
    return -value if fewer else value


def consequence_cue(t, policy: set[int]) -> list[Cue]:
    """What the policy is said to bring about, beyond a plain verb and object (effect_cue):
    "would drive up costs" (raising), "would lead to job losses", "would put jobs at risk",
    "would make housing unaffordable" or "the city safer", "would force shops to close", "would
    drive tourists away"."""
    kb = knowledge()
    if t.pos_ != "VERB" or not is_about_policy(t, policy, "subject"):
        return []
    lemma = t.lemma_.lower()
    particles = {c.lower_ for c in t.children if c.dep_ in ("prt", "advmod")}

    def said(side: str, last) -> list[Cue]:
        return [Cue(t, negate(t, side), t.doc[t.i : last.i + 1].text, frozenset([t.i, last.i]))]

    def judged(noun) -> str | None:
        return {1: "support", -1: "oppose"}.get(worth(noun, kb))

    objects = [counted(c) for c in t.children if c.dep_ == "dobj"]
    if lemma in ("drive", "push", "force", "send", "bring") and particles & {"up", "down"}:
        for o in objects:  # "would drive up costs", "would bring down pollution"
            if side := judged(o):
                return said(side if "up" in particles else OPPOSITE_SIDE[side], o)
    if lemma in ("drive", "push", "scare") and particles & {"away", "out"} and objects:
        return said("oppose", objects[0])  # "would drive tourists away"
    after = t.doc[t.i : t.i + 2].text.lower()
    led = prep_objects(t)
    if lemma in kb.words("leading_verbs") or any(after == p for p in kb.words("leading_phrases")):
        for o in objects + led:
            if side := judged(o):
                return said(side, o)  # "would lead to job losses", "would cause chaos"
    if lemma == "put" and any(o.lower_ == "risk" for o in led):
        return said("oppose", objects[0] if objects else t)  # "would put 2,000 jobs at risk"
    if lemma == "make" and not any(c.lower_ == "it" for c in t.children if c.dep_ != "nsubj"):
        for c in t.children:  # not "would make it harder to pollute": what is made hard is unsaid
            made = c if c.dep_ in ("oprd", "acomp", "ccomp") and c.pos_ == "ADJ" else None
            if made is None and c.dep_ == "ccomp":  # "make housing unaffordable", as parsed
                made = next((x for x in c.children if x.dep_ in ("acomp", "oprd")), None)
            if made is None or made.pos_ != "ADJ":
                continue
            word = made.lemma_.lower()
            if word in kb.words("making_bad"):
                return said("oppose", made)  # "would make housing unaffordable"
            if word in kb.words("making_good"):
                return said("support", made)  # "would make the city safer"
    if lemma == "force" and any(
        c.dep_ in ("xcomp", "ccomp") and c.lemma_.lower() in kb.words("closing_verbs")
        for c in t.children
    ):
        return said("oppose", t)  # "would force dozens of shops to close"
    return []


def counted_thing(obj) -> bool:
    """ "two birds": a number of things is a figure of speech here, not what the policy harms."""
    return any(c.dep_ == "nummod" for c in obj.children)


def limited(t) -> bool:
    """Whether a verb is hedged down ("would only fund", "just pays for")."""
    return any(c.lower_ in ("only", "just", "merely", "mostly") for c in t.children)


def someone(t, kb: Knowledge) -> bool:
    """Whether a noun names people or bodies: "workers", "small shops", "the Ruhr", "families"."""
    return (
        t.ent_type_ in ("PERSON", "ORG", "NORP", "GPE")
        or t.lemma_.lower() in kb.words("group_nouns") | kb.words("body_nouns")
        or (t.tag_ == "NNS" and PEOPLE_SUFFIX_RE.search(t.lower_) is not None)
        or bool({t.lower_, t.lemma_.lower(), t.lower_ + "s"} & kb.words("affected_nouns"))
    )


def counted_of(tok):
    """The "of" after a count: "hundreds of", "all but one of"."""
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            return c
        if c.dep_ == "prep" and c.lower_ == "but":  # "all but one of"
            return next((counted_of(o) for o in c.children if o.dep_ == "pobj"), None)
    return None


def counted(obj):
    """ "thousands of secure jobs", "millions in costs": the noun counted, not the count."""
    if obj.pos_ in ("NOUN", "NUM") and obj.lemma_.lower() in COUNT_WORDS:
        for prep in (c for c in obj.children if c.dep_ == "prep" and c.lower_ in ("of", "in")):
            for noun in (c for c in prep.children if c.dep_ == "pobj"):
                return noun
    return obj


COUNT_WORDS = {"hundred", "hundreds", "thousand", "thousands", "million", "millions", "billion", "billions", "dozen", "dozens", "lot", "lots", "number", "tens"}  # fmt: skip


def negate(t, stance: str) -> str | None:
    """The stance a cue counts for once a "not", "never" or "no longer" on it is taken into account."""
    negated = is_negated(t)
    complement = t.dep_ in ("acomp", "attr", "oprd") or (
        t.pos_ != "VERB" and (t.dep_ == "xcomp" or t.head.lemma_ == "be")
    )
    if complement:
        negated = negated or is_negated(t.head)  # "is not against the ban", "was not opposed"
    if t.dep_ in ("acl", "relcl", "xcomp", "pcomp") and no_intention(t):
        negated = not negated  # "has no plans to scrap it", "no intention of signing"
    if t.dep_ == "dobj" and t.head.lemma_.lower() in knowledge().words("reversal_verbs"):
        # "dropped its opposition to the ban"; "has not abandoned its objection" still objects
        negated = negated if is_negated(t.head) else not negated
    if denied(t):
        negated = not negated  # "does not believe the ban will hurt", "denied that it opposed"
    if t.dep_ == "xcomp" and t.head.lemma_.lower() in knowledge().words("refusal_verbs"):
        negated = not negated  # "refused to sign", "declined to back"
    elif t.dep_ == "pcomp" and t.head.lower_ == "of" and t.head.head.lower_ == "short":
        return "neutral"  # "stopped short of endorsing": not a stance either way
    elif t.dep_ == "xcomp" and t.head.lemma_.lower() in knowledge().words("wanting_verbs"):
        negated = negated or is_negated(t.head)  # "does not want to sign"
    if negated and stance == "support" and any(c.lower_ in DEGREE for c in t.children):
        return "mixed"  # "could no longer fully back the proposal": not all of it, not against it
    if t.lemma_.lower() in knowledge().words("reversal_verbs") and any(
        c.dep_ == "dobj" and criticism(c) for c in t.children
    ):
        return "oppose" if negated else "neutral"  # "has not abandoned its objection to the levy"
    if t.lemma_.lower() == "negotiable":
        prefixed = t.i >= 2 and t.nbor(-1).text == "-" and t.nbor(-2).lower_ == "non"
        undoing = knowledge().words("undoing_nouns")
        if any(x.lemma_.lower() in undoing for x in subjects_of(t)):
            return None  # "Repeal of the tariff is non-negotiable": the repeal's, not the tariff's
        # "the levy is not negotiable", "non-negotiable": it stays as it is; "negotiable": no side
        return "support" if negated or prefixed else None
    if negated and stance == "oppose" and kept(t):
        return "support"  # "will not scrap the levy", "would not withdraw the bill": it stays
    if negated and stance == "neutral" and t.lemma_.lower() in ("comply", "abide", "obey"):
        return "oppose"  # "would not comply with the levy"
    if negated and stance == "mixed" and t.lemma_.lower() in WEAKENING:
        return "support"  # "urged MPs not to water the levy down": as it stands
    return NEGATED.get(stance) if negated else stance


def kept(t) -> bool:
    """ "will not scrap the levy", "would not withdraw the bill": a "not" on undoing the policy
    itself; not "no longer promises to repeal it", nor "has not abandoned its objection"."""
    kb = knowledge()
    return (
        t.lemma_.lower() in kb.words("keeping_verbs")
        and any(c.dep_ == "neg" and c.lower_ in ("not", "n't", "never") for c in t.children)
        # "complained that the council would not scrap it": the complainer wants it scrapped
        and not (t.dep_ == "ccomp" and t.head.lemma_.lower() in kb.words("complaining_verbs"))
        and not any(
            c.dep_ == "dobj"
            and (c.lemma_.lower() in kb.words("criticism_nouns") | kb.words("stance_event_nouns"))
            for c in t.children
        )
    )


def denied(t) -> bool:
    """Whether a cue sits in what a negated belief or a denial says ("does not think that …")."""
    kb = knowledge()
    for clause in (t, *t.ancestors):
        if clause.dep_ == "ccomp":
            verb = clause.head
            lemma = verb.lemma_.lower()
            if lemma in kb.words("denial_verbs") or (
                lemma in kb.words("belief_verbs") and is_negated(verb)
            ):
                return True
    return False


def no_intention(t) -> bool:
    """Whether a verb completes a noun negated by "no" ("no plans to …", "no intention of …")."""
    noun = t.head.head if t.dep_ == "pcomp" and t.head.lower_ == "of" else t.head
    return noun.pos_ == "NOUN" and any(c.lower_ == "no" for c in noun.children)


def is_negated(t) -> bool:
    return any(
        c.dep_ == "neg"
        or c.lower_ == "never"
        or (c.lower_ == "longer" and any(g.lower_ == "no" for g in c.children))
        # "Neither X nor Y supports it": the subject carries the negation
        or (c.dep_ == "nsubj" and any(g.lower_ == "neither" for g in c.children))
        for c in t.children
    )


RECEIVING = {"enjoy", "have", "win", "gain", "attract", "receive", "draw", "face", "meet"}


def has_policy_arg(t, policy: set[int]) -> bool:
    # "the levy has won the backing of the union": support the policy receives is for it
    receiving = t.dep_ == "dobj" and t.head.lemma_.lower() in RECEIVING
    if receiving and any(c.dep_ == "nsubj" and c.i in policy for c in t.head.children):
        return True
    # "wants the law repealed": a bare participle's subject is what it is done to.
    bare = not any(c.dep_ in ("aux", "auxpass") for c in t.children)
    patient = bare and (
        t.tag_ == "VBN"
        or (
            t.dep_ in ("ccomp", "xcomp")
            and t.head.lemma_.lower() in knowledge().words("wanting_verbs")
        )
    )
    other_object = any(
        c.dep_ == "dobj" and not any(x.i in policy for x in c.subtree) for c in t.children
    )
    for c in t.children:
        if c.dep_ in ("csubj", "aux", "neg", "advmod") or (c.dep_ == "nsubj" and not patient):
            continue
        if other_object and (
            c.dep_ == "advcl" or (c.dep_ == "conj" and any(m.dep_ == "mark" for m in c.children))
        ):
            # "would back the strike, calling the ban a gimmick", "said it backed the petition and
            # that the ban …": the strike, the petition is backed; "welcomed a bigger role for ports
            # but opposed the levy" is left to weigh both
            continue
        if c.dep_ == "prep" and c.lower_ in FRAMES:
            continue  # "Under the deal, the UK would scrap its tariffs": the frame, not the object
        if c.dep_ == "dobj" and c.i not in policy and whether_only(c, policy):
            continue  # "sought legal advice on whether the ban could be challenged": no aim
        if any(x.i in policy for x in c.subtree):
            return True
    return any(names_policy(c, policy) for c in light_args(t))


def whether_only(c, policy: set[int]) -> bool:
    """Whether the policy is named under this token only inside a "whether"/"if" clause."""
    inside = [x for x in c.subtree if x.i in policy]
    return bool(inside) and all(hypothetical(x) and not hypothetical(c) for x in inside)


def light_args(t) -> list:
    """ "gave preliminary approval to the charge", "gave the plan its approval", "voiced support
    for it": a stance noun that is the object of a light verb takes the verb's recipient as its own."""
    if t.dep_ != "dobj" or t.head.lemma_.lower() not in knowledge().words("light_verbs"):
        return []
    return [
        c
        for c in t.head.children
        if c.dep_ == "dative" or (c.dep_ == "prep" and c.lower_ in ("to", "for"))
    ]


def enforcing(t, policy: set[int]) -> bool:
    """Whether a threat is made on a condition that does not name the policy ("… if companies
    kept buying from cleared land"): the threat is against others, on the policy's behalf."""
    verb = t
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    verbs = [verb]
    while verbs[-1].dep_ == "xcomp":  # "would be ready to take it to court if …"
        verbs.append(verbs[-1].head)
    # "… if the council does not widen it": a condition on those who make the policy is a
    # threat against them
    rulers = set(knowledge().lexicon["government_bodies"]) | {
        "council",
        "city",
        "state",
        "province",
    }
    return any(
        c.dep_ == "advcl"
        and any(m.dep_ == "mark" and m.lower_ in ("if", "when") for m in c.children)
        and not any(x.i in policy for x in c.subtree)
        and not any(s.lower_ in rulers or s.ent_type_ == "GPE" for s in subjects_of(c))
        for v in verbs
        for c in v.children
    )


def political_opposition(t) -> bool:
    """ "Norway's opposition walked out", "the opposition voted": the parties out of power, doing
    something; not a stance that grows, hardens or is well known ("opposition to the pact")."""
    return (
        t.lower_ == "opposition"
        and t.dep_ in ("nsubj", "nsubjpass")
        and t.head.pos_ == "VERB"
        and t.head.lemma_.lower() not in DEGREE_VERBS
        and not any(c.dep_ == "prep" for c in t.children)
    )


# What a stance does by degree: "opposition grew", "support is hardening".
DEGREE_VERBS = {"grow", "mount", "harden", "soften", "rise", "intensify", "fade", "ease", "remain",
                "persist", "continue", "stiffen", "build", "deepen", "weaken", "strengthen", "wane",
                "increase", "fall", "decline", "spread", "surge", "swell", "melt", "evaporate"}  # fmt: skip


def is_about_policy(t, policy: set[int], needs: bool | str) -> bool:
    """Whether a cue speaks of the policy, not of something else named in the same sentence.

    A cue that must take the policy as its argument ("sign the pact") needs it there. Any other cue
    ("opposed the deal", "the pact would help") counts when the policy, or "it" after the policy
    was named, is among its arguments; when it has arguments that are all about something else
    ("criticised the minister", "help members prepare") it does not count; and a cue with no
    argument at all ("strong protests by …", "it is wrong") counts for the sentence's policy.
    """
    if needs == "subject":  # the policy itself, not a clause hung on the subject
        return any(
            names_policy(c, policy, core=True) or stands_for(c, policy) for c in subjects_of(t)
        )
    if needs == "sentence":
        # "take … to court": the sentence names the policy, that will do; but not "would go to
        # court if companies kept breaking it", a threat to enforce it against others
        return bool(policy) and not enforcing(t, policy)
    if needs == "object":  # "we still want a congestion charge"; not "want it to fail"
        return not any(c.dep_ in ("xcomp", "ccomp", "oprd") for c in t.children) and any(
            c.dep_ == "dobj"
            and c.i in policy
            and not any(d.dep_ in ("acl", "relcl", "xcomp", "ccomp", "prep") for d in c.children)
            for c in t.children
        )
    if modifies_policy(t, policy):
        return False  # "opposes any delay to the levy", "backed an exemption from it"
    if needs:
        return (
            has_policy_arg(t, policy)
            or passive_on(t, policy)
            or relative_on(t, policy)
            or (t.tag_ != "VBD" and refers_back(t, policy, only_it=True))
        )
    args = [c for c in t.children if c.dep_ in OBJECTS and not is_agent(c) and not is_setting(c)]
    content = knowledge().words("content_nouns")
    if any(c.lemma_.lower() in content and c.i not in policy for c in args):
        return False  # "rejected claims that the ban would …": the claim is the object, not the ban
    if judges_actor(t, policy):
        return False  # "X was wrong to oppose the levy": a judgement of X, X's own stance inside
    if any(names_policy(c, policy) for c in args + light_args(t)) or any(
        names_policy(c, policy, core=True) for c in subjects_of(t)
    ):
        return True
    if refers_back(t, policy) or relative_on(t, policy):
        return True
    if t.pos_ in ("ADJ", "NOUN") and any(
        s.lower_ not in ("it", "this", "that") for s in subjects_of(t)
    ):
        return False  # "its critics wrong", "critics are wrong": a judgement on something else
    return not args


def modifies_policy(t, policy: set[int]) -> bool:
    """Whether the cue's object is a change to the policy rather than the policy itself."""
    # "opposes any delay to the levy" counts, turned round (see reversed_by_delay)
    changes = knowledge().words("modification_nouns") - knowledge().words("delay_nouns")
    objects = [c for c in t.children if c.dep_ in ("dobj", "attr")]
    objects += prep_objects(t)
    # "defended the compromise, arguing that it …": a bare "the compromise" is the change too.
    return any(
        o.lemma_.lower() in changes
        and (
            any(x.i in policy or x.lower_ == "its" for x in o.subtree)
            or (
                o.dep_ in ("dobj", "attr")
                and any(c.lower_ == "the" for c in o.children)
                and all(c.dep_ == "det" or c.lower_ in ("on", "in", "at") for c in o.children)
            )
        )
        for o in objects
    )


def judges_actor(t, policy: set[int]) -> bool:
    """An adjective on someone's action ("X was wrong to oppose …", "right to back …")."""
    action = any(c.dep_ == "xcomp" for c in (*t.children, *t.head.children))
    return (
        t.pos_ == "ADJ"
        and action
        and any(
            s.lower_ not in ("it", "this", "that") and not names_policy(s, policy)
            for s in subjects_of(t)
        )
    )


def names_policy(c, policy: set[int], core: bool = False) -> bool:
    """Whether a phrase names the policy; `core`: not just in a clause hung on it ("X, which
    backs the levy, criticised Y" does not make the criticism about the levy)."""
    skip = set()
    if core:
        skip = {x.i for d in c.children if d.dep_ in ("relcl", "acl", "appos") for x in d.subtree}
    return any(x.i in policy and x.i not in skip for x in c.subtree)


def stands_for(c, policy: set[int]) -> bool:
    """ "The ban …, but critics say it will …", "the ban, which will …": a pronoun for the policy."""
    if c.lower_ == "it":
        return bool(policy) and min(policy) < c.i
    return c.lower_ in ("which", "that") and c.head.dep_ == "relcl" and c.head.head.i in policy


def passive_on(t, policy: set[int]) -> bool:
    """ "its call for the levy to be scrapped": a passive infinitive right after the policy."""
    doc = t.doc
    return (
        any(c.dep_ == "auxpass" for c in t.children)
        and t.i >= 3
        and [doc[t.i - 2].lower_, doc[t.i - 1].lower_] == ["to", "be"]
        and doc[t.i - 3].i in policy
    )


def relative_on(t, policy: set[int]) -> bool:
    """ "the ban, which the federation opposes": the relative pronoun stands for the policy."""
    if t.dep_ == "acl" and t.tag_ == "VBN" and t.head.i in policy:
        return True  # "the levy, drafted by the ministry": the participle's object is the policy
    return (
        t.dep_ == "relcl"
        and t.head.i in policy
        and any(c.lower_ in ("which", "that") and c.dep_ in ("dobj", "pobj") for c in t.children)
    )


def reported_content(t) -> bool:
    """ "claims that the ban would hurt …": what a claim says is not its reporter's view."""
    content = knowledge().words("content_nouns")
    if any(x.pos_ == "NOUN" and x.lemma_.lower() in content for x in t.ancestors):
        return True
    # "ending speculation that the capital would sue over it", parsed as if "that …" were not
    # the noun's: the noun right before the clause's "that"
    return any(
        c.dep_ == "mark"
        and c.lower_ == "that"
        and c.i > 0
        and t.doc[c.i - 1].lemma_.lower() in content
        and t.doc[c.i - 1].pos_ == "NOUN"
        for c in t.children
    )


def hypothetical(t) -> bool:
    """ "has not said whether it will challenge the ban", "if parliament passes the bill"."""
    return any(
        c.dep_ == "mark" and c.lower_ in ("whether", "if")
        for x in (t, *t.ancestors)
        for c in x.children
    )


def said_of_policy(noun, policy: set[int]) -> bool:
    """ "the levy was the wrong tax": a noun said of the policy, whose adjective judges it."""
    return noun.dep_ == "attr" and any(names_policy(c, policy) for c in subjects_of(noun))


def subjects_of(t) -> list:
    """The subjects of a verb, or of the verb an adjective or noun complements ("the law is unfair")."""
    subjects = [c for c in t.children if c.dep_ in ("nsubj", "nsubjpass", "csubj")]
    if t.dep_ in ("acomp", "attr"):
        subjects += [c for c in t.head.children if c.dep_ in ("nsubj", "nsubjpass", "csubj")]
    if t.dep_ == "oprd":  # "called the ban unworkable", "proved its critics wrong": the object
        subjects += [c for c in t.head.children if c.dep_ == "dobj"]
    if t.dep_ == "conj" and not subjects and t.head.i != t.i:
        return subjects_of(t.head)  # "would cost jobs and raise prices": the same subject
    if t.dep_ == "amod" and t.head.dep_ == "attr":
        return subjects_of(t.head)  # "the levy is a bad idea": "bad" is said of the levy
    return subjects


def is_setting(c) -> bool:
    """ "in Seoul", "in May": where or when, not what a stance is about."""
    return (
        c.dep_ == "prep"
        and c.lower_ in ("in", "at", "on")
        and all(
            o.ent_type_ in ("GPE", "LOC", "DATE", "FAC") for o in c.children if o.dep_ == "pobj"
        )
        and any(o.dep_ == "pobj" for o in c.children)
    )


def is_agent(c) -> bool:
    """ "by …", "from …" after a noun name who holds the stance, not what it is about."""
    return c.dep_ == "prep" and c.lower_ in ("by", "from", "among", "within")


def refers_back(t, policy: set[int], only_it: bool = False) -> bool:
    """ "… the bill, but … criticised its timetable": a pronoun after the policy stands for it.

    `only_it`: "it" as the direct object ("now supports it"), for cues that need the policy itself.
    """
    first = min(policy, default=None)
    if first is None or t.i < first:
        return False
    if only_it:
        modal = any(c.tag_ == "MD" for c in t.children)  # "it should be scrapped"
        # "wants it scrapped": a bare participle's subject is what it is done to
        bare = t.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in t.children)
        # ("vote for it", "voted against it": the object of the cue's own preposition)
        objects = [
            o for c in t.children if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj"
        ]
        return any(
            c.lower_ == "it"
            and c.i > first
            and (
                c.dep_ in ("dobj", "pobj")
                or (c.dep_ == "nsubjpass" and modal)
                or (c.dep_ == "nsubj" and bare)
            )
            for c in [*t.children, *objects]
        )
    return any(
        x.lower_ in ("it", "its") and x.i > first
        for c in t.children
        if c.dep_ in OBJECTS and not is_agent(c)
        for x in c.subtree
    )


def coordinated(t) -> list:
    """A token and those coordinated or in apposition with it ("Han … and … Nagamine")."""
    out = [t]
    for c in t.children:
        if c.dep_ in ("conj", "appos"):
            out += coordinated(c)
        elif c.dep_ in ("compound", "flat") and c.ent_type_ == "PERSON":
            out.append(c)
    return out


@dataclass
class Context:
    """What attribution needs to know about one sentence."""

    n: int
    p: int
    state: State
    kb: Knowledge
    quoted: set[int]
    speaker: list[str]  # who the sentence says is speaking, as actor keys
    speaker_text: str
    policy: set[int]  # tokens that name the policy


def resolve_holder(
    t, p: int, state: State, kb: Knowledge, ctx: Context | None = None, n: int = 0
) -> list[str]:
    """Actor keys for a subject; `n` set means the subject of a speech verb in sentence n."""
    keys: list[str] = []
    for tok in coordinated(t):
        if tok.lower_ in knowledge().words("leader_nouns") and (
            countries := leaders_of(tok, p, state)
        ):
            keys += countries  # "the presidents of Peru and Chile signed it": both countries
            continue
        owner = next((c for c in tok.children if c.dep_ == "poss"), None)
        if tok.lower_ in MEMBER_NOUNS and owner is not None and owner.lower_ in ("its", "their"):
            body = next(iter(bodies_saying(tok, p, state, False)), None)
            if body := body or owner_body(owner, p, state, n):
                keys.append(body)  # "the party said its MPs would vote against it": the party
                continue
        key = state.token_keys.get((p, tok.i))
        if key:
            keys.append(key)
            continue
        low = tok.lower_
        titled = titled_person(tok, p, state, kb)
        if titled:
            keys.append(titled)
        elif tok.dep_ == "conj" and tok.pos_ == "PROPN":
            # "Minister A and Ambassador to Seoul B": the parser hangs B off the title; take the
            # first person named after the title.
            person = next_person(tok, p, state)
            if person:
                keys.append(person)
        elif singular(low) in knowledge().words("counsel_nouns") and (
            client := client_of(tok, p, state)
        ):
            keys.append(client)  # "lawyers for the guild argued …": the guild, through them
        elif singular(low) in knowledge().words("counsel_nouns") and (
            owner := next((c for c in tok.children if c.dep_ == "poss"), None)
        ):
            keys += resolve_holder(owner, p, state, kb, ctx, n)  # "the city's lawyers", "her …"
        elif low in kb.words("speaker_nouns") and (
            low not in WRITINGS or tok.head.lemma_.lower() in kb.words("reporting_verbs")
        ):
            # "a ministry official said"; a letter only when it says something ("the letter
            # said …"), not "the side letter met its demands"
            inst = institution(tok, p, state)
            if inst:
                keys.append(inst)
        elif counts(tok) and (of := counted_of(tok)):
            # "Hundreds of farmers rallied", "all but one of the Republicans voted": the farmers,
            # the Republicans
            keys += [
                k
                for o in of.children
                if o.dep_ == "pobj"
                for k in resolve_holder(o, p, state, kb, ctx, n)
            ]
        elif (
            low in MEMBER_NOUNS
            and (of := counted_of(tok))
            and of.lower_ == "of"
            and not any(
                c.dep_ in ("nummod", "amod", "det") and c.lower_ != "the" for c in tok.children
            )
        ):
            # "members of the Sunrise Party voted against it": the party; not "three members
            # of", "some members of"
            keys += [
                k
                for o in of.children
                if o.dep_ == "pobj"
                for k in resolve_holder(o, p, state, kb, ctx, n)
            ]
        elif low in MEMBER_NOUNS and any(c.lower_ in ("all", "every") for c in tok.children):
            # "all Green League members voted against it": the League, as one
            keys += [
                k
                for c in tok.children
                if c.dep_ in ("compound", "poss")
                for x in c.subtree
                if (k := state.token_keys.get((p, x.i)))
            ][:1]
        elif low in ("we", "i", "our", "us", "my", "me") and ctx and tok.i in ctx.quoted:
            keys += ctx.speaker  # "we" inside a quotation is whoever the quotation is credited to
        elif low in ("he", "she") and titled_since(state):
            continue  # a titled name taken for a body spoke since: "he" may be that one
        elif low in ("he", "she") and not ctx and state.last_speaker and not newer_person(state):
            keys.append(state.last_speaker)  # '"…," he said': quotes go on with the last speaker
        elif low == "it" and not ctx and n and agentive_it(tok, ctx):
            body = last_body(tok, p, state, n)  # "It said …": the organisation named last
            if body:
                keys.append(body)
        elif low in ("he", "she", "his", "her") and (bound := reporter(tok, p, state)) is not None:
            if bound.startswith("person:"):
                keys.append(bound)  # "X said he still thought …": X, not whoever was named before
        elif low in ("he", "she", "his", "her"):
            person = last_person(tok, p, state, ctx.n if ctx else n)
            if person:
                keys.append(person)
        elif low in ("it", "they") and (said := bodies_saying(tok, p, state, low == "they")):
            keys += said  # "the Alliance said it was thrilled", "the Greens said they would …"
        elif low == "they" and (group := group_before(tok, p, state)):
            keys.append(group)  # "Three senators demanded …, warning that they could block it"
        elif low in ("we", "i") and state.last_speaker:
            keys.append(state.last_speaker)
        elif low == "side":
            for c in tok.lefts:
                found = kb.demonyms.get(c.text) or kb.country(c.text)
                if found:
                    keys.append(f"country:{found.name}")
    return list(dict.fromkeys(keys))


def group_before(tok, p: int, state: State) -> str | None:
    """The last group named before "they" in its sentence, outside quotations."""
    quoted = quoted_tokens(tok.sent)
    for x in reversed(tok.doc[tok.sent.start : tok.i]):
        key = state.token_keys.get((p, x.i))
        if key and key.startswith("group:") and x.i not in quoted:
            return key
    return None


def reporter(tok, p: int, state: State) -> str | None:
    """The named subject of the speech verb whose reported clause "he", "she" or "they" is the
    subject of ("Ann Lee said she would …", "the Greens said they would …"): a pronoun there means
    the speaker. A body as that subject ("the ministry said he …") is returned too, so that "he"
    is left open rather than guessed."""
    subject = reporting_subject(tok)
    return state.token_keys.get((p, subject.i)) if subject is not None else None


def bodies_saying(tok, p: int, state: State, with_others: bool) -> list[str]:
    """The body, not a person, whose speech verb has the clause "it" or "they" is the subject of
    ("the Alliance said it was thrilled"), with the others named beside it for "they" ("the
    Greens and Labour said they would back it"); [] for a person's or an unnamed speaker."""
    subject = reporting_subject(tok)
    own = state.token_keys.get((p, subject.i)) if subject is not None else None
    if not own or own.startswith("person:"):
        return []
    said = coordinated(subject) if with_others else [subject]
    return [
        k for c in said if (k := state.token_keys.get((p, c.i))) and not k.startswith("person:")
    ]


def reporting_subject(tok):
    """The subject of the speech verb whose reported clause `tok` is the subject of."""
    if tok.dep_ not in ("nsubj", "nsubjpass") or tok.head.dep_ not in ("ccomp", "xcomp"):
        return None
    verb = tok.head.head
    if verb.lemma_.lower() not in knowledge().words("reporting_verbs") | knowledge().words(
        "belief_verbs"
    ):
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


def titled_since(state: State) -> bool:
    """Whether, since the last speaker spoke, a sentence's subject was an office holder's title
    with a name the model took for a body ("Norway's Minister of Fisheries Anna Lund played
    down …"): a "he" after it may be that person, so it is not the last speaker's."""
    return state.titled_subject_n > state.last_speaker_n


def titled_person(tok, p: int, state: State, kb: Knowledge) -> str | None:
    """ "Ambassador to Canada Kari Eliassen said": the parser may make the title the subject and
    hang the name under "to"; the one person named inside the title's phrase is the speaker."""
    if tok.pos_ != "PROPN" or tok.lower_ not in kb.words("title_words"):
        return None
    people = {
        k for x in tok.subtree if (k := state.token_keys.get((p, x.i))) and k.startswith("person:")
    }
    return people.pop() if len(people) == 1 else None


def newer_person(state: State) -> bool:
    """Whether a person has been named since the last speaker spoke ("The Green Alliance said …
    Union leader Tom Brady was blunter. '…,' he said": "he" is Brady)."""
    people = [m.sentence for m in state.mentions if m.kind == "person"]
    return bool(people) and people[-1] > state.last_speaker_n


def last_person(tok, p: int, state: State, n: int) -> str | None:
    """ "He", "she": the person named last before the pronoun, in this sentence or earlier."""
    for x in reversed(tok.doc[tok.sent.start : tok.i]):
        key = state.token_keys.get((p, x.i))
        if key and key.startswith("person:"):
            return key
    earlier = [m for m in state.mentions if m.kind == "person" and m.sentence < n]
    return earlier[-1].key if earlier else None


def agentive_it(tok, ctx: Context | None) -> bool:
    """Whether "it" is someone doing something, not the policy or "it is wrong to …"."""
    if ctx and (tok.i in ctx.policy or policy_just_named(tok, ctx)):
        return False
    return tok.dep_ == "nsubj" and tok.head.lemma_ != "be"


def policy_just_named(tok, ctx: Context) -> bool:
    """ "rejected the bill, saying it would cost jobs": no actor named between the policy and "it"."""
    before = [i for i in ctx.policy if i < tok.i]
    if not before:
        return False
    between = range(max(before) + 1, tok.i)
    return not any((ctx.p, i) in ctx.state.token_keys for i in between)


def last_body(tok, p: int, state: State, n: int) -> str | None:
    """The organisation, party or country named last before "it", in this sentence or earlier."""
    bodies = ("organisation", "party", "country")
    for x in reversed(tok.doc[tok.sent.start : tok.i]):
        key = state.token_keys.get((p, x.i))
        if key and not key.startswith(("person:", "group:")) and x.dep_ not in QUALIFIERS:
            return key
    if state.subject_body and state.subject_body[0] == n - 1:
        return state.subject_body[1]  # "The party was against it … It now backs the bill."
    earlier = [m for m in state.mentions if m.kind in bodies and m.sentence < n]
    return earlier[-1].key if earlier else None


def next_person(tok, p: int, state: State) -> str | None:
    """The person named within a few words after a title, before the clause goes on."""
    for x in tok.doc[tok.i + 1 : tok.i + 7]:
        if x.pos_ in ("VERB", "AUX", "PUNCT", "CCONJ"):
            return None
        key = state.token_keys.get((p, x.i))
        if key and key.startswith("person:"):
            return key
    return None


def leaders_of(tok, p: int, state: State) -> list[str]:
    """The countries in "the presidents of Peru and Chile", "the two countries' leaders"."""
    keys = [
        k
        for o in prep_objects(tok, "of")
        for x in coordinated(o)
        if (k := state.token_keys.get((p, x.i), "")).startswith("country:")
    ]
    return list(dict.fromkeys(keys)) if len(keys) >= 2 else []


def client_of(tok, p: int, state: State) -> str | None:
    """The actor a lawyer speaks for: "lawyers for the Harbour Guild"."""
    return next(
        (
            state.token_keys[(p, x.i)]
            for c in tok.children
            if c.dep_ == "prep" and c.lower_ == "for"
            for x in c.subtree
            if (p, x.i) in state.token_keys
        ),
        None,
    )


def institution(tok, p: int, state: State) -> str | None:
    """The body an anonymous official speaks for ("a defense ministry official", "the official")."""
    inside = [state.token_keys[(p, x.i)] for x in tok.subtree if (p, x.i) in state.token_keys]
    orgs = [k for k in inside if not k.startswith(("country:", "person:"))]
    if orgs or inside:
        return (orgs or inside)[0]
    if any(c.lower_ in ("the", "he", "she") for c in tok.lefts) or tok.lower_ in ("he", "she"):
        return state.last_speaker
    if any(c.lower_ == "government" for c in tok.lefts):
        return state.last_by_kind.get("country")
    return None


def governor(found: Cue, cues: list[Cue]) -> Cue | None:
    """The cue that governs this one ("inappropriate" over "clinch"), if any; not one it is only
    coordinated with ("welcomed parts … but criticised …")."""
    outer = {i: c for c in cues if c is not found for i in c.ids}
    t, came_from = found.token, found.token
    while t.head.i != t.i:
        for_to = any(c.dep_ == "mark" and c.lower_ == "for" for c in t.children) or (
            t.dep_ == "relcl"  # "rejected calls to suspend the talks": a parse of "calls to …"
            and infinitive(t)
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children)
        )
        if not for_to and (
            any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children)
            or t.dep_ in ("advcl", "relcl")
        ):
            return None  # a clause of its own ("which had opposed …", "saying it would …"); not
            # "a motion calling for the levy to be scrapped", which is what the motion asks
        if t.dep_ == "prep" and t.lower_ in ADJUNCTS:
            return None  # "approved despite opposition from …": beside the verb, not its object
        came_from, t = t, t.head
        if came_from.dep_ == "conj":
            continue
        seeker = came_from.dep_ == "acl" and came_from.i != found.token.i and seeking(came_from)
        if seeker and suing(t, outer):
            return None  # "a lawsuit seeking to strike down the ban": the suit wants that act
        if t.i in outer:
            return outer[t.i]
        for c in t.children:
            if c.i in outer and c.i != came_from.i and c.dep_ in ("acomp", "attr"):
                return outer[c.i]
    return None


SIGN = {"support": 1, "oppose": -1}


def suing(noun, outer: dict) -> bool:
    """Whether a noun is a stance cue ("a lawsuit", "a challenge"), or the one bringing it ("a
    lawsuit by the industry", as the model may hang what follows); not "a motion", which what it
    calls for judges and the act of tabling it takes in."""
    owner = noun.head.head if noun.dep_ == "pobj" and is_agent(noun.head) else None
    return noun.i in outer or (owner is not None and owner.i in outer)


def seeking(v) -> bool:
    """ "seeking", "asking", "calling for", "aiming": a verb that says what a noun wants done."""
    kb = knowledge()
    return v.lemma_.lower() in kb.words("wanting_verbs") | kb.words("asking_verbs") | {"aim"}


def composed(cues: list[Cue]) -> list[Cue]:
    """Outer cues take in the cues they govern; the governed ones are not counted on their own.

    Signs multiply: "inappropriate to clinch" and "welcomed the decision to scrap" oppose,
    "criticised the decision to scrap" supports; a hedge over anything stays neutral; an outer cue
    whose governed cues disagree says nothing.
    """
    governed: dict[int, list[Cue]] = {}
    inner: set[int] = set()
    for c in cues:
        g = None if c.owner else governor(c, [x for x in cues if not x.owner])
        if g is not None:
            governed.setdefault(id(g), []).append(c)
            inner.add(id(c))
    out = []
    for c in cues:
        if id(c) in inner:
            continue
        results = {compose(c.stance, d) for d in governed.get(id(c), [])} or {c.stance}
        if len(results) == 1 and None not in results:
            out.append(replace(c, stance=results.pop()))
    return out


def compose(outer: str, inner: Cue) -> str | None:
    """What an outer cue says once the cue it governs is taken in.

    An event ("to scrap", "the cancellation of") multiplies; a judgement of the same thing
    ("criticised it as unworkable", "a lawsuit against") only agrees, or conflicts.
    """
    if outer == "neutral" or inner.stance == "neutral":
        return outer
    if inner.stance == "mixed" and inner.token.lemma_.lower() in WEAKENING:
        # "warned against watering it down" keeps it; "backed diluting it" wants less of it
        return {"oppose": "support", "support": "mixed"}.get(outer)
    if outer not in SIGN or inner.stance not in SIGN:
        return None
    event = inner.token.pos_ == "VERB" or inner.token.lemma_.lower() in knowledge().words(
        "stance_event_nouns"
    )
    if event:
        return "support" if SIGN[outer] * SIGN[inner.stance] > 0 else "oppose"
    return outer if outer == inner.stance else None


def holders_of(found: Cue, ctx: Context) -> list[str]:
    """Who holds the stance a cue expresses: the agent of a noun, or the subject up the tree."""
    p, state, kb = ctx.p, ctx.state, ctx.kb
    cue = found.token
    if found.owner:  # "the minister's levy": the owner named, or no one
        owner = next(c for c in cue.children if c.dep_ == "poss")
        return resolve_holder(owner, p, state, kb, ctx)
    own = state.token_keys.get((p, cue.i))
    if own and cue.dep_ in ("nsubj", "nsubjpass"):
        return [own]  # "critics of the levy say …": the noun names its holders
    if (gap := gapped_side(cue)) is not None:
        return resolve_holder(gap, p, state, kb, ctx)
    for c in cue.children:
        if c.dep_ == "agent":  # "the ban was proposed by the ministry"
            keys = [
                k
                for o in c.children
                if o.dep_ == "pobj"
                for k in resolve_holder(o, p, state, kb, ctx)
            ]
            if keys:
                return keys
    if cue.pos_ == "NOUN":
        for c in cue.children:
            if c.dep_ == "poss" and c.i not in ctx.policy:  # "the plan's ally": not the plan's
                if c.pos_ == "PRON" and unnamed_subject(cue, ctx):
                    return []  # "the council leader … gave the bill her backing": hers, unnamed
                keys = resolve_holder(c, p, state, kb, ctx)
                if keys or c.pos_ in ("NOUN", "PROPN"):
                    return keys  # "to address the unions' concerns": theirs, not the addresser's
            if is_agent(c) or (c.dep_ == "prep" and c.lower_ == "of"):  # "the support of X"
                for obj in c.children:
                    if obj.dep_ == "pobj":
                        keys = resolve_holder(obj, p, state, kb, ctx)
                        if keys or is_agent(c):
                            return keys  # "to answer opposition from harvesters": theirs only
        public = [
            k
            for c in cue.children
            if c.lower_ == "public" and (k := state.token_keys.get((p, c.i)))
        ]
        if public:
            return public  # "in the face of public opposition": the public's
        taking_part = cue.head.lower_ == "in" and cue.head.head.lemma_.lower() in TAKING_PART
        if (
            (cue.head.pos_ == "ADP" or cue.head.dep_ == "prep")
            and cue.head.lower_ not in ("for", "among")
            and not taking_part  # "voted to concur in ratifying the accord", in its ratification: theirs
        ):
            return []  # "due to strong opposition": a cause; but "calling for the repeal" is a wish
        if cue.dep_ in ("nsubj", "nsubjpass"):
            return []  # "the opposition to the ban was misguided, he said": not the speaker's
        if cue.dep_ == "dobj" and cue.head.lemma_.lower() in ENDURING:
            return []  # "would not survive a court challenge": others' challenge, withstood
        judging = kb.words("labelling_verbs") | kb.words("denial_verbs")
        # "called the protest 'a show for the cameras'": others' protest, judged; the parser may
        # hang it on the label instead ("called the protest 'regrettable'")
        judged = cue.dep_ == "dobj" and cue.head.lemma_.lower() in judging
        relabelled = (
            cue.dep_ == "npadvmod"
            and cue.head.dep_ == "oprd"
            and cue.head.head.lemma_.lower() in judging
        )
        if judged or relabelled:
            return []
    if timed_passive(cue, ctx.policy):
        return []  # "asked to meet her before the regulations were signed": a time, no one's act
    passed_in = venue(cue, ctx)
    if passed_in or passing(cue, ctx):
        return passed_in  # "he expected it to pass": a forecast, no one's stance
    t = cue
    pending_it = None  # "It has threatened to …": the body named last, if nothing better turns up
    unresolved_they = False
    joined: list[str] = []  # "X joined Y in voting for it": Y's act too
    while True:
        joined += companions(t, ctx)
        subjects = [c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")]
        if any(c.dep_ == "mark" and c.lower_ == "for" for c in t.children):
            subjects = []  # "its call for the government to scrap it": the one asked, not the asker
        if t.dep_ == "ccomp" and t.head.lemma_.lower() in kb.words("asking_verbs") - kb.words(
            "reporting_verbs"
        ):
            subjects = []  # "demanded that the government withdraw it": so too (not "…, X told")
        if any(c.dep_ == "mark" and c.lower_ == "unless" for c in t.children):
            # "would sue unless the council withdrew the plan": what the threat demands is the
            # threatener's stance, not the council's
            subjects = []
        if pending_it is None:
            pending_it = next(
                (s for s in subjects if s.lower_ == "it" and agentive_it(s, ctx)), None
            )
        relative = t.dep_ == "relcl" and any(c.lower_ in ("which", "who", "that") for c in subjects)
        if relative:
            if t.head.lower_ in ("one", "some", "several", "many", "few"):
                return []  # "unions, among them one that had fought the levy": a member, unnamed
            subjects = [t.head]
        if t.dep_ == "relcl" and any(
            c.dep_ == "poss" and c.lower_ == "whose" for s in subjects for c in s.children
        ):
            subjects = [t.head]  # "X, whose aldermen opposed the levy": X's stance
        # The subject of a speech verb outside quotes is a speaker: "He added that …" goes on
        # with whoever spoke last, as in attribution.
        speech = t.lemma_.lower() in kb.words("reporting_verbs") and t.i not in ctx.quoted
        keys = [
            k
            for s in subjects
            for k in (
                resolve_holder(s, p, state, kb, n=ctx.n)
                if speech
                else resolve_holder(s, p, state, kb, ctx)
            )
        ]
        if keys and unresolved_they and not speech:
            return []  # "…, warning that they could block it": "they" is not the other clause's subject
        if keys:
            return list(dict.fromkeys(keys + joined))
        if relative and holder_noun(t.head, kb) and not named_elsewhere(t.head):
            return []  # "a pact with a small party that had vowed to kill it": that party's
        unresolved_they = unresolved_they or any(s.lower_ == "they" for s in subjects)
        if ctx.speaker and any(speakers_own(s) for s in subjects):
            return ctx.speaker  # "X said her party would keep pushing for the levy to be dropped"
        if t.i != cue.i and any(s.pos_ in ("NOUN", "PROPN") for s in subjects):
            pending_it = None  # "The Socialist group … said it would …": "it" is that group
        if t.dep_ in ("conj", "advcl", "relcl") and any(
            not names_policy(s, ctx.policy) and s.lower_ != "it" and s.i != t.head.i
            for s in subjects
        ):
            # a clause with a subject of its own ("while farmers …", "since 2014, when a majority
            # of voters rejected it") borrows no other's
            return []
        if t.dep_ == "appos" and t.head.pos_ in ("NOUN", "PROPN"):
            # "X of the Y, the most prominent voice against the plan, …": X's or Y's, not the
            # sentence subject's
            return resolve_holder(t.head, p, state, kb, ctx)
        if t.dep_ == "acl" and seeking(t) and not subjects:
            # "heard a suit by the growers asking to strike the ban down": the suers'
            # (the model may hang "seeking" on the industry instead)
            noun = t.head
            by = [noun] if noun.dep_ == "pobj" and is_agent(noun.head) else []
            by += [o for c in noun.children if is_agent(c) for o in c.children if o.dep_ == "pobj"]
            by += [c for c in noun.children if c.dep_ == "poss"]
            if keys := [k for o in by for k in resolve_holder(o, p, state, kb, ctx)]:
                return keys
        if not subjects and speaker_goes_on(t, kb):
            t = t.head.head
            continue
        if t.head.i == t.i:
            if not subjects and cue.i not in ctx.quoted:
                opening = sentence_opener(t.sent, ctx)
                if opening:
                    return [opening]
            break
        t = t.head
    aside = aside_speaker(cue, ctx)
    if aside:
        return aside
    # "According to X, it is too early to judge …"; a quotation credited to X. Not a speaker
    # found elsewhere in the sentence ("Zero praised …, although it said …").
    if cue.i in ctx.quoted or any(x.lower_ == "according" for x in cue.sent):
        return ctx.speaker
    body = last_body(pending_it, p, state, ctx.n) if pending_it is not None else None
    return [body] if body else []


def says_now(t, kb: Knowledge) -> bool:
    """Whether the one whose relative clause holds the cue is the subject of a verb of saying or
    holding marked "now" ("X, who had warned …, now says …"); not "now chairs the committee"."""
    clause = next((a for a in t.ancestors if a.dep_ == "relcl"), None) if t.dep_ != "relcl" else t
    if clause is None:
        return False
    noun = clause.head
    while noun.dep_ in ("appos", "pobj", "prep") and noun.head.i != noun.i:
        noun = noun.head  # "X, the chief of Y, who had warned …": X
    verb = noun.head if noun.dep_ in ("nsubj", "nsubjpass") else None
    return (
        verb is not None
        and verb.lemma_.lower() in kb.words("reporting_verbs") | kb.words("attitude_verbs")
        and any(c.lower_ == "now" and c.dep_ == "advmod" for c in verb.children)
    )


def pluperfect(v) -> bool:
    """ "had warned", "had been expected to": a verb told as over before its sentence's time."""
    return any(c.dep_ == "aux" and c.lower_ == "had" for c in v.children)


def pluperfect_cue(t) -> bool:
    """ "had warned", "had been opposed to": a cue told as over before the time of the sentence."""
    return pluperfect(t) or pluperfect(t.head)


def named_elsewhere(noun) -> bool:
    """ "X, the network that campaigned for it", "X is the only party that opposes it", "he was
    among the members who voted": the noun stands for one the sentence names elsewhere."""
    return noun.dep_ in ("appos", "attr") or (
        noun.dep_ == "pobj" and noun.head.lower_ in ("among", "of")
    )


def holder_noun(noun, kb: Knowledge) -> bool:
    """Whether a noun names one who can hold a stance ("a small party", "a union"), not a thing
    whose act is its maker's ("a bill that would bar …" is the bill's introducer's)."""
    lemma = noun.lemma_.lower()
    return (
        noun.ent_type_ in ("PERSON", "ORG", "NORP")
        or lemma in kb.words("party_words")
        or lemma in kb.words("organisation_heads")
        or people_noun(noun, kb)
    )


def unnamed_subject(noun, ctx: Context) -> bool:
    """Whether the verb a noun is the object of has a subject that names no one the article
    has keyed ("the council leader gave it her backing"): a possessive on the noun is that
    subject's."""
    verb = noun.head if noun.dep_ in ("dobj", "attr") else None
    subjects = [c for c in verb.children if c.dep_ == "nsubj"] if verb is not None else []
    keyed = ctx.state.token_keys
    return bool(subjects) and all(
        s.pos_ == "NOUN" and (ctx.p, s.i) not in keyed and not s.ent_type_ for s in subjects
    )


def gapped_side(cue):
    """ "… with the Greens voting for it and the Tories against": the party named before a stranded
    "against" or "for", whose verb the sentence leaves out."""
    before = cue.doc[cue.i - 1] if cue.i > 0 else None
    if (
        cue.lower_ in ("against", "for")
        and before is not None
        and before.dep_ == "conj"
        and before.pos_ in ("NOUN", "PROPN")
    ):
        return before
    return None


def speaker_goes_on(t, kb: Knowledge) -> bool:
    """ "X said the council had failed and called for …": the parser joins "called" to what X
    said, but a speech or a call after a reported clause is the speaker's own."""
    said = t.head.head
    return (
        t.dep_ == "conj"
        and t.head.dep_ == "ccomp"
        and said.lemma_.lower() in kb.words("reporting_verbs")
        and t.lemma_.lower() in kb.words("reporting_verbs") | kb.words("asking_verbs")
    )


def companions(t, ctx: Context) -> list[str]:
    """Who shares an act with its subject: the ones joined ("X joined Y and Z in a motion …"),
    the ones whose votes carried it ("approved it … with the votes of Y and Z") and the ones
    said to do the same ("X opposes it, as does Y")."""
    found = []
    if t.lemma_.lower() == "join" and t.pos_ == "VERB":
        found = [c for c in t.children if c.dep_ == "dobj"]
    for also in t.children:  # "X opposes the levy, as does Y"
        if (
            also.dep_ == "advcl"
            and also.lemma_ == "do"
            and any(m.lower_ == "as" for m in also.children)
        ):
            found += [c for c in also.children if c.dep_ == "nsubj"]
    for w in t.children:
        if w.dep_ == "prep" and w.lower_ == "with":
            for votes in w.children:
                if votes.dep_ == "pobj" and votes.lemma_.lower() in ("vote", "support", "backing"):
                    found += [
                        o
                        for of in votes.children
                        if of.lower_ == "of"
                        for o in of.children
                        if o.dep_ == "pobj"
                    ]
    return [k for f in found for k in resolve_holder(f, ctx.p, ctx.state, ctx.kb, ctx)]


def timed_passive(cue, policy: set[int]) -> bool:
    """A passive act on the policy, with no agent, in a clause that only says when something
    else happens ("before the rules were signed", "once the levy is approved", "while the bill
    was drafted")."""
    # (the parser makes "when" a mark or, as often, an adverb of the verb: "when it was proposed")
    when = cue.dep_ == "advcl" and any(m.tag_ == "WRB" and m.lower_ == "when" for m in cue.children)
    return (
        (time_clause(cue, TIME_MARKS | {"while", "whilst"}) or when)
        and any(c.dep_ == "auxpass" for c in cue.children)
        and not any(c.dep_ == "agent" for c in cue.children)
        and any(c.dep_ == "nsubjpass" and names_policy(c, policy) for c in cue.children)
    )


def speakers_own(subject) -> bool:
    """ "her party", "our members": a body the speaker names as their own."""
    return subject.pos_ == "NOUN" and any(
        c.dep_ == "poss" and c.lower_ in ("his", "her", "my", "our") for c in subject.children
    )


def sentence_opener(sent, ctx: Context) -> str | None:
    """The actor a sentence opens with, when the parser found no subject for its main verb: a
    long apposition ("The Green League, a network founded in 2022 that says …, welcomed it")
    can hide the subject from it."""
    first = next((t for t in sent if t.dep_ != "det" and not t.is_punct), None)
    key = ctx.state.token_keys.get((ctx.p, first.i)) if first is not None else None
    return key if key and not key.startswith("surname:") else None


def passing(cue, ctx: Context) -> bool:
    """Whether a cue is the policy getting through a vote ("the bill passed")."""
    return cue.lemma_.lower() in ctx.kb.words("passing_verbs") and any(
        names_policy(s, ctx.policy) or stands_for(s, ctx.policy) for s in subjects_of(cue)
    )


def venue(cue, ctx: Context) -> list[str]:
    """ "The bill passed its second reading in Parliament", "cleared the Senate": the policy got
    through a vote, and the body that voted it through backs it."""
    if is_negated(cue) or cue.head.lemma_.lower() in ctx.kb.words("failing_verbs"):
        return []  # "did not pass", "failed to clear the Senate"
    if not passing(cue, ctx):
        return []
    places = [c for c in cue.children if c.dep_ == "dobj"]
    places += [
        o
        for x in (cue, *places)  # "passed its second reading in Parliament"
        for c in x.children
        if c.dep_ == "prep" and c.lower_ in ("in", "through", "by")
        for o in c.children
        if o.dep_ == "pobj"
    ]
    keys = [k for o in places for k in resolve_holder(o, ctx.p, ctx.state, ctx.kb, ctx)]
    return [k for k in dict.fromkeys(keys) if not k.startswith(("person:", "group:"))]


def aside_speaker(cue, ctx: Context) -> list[str]:
    """ "The ban will take effect in May, the ministry said": a speech verb set beside the clause
    that holds the cue (not above it) still credits the clause to its subject."""
    reporting = ctx.kb.words("reporting_verbs")
    for x in (cue, *cue.ancestors):
        for c in x.children:
            if c.dep_ == "parataxis" and c.lemma_.lower() in reporting and c.i not in ctx.quoted:
                subjects = [s for s in c.children if s.dep_ == "nsubj"]
                keys = [
                    k
                    for s in subjects
                    for k in resolve_holder(s, ctx.p, ctx.state, ctx.kb, n=ctx.n)
                ]
                if keys:
                    return list(dict.fromkeys(keys))
    return []


def speech_verbs(sent, kb: Knowledge) -> list:
    reporting = kb.words("reporting_verbs")
    return [t for t in sent if t.lemma_.lower() in reporting and t.pos_ in ("VERB", "AUX")]


def attribution(sent, n: int, p: int, state: State, kb: Knowledge, quoted: set[int]):
    """(speaker keys, speaker as written) for a sentence; a verb inside a quotation is not it."""
    candidates = []
    for t in speech_verbs(sent, kb):
        if t.i in quoted:
            continue
        candidates += [c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")]
    for t in sent:
        if t.lower_ == "according" and t.i + 1 < sent.end and t.nbor().lower_ == "to":
            candidates += [c for c in t.nbor().children if c.dep_ == "pobj"]
    for c in candidates:
        keys = resolve_holder(c, p, state, kb, n=n)
        if keys:
            return keys, speaker_words(c)
    return [], ""


def speaker_words(t) -> str:
    """The speaker as written, without a relative clause ("X, which had warned …, said")."""
    cut = {
        x.i
        for c in t.children
        if c.dep_ in ("relcl", "acl") or (c.dep_ == "punct" and c.text not in "-‐")
        for x in c.subtree
    }
    span = list(t.subtree)
    tokens = [x for x in t.doc[span[0].i : span[-1].i + 1] if x.i not in cut]
    end = tokens[-1].i
    while (
        end + 1 < len(t.doc)
        and (not t.doc[end].whitespace_ or t.doc[end].text in "-‐")
        and (t.doc[end + 1].is_alpha or t.doc[end + 1].text in "-‐")
    ):
        end += 1  # "Han Min" + "-koo", "Moon Sang-" + " gyun": the name the parser cut short
        tokens.append(t.doc[end])
    words: list[str] = []
    prev = None
    for x in tokens:
        if prev is not None and prev.i == x.i - 1 and not prev.whitespace_:
            words[-1] += x.text  # "Sang-gyun", "S.": written without a space
        else:
            words.append(x.text)
        prev = x
    return " ".join(words).strip(" ,")


def quote_goes_on(sent, n: int, state: State, quoted: set[int]) -> bool:
    """'"…," said Keisha Lomax. "We still want a congestion charge.': a quotation opened right
    after a speaker spoke in the sentence before, and not credited to anyone else, is theirs."""
    text = sent.text.strip()
    return (
        bool(text) and text[0] in DOUBLE_QUOTES and bool(quoted) and state.last_speaker_n == n - 1
    )


def is_direct_quote(sent) -> bool:
    text = sent.text.strip()
    return bool(text) and text[0] in QUOTE_CHARS and text.rstrip()[-1] in QUOTE_CHARS


def stances_in(
    sent, n: int, p: int, policy: set[int], state: State, kb: Knowledge, hint=None
) -> list[PositionClaim]:
    """Each holder's stance in one sentence that names the policy, with who said it; `hint`:
    (keys, words) of the speaker named where a quotation running over this sentence closes."""
    cues = cues_in(sent, policy)
    policy = {i for i in policy if not is_barred(sent.doc[i])}
    cues = cues or described(sent, policy)
    if not cues:
        return []
    quoted = quoted_tokens(sent)
    speaker, speaker_text = attribution(sent, n, p, state, kb, quoted)
    if not speaker and hint:
        speaker, speaker_text = hint
    if (
        not speaker
        and state.last_speaker
        and (is_direct_quote(sent) or quote_goes_on(sent, n, state, quoted))
    ):
        speaker = [state.last_speaker]
        speaker_text = last_mention(state, state.last_speaker).name
    ctx = Context(n, p, state, kb, quoted, speaker, speaker_text, policy)
    by_holder: dict[str, list[Cue]] = {}
    for cue in composed(cues):
        holders = holders_of(cue, ctx)
        voice = spokesperson(cue.token, holders, ctx)
        bodies = [b for h in holders if (b := body_spoken_for(h, sent, ctx))]
        for h in dict.fromkeys(holders + ([voice] if voice else []) + bodies):
            if not cue.official or runs_policy(h, ctx):
                by_holder.setdefault(h, []).append(cue)
    contrast = any(t.lower_ in CONTRAST for t in sent)
    claims = []
    now = any(  # "now backs it", not "now that ministers agreed …"
        t.lower_ == "now" and t.dep_ == "advmod" and t.nbor(1).lower_ != "that"
        for t in sent
        if t.i + 1 < len(t.doc)
    )
    softer = softened(sent)
    for holder, found in by_holder.items():
        if all(c.background for c in found) and softer:
            # "X, which had fought the cap since January, softened its tone": no longer that
            claims.append(
                PositionClaim(holder, "mixed", n, softer, speaker_for(found[0].token, ctx))
            )
            continue
        if all(c.background and pluperfect_cue(c.token) and says_now(c.token, kb) for c in found):
            # "X, who had fought the levy for years, now says she backs the inspections": held
            # before, and X now says something else, whatever that is about
            continue
        if all(c.background for c in found):
            state.past.add((holder, n))  # "which had opposed the levy": held before, not now
        elif now:
            state.now.add((holder, n))  # "… and so we now support it": what it holds now
        found = [c for c in found if not c.background] or found
        if COURT_RE.search(holder):  # "the High Court rejected a request to suspend the plan":
            found = [replace(c, stance="neutral") for c in found]  # a court rules, takes no side
        if now:  # "X, which in April called for it to be scrapped, now supports it"
            found = [c for c in found if not told_before(c.token)] or found
        stance = combined({c.stance for c in found}, contrast)
        if stance == "support" and all(reserved(c.token) for c in found):
            stance = "mixed"  # "backed the levy but asked for an exemption"
        if stance:
            words = ", ".join(dict.fromkeys(c.words for c in found))
            speaker = speaker_for(found[0].token, ctx)
            claims.append(PositionClaim(holder, stance, n, words, speaker))
    return claims


def reserved(t) -> bool:
    """Whether a stance's clause goes on with a reservation against the policy as it stands after
    "but": "welcomed the levy but asked for an exemption", "but said the fee should be lower";
    not "but urged the council to act sooner", "but said the rate should be higher" (wanting more)."""
    kb = knowledge()
    v = t
    while v.pos_ not in ("VERB", "AUX") and v.head.i != v.i:
        v = v.head
    verbs = [v]
    if v.dep_ == "ccomp" and v.head.lemma_.lower() in kb.words("reporting_verbs"):
        verbs.append(v.head)  # "said the levy was 'a first step' but warned …": the saying goes on
    for verb, c in ((x, c) for x in verbs for c in x.children):
        if c.dep_ != "conj" or not any(
            x.dep_ == "cc" and x.lower_ in ("but", "yet") and verb.i < x.i < c.i
            for x in verb.children
        ):
            continue
        lemma = c.lemma_.lower()
        words = {x.lower_ for x in c.subtree}
        against = words & kb.words("reservation_words")
        more = words & (WANTING_MORE | OTHERS_FAULT)
        if lemma in MISGIVINGS and not is_negated(c) and not more and not dobj_of(c):
            # "welcomed it but warned that the money would not cover storage"; not "… warned
            # that policing it would need more staff", wanting more of it
            return True
        if not against or is_negated(c):
            continue
        if lemma == "call" and not any(x.dep_ == "prep" and x.lower_ == "for" for x in c.children):
            continue  # "called the referendum a delay": a label for another thing, not a call for
        if lemma in kb.words("reservation_verbs") or lemma in kb.words("reporting_verbs"):
            return True
    return False


# "… but complained that opponents spread misinformation", "… but questioned why it took so long":
# a misgiving about others or about the delay, not about the policy
OTHERS_FAULT = {"opponents", "critics", "lobbyists", "misinformation", "delay", "delays", "why"}
WANTING_MORE = {"more", "further", "faster", "sooner", "stronger", "higher", "tougher", "stricter"}
MISGIVINGS = {"warn", "caution", "question", "criticise", "criticize", "complain", "fear", "worry"}


def dobj_of(v) -> bool:
    """Whether a verb has a direct object: "warned opponents not to …", not "warned that …"."""
    return any(c.dep_ == "dobj" for c in v.children)


def softened(sent) -> str:
    """The words by which a sentence says its subject has softened ("softened its tone", "struck
    a more conciliatory note"), or ""."""
    root = sent.root
    if is_negated(root):
        return ""
    if root.lemma_.lower() in SOFTENING:
        return root.text
    for c in root.children:
        tone = (c.dep_ == "dobj" and c.lemma_.lower() in ("tone", "note")) or c.dep_ == "acomp"
        if tone and any(
            a.lower_ in ("conciliatory", "softer", "quieter") for a in (c, *c.children)
        ):
            return sent.doc[root.i : c.i + 1].text
    return ""


def won_over(sent, n: int, p: int, state: State, kb: Knowledge) -> list[PositionClaim]:
    """ "The changes were enough to win over the union": in an article on the policy, those won
    over (or won back) now support it, whatever they held before."""
    out = []
    for t in sent:
        if (
            t.lemma_.lower() != "win"
            or t.pos_ != "VERB"
            or is_negated(t)
            or hypothetical(t)
            or t.head.lemma_.lower() in kb.words("failing_verbs") | kb.words("wanting_verbs")
            or not any(
                c.dep_ in ("prt", "advmod", "prep") and c.lower_ in ("over", "back")
                for c in t.children
            )
            or any(x.lower_ == "against" for s in subjects_of(t) for x in s.subtree)
        ):
            continue
        won = [c for c in t.children if c.dep_ == "dobj"] + [
            o
            for c in t.children
            if c.lower_ in ("over", "back")
            for o in c.children
            if o.dep_ == "pobj"
        ]  # "win over the union" is parsed either way
        for o in won:
            for k in resolve_holder(o, p, state, kb, n=n):
                state.now.add((k, n))
                out.append(PositionClaim(k, "support", n, sent.doc[t.i : o.i + 1].text, ""))
    return out


def record_outcomes(claims: list[PositionClaim], state: State) -> None:
    """Keep each holder's last clear stance, the sentence's one side if its claims agree, and
    what a vote just did to the policy."""
    kb = knowledge()
    sides = {c.stance for c in claims if c.stance in SIGN}
    if len(sides) == 1:
        state.last_stance = (claims[0].sentence, sides.pop())
    for c in claims:
        if c.stance in SIGN:
            state.held[c.actor] = c.stance
            words = set(re.findall(r"[a-z]+", c.cue.lower()))
            chamber = is_chamber(c.actor, kb) or head_word(c.actor) in CHAMBERS
            if (
                chamber
                and words & (VOTE_WORDS | OUTCOME_WORDS)  # not a party's own vote
                and c.sentence not in state.background
            ):
                state.outcome, state.outcome_n = c.stance, c.sentence


PASSING = {"pass", "approve", "adopt", "ratify", "enact", "clear", "uphold", "reinstate", "sign"}
# Words that make a "Congress" or "Assembly" a body of members, not a legislature.
MEMBERS_WORDS = {"labour", "labor", "trade", "trades", "workers", "students", "youth", "women", "business", "employers", "farmers", "unions", "teachers", "traders"}  # fmt: skip
DECIDERS = CHAMBERS | {"voter", "court", "judge", "justice", "cabinet", "electorate", "lawmaker", "legislator"}  # fmt: skip
FAILING = {"reject", "defeat", "scrap", "block", "veto", "suspend", "annul", "quash", "overturn"}


def deciding(subject, p: int, state: State) -> bool:
    """Whether a subject is one that decides a policy's fate: a legislature, a court, voters;
    not a body named like one ("the Harbour Trades Congress")."""
    kb = knowledge()
    words = kb.words("legislature_words") | DECIDERS
    if subject.lemma_.lower() in words and not state.token_keys.get((p, subject.i)):
        return True  # "Voters rejected it", "lawmakers rejected it"
    if subject.lemma_.lower() in COURTS | {"judge"}:
        return True  # "a Mexican federal judge suspended it", whatever its words are linked to
    # a clause about the subject is not the subject: "the party, which has nine Senate seats"
    aside = {x.i for d in subject.children if d.dep_ in ASIDES for x in d.subtree}
    keys = [
        k for x in subject.subtree if x.i not in aside and (k := state.token_keys.get((p, x.i)))
    ]
    return any(is_chamber(k, kb) or COURT_RE.search(k) for k in keys)


ASIDES = ("relcl", "acl", "appos", "parataxis")


def note_outcome(sent, n: int, p: int, policy: set[int], state: State) -> None:
    """ "MSPs passed the bill", "the treaty was ratified": what was done to the policy, whoever
    did it, so that welcoming "the vote" or "the decision" later is taking a side on it. A vote
    that passed part of the policy and failed another ("approved the reform, but the state fund
    fell four votes short") has no one side to welcome."""
    sides = set()
    for t in sent:
        lemma = t.lemma_.lower()
        short = (
            lemma == "fall"
            and any(c.lower_ == "short" for c in t.children)
            and any(x.lemma_.lower() in ("vote", "majority") for x in t.subtree)
        )  # "fell four votes short", not "revenue fell short of forecasts"
        introduced = lemma in knowledge().words("introducing_verbs")
        announced = goes_ahead(t, policy)  # "announced that the levy will double"
        if t.pos_ != "VERB" or (
            lemma not in PASSING | FAILING and not short and not introduced and not announced
        ):
            continue
        if is_negated(t) or hypothetical(t):
            continue
        if t.tag_ not in ("VBD", "VBN") or any(
            c.dep_ == "aux"
            and c.lower_ in ("will", "would", "could", "may", "might", "must", "should", "to")
            for c in t.children
        ):
            continue  # "will pass", "is expected to pass", "must be approved": not done yet
        if dated_back(t):
            # "Congress approved the ban in March", after today's news or in its background:
            # not what "welcomed the decision" next judges
            state.background.add(n)
            continue
        if short and any(
            c.dep_ == "nsubj" and policy & {x.i for x in c.subtree} for c in t.children
        ):
            sides.add("oppose")  # "the fund fell four votes short"
        elif any(c.dep_ == "nsubjpass" and c.i in policy for c in t.children) or (
            any(c.dep_ == "dobj" and policy_or_part(c, policy) for c in t.children)
            and (
                lemma in PASSING or introduced or any(deciding(c, p, state) for c in subjects_of(t))
            )
        ):  # "the union rejected the plan" is a stance; "the Senate rejected the plan" an outcome
            # ("the minister unveiled the levy": it went ahead, as a vote passing it does)
            sides.add("support" if lemma in PASSING or introduced else "oppose")
        elif announced:
            sides.add("support")
    if sides:
        state.outcome, state.outcome_n = (sides.pop() if len(sides) == 1 else None), n


def policy_or_part(t, policy: set[int]) -> bool:
    """ "the levy", or "the initial version of the levy": the policy, or a form of it; not "a
    delay of the levy", "the suspension of the levy", which turn the verb round."""
    return t.i in policy or (
        t.lemma_.lower() in FORMS and any(o.i in policy for o in prep_objects(t, "of"))
    )


FORMS = {"version", "draft", "text", "article", "part", "core", "centrepiece", "centerpiece"}
MONTH_OR_YEAR_RE = re.compile(rf"{MONTH_RE}|\d{{4}}")


def dated_by_month_or_year(verb, *words: str) -> bool:
    """Whether a verb's prepositions, or those named, give it a month or a year ("in March",
    "on March 9")."""
    return bool(month_or_year_dates(verb, words))


def month_or_year_dates(verb, words: tuple[str, ...]) -> list:
    """The tokens of a month or a year under the verb's prepositions (or those named)."""
    return [
        x
        for c in verb.children
        if c.dep_ == "prep" and (not words or c.lower_ in words)
        for x in c.subtree
        if x.ent_type_ == "DATE" and MONTH_OR_YEAR_RE.fullmatch(x.text)
    ]


def in_day_date(t) -> bool:
    """Whether a month is part of a day's date ("on March 9", "9 March 2027"), which can sit
    inside a phrase of month or year ("in a vote on March 9")."""
    date = next((e for e in t.doc.ents if e.start <= t.i < e.end), None)
    # (with its year, "on March 9, 2019", it may be long past: background, as before)
    return (
        date is not None
        and any(x.like_num and len(x.text) <= 2 for x in date)
        and not any(re.fullmatch(r"\d{4}", x.text) for x in date)
    )


def dated_back(verb) -> bool:
    """Whether a verb is dated "in" a month or a year ("approved the ban in March"), as the
    background to the day's news is; not "on Tuesday" nor "on March 9", the news's own day,
    even inside the phrase ("in a vote on March 9")."""
    return any(not in_day_date(x) for x in month_or_year_dates(verb, ("in", "during")))


def note_halt(sent, n: int, state: State) -> None:
    """ "A district judge granted an interim suspension": a court halting the policy just named,
    which is what an appeal in the next sentences is against ("The council appealed, but …")."""
    for t in sent:
        if (
            t.lemma_.lower() == "grant"
            and t.tag_ in ("VBD", "VBN")
            and any(c.dep_ == "dobj" and c.lemma_.lower() in HALTING for c in t.children)
            and any(x.lemma_.lower() in COURTS | {"judge"} for x in subjects_of(t))
        ):
            state.halt_n = n


HALTING = {"suspension", "injunction", "stay"}


def judged_votes(sent, n: int, p: int, state: State, kb: Knowledge) -> list[PositionClaim]:
    """ "Hoteliers welcomed the vote", "the union condemned the result": the stance is the vote's
    outcome, or its opposite; "voted with the government" is the government's stance, "voted
    with the opposition" the opposite of it."""
    out: list[PositionClaim] = []

    def claims(t, side: str, cue: str) -> None:
        out.extend(subject_claims(t, side, cue, n, p, state, kb))

    def judging(agrees: bool) -> str:  # welcoming the outcome takes its side, condemning the other
        return state.outcome if agrees else OPPOSITE_SIDE[state.outcome]

    def reactors(t, speaking: tuple[str, ...], quoted_only: bool = True) -> list[str]:
        """Who reacts: the quotation's speaker when the subject is "we" in it ('"We will fight
        on," X said') or "today" ('"Today is a good day," X said'), else the subject."""
        if any(x.lower_ in speaking and (x.i in quoted or not quoted_only) for x in subjects_of(t)):
            return attribution(sent, n, p, state, kb, quoted)[0]
        return [c.actor for c in subject_claims(t, "", "", n, p, state, kb)]

    home = f"country:{state.home}" if state.home else None
    quoted = quoted_tokens(sent)
    for t in sent:
        lemma = t.lemma_.lower()
        bare = bare_reaction(t, sent)
        # far from the outcome, only right after a sentence that took a side on the policy:
        # "… urged MPs to pass it. Bottlers reacted angrily."; not "The Tigers won. Fans were
        # jubilant."
        told_on = bare and state.last_stance is not None and state.last_stance[0] == n - 1
        if (
            state.outcome
            and (n - state.outcome_n <= REACTION_SPAN or told_on)
            and (feeling := felt(t, kb) or reacted(t))
        ):
            # just after the vote: "said she was disappointed", '"Today is a good day," X said',
            # "Hoteliers reacted angrily"
            words = sent.doc[t.i : t.right_edge.i + 1].text
            holders = reactors(t, ("today", "tonight"), quoted_only=False)
            # someone the article has already brought in, feeling so about the vote itself, or
            # a sentence that is nothing but the reaction ("Farmers were jubilant."), to the
            # last thing done to the policy however far back: not "Separately, the club's
            # manager said he was delighted"
            near = n - state.outcome_n <= REACTION_SPAN
            known = {m.key for m in state.mentions if m.sentence < n}
            about = any(outcome_noun(o) for o in t.subtree if o.dep_ == "pobj")
            side = judging(feeling == "support")
            out.extend(
                PositionClaim(k, side, n, words, "")
                for k in holders
                if (bare and (n == state.outcome_n + 1 or told_on))
                or (near and (k in known or about))
            )
        if bare and divided(t):
            claims(t, "mixed", sent.text.strip())  # "Unions are split."
        if t.pos_ not in ("VERB", "AUX") or is_negated(t) or hypothetical(t):
            continue
        if lemma in WELCOMING | REGRETTING and state.outcome:
            for o in (c for c in t.children if c.dep_ == "dobj"):
                if outcome_noun(o):
                    claims(t, judging(lemma in WELCOMING), sent.doc[t.i : o.i + 1].text)
        if lemma in kb.words("labelling_verbs") and state.outcome:
            # "called the vote 'a good day for the coast'": the label judges the outcome
            for o in (c for c in t.children if c.dep_ == "dobj" and outcome_noun(c)):
                for label in (
                    c
                    for c in [*t.children, *o.children]
                    if (x := labelled(c, kb)) is not None and x.i == o.i
                ):
                    if side := label_side(label, kb):
                        side = side if side == "mixed" else judging(side == "support")
                        claims(t, side, sent.doc[t.i : label.i + 1].text)
        if (
            lemma == "be"
            and state.outcome
            and t.dep_ == "ccomp"
            and t.head.lemma_.lower() in kb.words("reporting_verbs")
            and any(c.dep_ == "nsubj" and outcome_noun(c) for c in t.children)
        ):  # "said the vote was 'a good day'"
            for label in (c for c in t.children if c.dep_ == "attr"):
                if side := label_side(label, kb):
                    subject = next(c for c in t.children if c.dep_ == "nsubj")
                    words = sent.doc[subject.left_edge.i : label.i + 1].text
                    side = side if side == "mixed" else judging(side == "support")
                    claims(t.head, side, words)
        halted = lemma == "appeal" and state.halt_n > state.outcome_n
        if (
            (state.outcome or halted)
            and n - max(state.outcome_n, state.halt_n) <= REACTION_SPAN
            and reacting(t, lemma)
        ):
            # just after the vote: "the union said it would appeal", '"We will fight on," X said';
            # an appeal after a court halted the policy is against the halt
            words = sent.doc[t.i : t.right_edge.i + 1].text
            doer = t
            while doer.dep_ == "xcomp" and not subjects_of(doer):
                doer = doer.head  # "vowed to fight on": who vowed
            side = "support" if halted else judging(False)
            out.extend(PositionClaim(k, side, n, words, "") for k in reactors(doer, ("we", "i")))
        if lemma == "vote" and home in state.held:
            for w in (c for c in t.children if c.dep_ == "prep" and c.lower_ == "with"):
                for o in (c for c in w.children if c.dep_ == "pobj"):
                    if o.lower_ == "government":
                        claims(t, state.held[home], sent.doc[t.i : o.i + 1].text)
                    elif o.lower_ == "opposition":
                        claims(t, OPPOSITE_SIDE[state.held[home]], sent.doc[t.i : o.i + 1].text)
    return out


REACTION_SPAN = 3  # sentences after an outcome in which a bare reaction is to it
COURTS = {"court", "tribunal"}


def felt(t, kb: Knowledge) -> str | None:
    """ "She was disappointed (by the vote)", "it was thrilled", "today is a good day": how a
    copula's subject feels, or what its day is, as support or oppose; None when the feeling is
    about something else ("disappointed by the weather", "pleased that the talks go on").
    Not pleased ("are not happy", "were less enthusiastic") is dismayed; not dismayed is no side."""
    if hypothetical(t):
        return None
    if t.tag_ in ("VBN", "JJ") and any(c.dep_ == "auxpass" for c in t.children):
        adjectives = [t]  # "she was \"deeply disappointed\" by the vote", parsed as a passive
    elif t.lemma_ in ("be", "feel", "remain", "seem"):
        adjectives = [c for c in t.children if c.dep_ == "acomp"]
    else:
        return None
    for c in t.children:
        if c.dep_ == "attr" and any(x.lower_ in ("today", "tonight") for x in subjects_of(t)):
            side = label_side(c, kb)  # "Today is a great day for the harbour"
            return None if side == "mixed" else side
    for c in adjectives:
        about = [
            o
            for p in c.children
            if p.dep_ in ("prep", "agent")
            for o in p.children
            if o.dep_ == "pobj"
        ]
        if any(x.dep_ in ("ccomp", "xcomp") for x in c.children) or any(
            not outcome_noun(o) for o in about
        ):
            return None
        word = c.lemma_.lower()
        less = any(
            x.lower_ == "less" and not any(g.lower_ == "no" for g in x.children) for x in c.children
        )  # ("no less enthusiastic" is as enthusiastic)
        lowered = is_negated(t) or is_negated(c) or less
        if word in kb.words("pleased_words") or c.lower_ in kb.words("pleased_words"):
            return "oppose" if lowered else "support"
        if word in kb.words("dismayed_words") or c.lower_ in kb.words("dismayed_words"):
            return None if lowered else "oppose"
    return None


def bare_reaction(t, sent) -> bool:
    """A sentence that is a reaction and nothing else ("Farmers were furious.", "Unions are
    split."): short, with no time, no clause or phrase saying what about, no part of a group
    ("Not all brewers were unhappy", "Some farmers were happy"), nothing held before."""
    if t.dep_ != "ROOT" or not bare_clause(t):
        return False
    if any(x.ent_type_ in ("DATE", "TIME") for x in sent) or pluperfect(t):
        return False
    subject = [x for s in subjects_of(t) for x in s.subtree]
    return not any(x.lower_ in PARTIAL for x in subject)


PARTIAL = {"not", "some", "few", "several", "others", "many"}


def reacted(t) -> str | None:
    """ "reacted angrily", "reacted with alarm", "cheered", "celebrated": a reaction told by its
    manner alone, as support or oppose of what was just done."""
    if t.pos_ != "VERB" or is_negated(t) or hypothetical(t):
        return None
    lemma = t.lemma_.lower()
    if lemma in ("cheer", "celebrate", "rejoice"):
        return None if any(c.dep_ == "dobj" for c in t.children) else "support"
    if lemma != "react":
        return None
    manner = {c.lower_ for c in t.children if c.dep_ == "advmod"} | {
        o.lemma_.lower() for o in prep_objects(t, "with")
    }
    if manner & HOSTILE_MANNERS:
        return "oppose"
    return "support" if manner & WARM_MANNERS else None


HOSTILE_MANNERS = {"angrily", "furiously", "bitterly", "fury", "anger", "alarm", "dismay", "outrage", "bitterness", "indignation", "dismissal"}  # fmt: skip
WARM_MANNERS = {"warmly", "enthusiastically", "positively", "delight", "joy", "relief", "enthusiasm"}  # fmt: skip


def divided(t) -> bool:
    """ "Unions are split", "Residents were divided", "Opposition parties split along familiar
    lines": a group of two minds; not "split the vote", "split off". Said of a bare reaction,
    which has no time or phrase of its own ("split in 2019", "split from the party",
    "divided on immigration"): see bare_reaction."""
    if is_negated(t) or hypothetical(t):
        return False
    lemma = t.lemma_.lower()
    if lemma in ("be", "remain"):
        return any(c.dep_ == "acomp" and c.lower_ in ("split", "divided") for c in t.children)
    passive = any(c.dep_ == "auxpass" for c in t.children)  # "Residents are split", parsed so
    return (
        lemma in ("split", "divide")
        and t.pos_ == "VERB"
        and (t.tag_ in ("VBD", "VBP", "VBZ") if lemma == "split" and not passive else passive)
        and not any(c.dep_ == "dobj" or (c.dep_ == "nsubjpass" and not passive) for c in t.children)
        and not any(c.dep_ == "prt" for c in t.children)
    )


def reacting(t, lemma: str) -> bool:
    """A reaction against an outcome that names no object: "would appeal", "will fight on",
    "vowed to keep fighting"; not "appeal the fine", "fight the fire"."""
    objects = [c for c in t.children if c.dep_ == "dobj" and not outcome_noun(c)]
    if objects or t.pos_ != "VERB":
        return False
    preps = {c.lower_: c for c in t.children if c.dep_ == "prep"}
    if lemma == "appeal":
        # "would appeal", "appealed to the High Court"; not "appealed for calm", "to voters"
        to = [o for o in preps["to"].children if o.dep_ == "pobj"] if "to" in preps else []
        return "for" not in preps and (not to or any(o.lemma_.lower() in COURTS for o in to))
    onward = any(c.dep_ in ("prt", "advmod") and c.lower_ == "on" for c in t.children)
    keeps = onward or t.head.lemma_.lower() in ("keep", "continue")
    return lemma == "fight" and keeps and "for" not in preps  # not "fighting for cleaner air"


def outcome_noun(o) -> bool:
    """ "the vote", "the result": the outcome just told; not "the vote on the hospital closure"."""
    return o.lemma_.lower() in OUTCOME_NOUNS and not any(
        c.dep_ == "prep" and c.lower_ in ("on", "to") for c in o.children
    )


def judged_as_change(t) -> bool:
    """ "criticised the referendum as a delay", "attacked the deal as a weakening of the ban":
    what is judged is a change to the policy, so the judgement of the policy is the reverse."""
    changes = knowledge().words("modification_nouns")
    return any(
        c.dep_ == "prep"
        and c.lower_ == "as"
        and any(o.dep_ == "pobj" and o.lemma_.lower() in changes for o in c.children)
        for c in t.children
    )


def side_noun(t) -> bool:
    """ "a no vote", "the yes side"."""
    return t.lemma_.lower() in YES_NO_NOUNS and any(c.lower_ in ("yes", "no") for c in t.children)


def for_a_side(tokens) -> bool:
    """Whether a cue's object is a side of a vote ("campaigning for a no vote on the levy")."""
    objects = [
        o
        for t in tokens
        for c in t.children
        for o in (c, *c.children)
        if o.dep_ in ("dobj", "pobj")
    ]
    return bool(objects) and side_noun(objects[0])


def sides_taken(
    sent, n: int, p: int, state: State, kb: Knowledge, policy: set[int]
) -> list[PositionClaim]:
    """ "campaign for a no vote", "leads the yes side", "is leafleting for a yes": in an article on
    a policy put to a vote, the yes side supports it and the no side opposes it."""
    out: list[PositionClaim] = []
    for t in sent:
        if t.lower_ not in ("yes", "no") or is_negated(t.head):
            continue
        side = "support" if t.lower_ == "yes" else "oppose"
        article = any(c.dep_ == "det" and c.i < t.i for c in t.head.children)
        if t.lower_ == "no" and t.dep_ == "det" and not article:
            continue  # "with secret annexes and no vote": none held, not the no side
        if t.dep_ in ("amod", "compound", "det") and t.head.lemma_.lower() in YES_NO_NOUNS:
            noun = t.head  # "a no vote", "the yes side"
        elif t.dep_ == "pobj" and t.head.lower_ == "for":
            noun = t  # "campaigning for a no"
        else:
            continue
        preps = [c for c in noun.children if c.dep_ == "prep"]
        if preps and not any(policy & {x.i for x in c.subtree} for c in preps):
            continue  # "a yes vote on the budget": another question; not "… on the levy"
        verb = noun.head
        while verb.pos_ != "VERB" and verb.head.i != verb.i:
            verb = verb.head
        if hypothetical(verb) or is_negated(verb):
            continue
        words = sent.doc[min(verb.i, t.i) : max(verb.i, noun.i) + 1].text
        out += subject_claims(verb, side, words, n, p, state, kb)
    return out


def dated_then(verb) -> bool:
    """Whether a verb is dated by a date of its own: "in October", "last year", "in 2019"."""
    return any(
        (c.dep_ == "prep" and any(o.ent_type_ == "DATE" for o in c.children))
        or (c.dep_ == "npadvmod" and c.ent_type_ == "DATE")
        for c in verb.children
    )


def told_before(t) -> bool:
    """A cue in a relative clause told in the past tense: what the holder did before."""
    return any(x.dep_ == "relcl" and x.tag_ == "VBD" for x in (t, *t.ancestors))


def described(sent, policy: set[int]) -> list[Cue]:
    """ "Lunde said the levy would start in May and cover all hotels": with no stance cue at all,
    the policy told as how it will work, by the government side (see runs_policy), is its support.
    Not what it will cost or bring ("would cost 2 billion"): a government may say that of a bill
    it fights."""
    out = []
    working = knowledge().words("working_verbs")
    for t in sent:
        if t.lemma_.lower() not in working or is_negated(t) or hypothetical(t):
            continue
        future = any(c.dep_ == "aux" and c.lower_ in ("will", "would", "shall") for c in t.children)
        if future and any(names_policy(s, policy) or stands_for(s, policy) for s in subjects_of(t)):
            out.append(Cue(t, "support", t.text, frozenset([t.i]), official=True))
    return out[:1]


def runs_policy(key: str, ctx: Context) -> bool:
    """Whether an actor is the government side, whose account of how the policy will work ("the
    ban will apply to all schools, the ministry said") is its support; a critic's is not. Only
    the dossier's own country's: another government may describe a policy it fights."""
    home = ctx.state.home
    kind, _, rest = key.partition(":")
    if kind in ("ministry", "country", "cabinet", "parliament"):
        return bool(home) and rest.split(":")[0] == home
    mentions = [m for m in ctx.state.mentions if m.key == key and m.role]
    if not mentions or (mentions[-1].role_country or home) != home:
        return False
    words = set(re.split(r"[\s-]+", mentions[-1].role.lower()))  # "Minister-President"
    kb = ctx.kb
    return bool(words & kb.words("office_titles")) and not words & kb.words("not_in_office")


def spoken_by(subject, ctx: Context) -> str:
    """A speaker as written; a pronoun ("it said", "he said") as the name it stands for."""
    if subject.pos_ == "PRON" and subject.i not in ctx.quoted:
        keys = resolve_holder(subject, ctx.p, ctx.state, ctx.kb, n=ctx.n)
        return last_mention(ctx.state, keys[0]).name if keys else ""
    return speaker_words(subject)


def speech_subject(cue, ctx: Context):
    """The subject of the nearest speech verb above a cue, outside quotation marks."""
    reporting = ctx.kb.words("reporting_verbs")
    for x in (cue, *cue.ancestors):
        if x.lemma_.lower() in reporting and x.pos_ in ("VERB", "AUX") and x.i not in ctx.quoted:
            return next((c for c in x.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return None


def spokesperson(cue, holders: list[str], ctx: Context) -> str | None:
    """A named person speaking for the holder ("…, its leader Sam Okafor said") shares its stance."""
    subject = speech_subject(cue, ctx)
    if subject is None or not holders or any(h.startswith("person:") for h in holders):
        return None
    keys = resolve_holder(subject, ctx.p, ctx.state, ctx.kb, n=ctx.n)
    person = next((k for k in keys if k.startswith("person:")), None)
    phrase = list(subject.subtree)
    speaks_for = any(t.lower_ in ("its", "their") and t.dep_ == "poss" for t in phrase) or any(
        ctx.state.token_keys.get((ctx.p, t.i)) in holders for t in phrase
    )
    verb = cue if cue.pos_ in ("VERB", "AUX") else cue.head
    # "Reed said his bloc would vote in favour": the body is his own
    speaks_for = speaks_for or any(own_body(x) for x in subjects_of(verb))
    # "Prime Minister Anna Reid said the government would …": an office holder speaks for it.
    official = any(t.lower_ in ctx.kb.words("title_words") for t in phrase) and any(
        h.startswith(("country:", "ministry:", "cabinet:", "org:government of ")) for h in holders
    )
    return person if person and (speaks_for or official) else None


def body_spoken_for(holder: str, sent, ctx: Context) -> str | None:
    """The organisation a named person heads or speaks for, as the sentence names it ("Anna
    Berg, president of the Fishing Federation, …", "the federation's chair, Anna Berg")."""
    if not holder.startswith("person:"):
        return None
    titles = ctx.kb.words("spokesperson_titles")
    for tok in sent:
        if ctx.state.token_keys.get((ctx.p, tok.i)) != holder:
            continue
        phrase = tok
        while (
            phrase.dep_ in ("compound", "flat", "appos", "pobj", "prep")
            and phrase.head.i != phrase.i
        ):
            phrase = phrase.head
        words = list(phrase.subtree)
        if not any(w.lower_ in titles for w in words):
            return None
        for w in words:
            key = ctx.state.token_keys.get((ctx.p, w.i))
            if key and key != holder and not key.startswith(("person:", "country:", "group:")):
                if is_legislature(key, ctx.kb):
                    continue  # "Senate Minority Leader X": a chamber's leaders do not cast its vote
                return key
        return None
    return None


def speaker_for(cue, ctx: Context) -> str:
    """Who the sentence credits with the words that carry a cue, as written; "" for the article."""
    subject = speech_subject(cue, ctx)
    if subject is not None:
        return spoken_by(subject, ctx)
    if cue.i in ctx.quoted or any(t.lower_ == "according" for t in cue.sent):
        return ctx.speaker_text
    return ""


def combined(stances: set[str], contrast: bool) -> str | None:
    """One holder's stance from the cues of one sentence; None when they disagree unexplained.

    A hedge yields to a clear stance; support and opposition together are "mixed" only when the
    sentence sets them against each other ("welcomed parts … but criticised …"). Otherwise the
    evidence conflicts and saying nothing is better than risking a flipped stance.
    """
    polar = stances - {"neutral"}
    if len(polar) == 1:
        return polar.pop()
    if not polar:
        return "neutral" if stances else None
    return "mixed" if contrast else None


def quote_marks(sent) -> int:
    """How many double quotation marks a sentence has: an odd number opens or closes a quotation
    that runs on over the next sentence ('"The levy is a disaster. Nobody asked us," said …')."""
    return sum(1 for t in sent if t.text in DOUBLE_QUOTES)


def closing_speaker(sent, n: int, p: int, state: State, kb: Knowledge):
    """(keys, words) of whoever the sentence that closes a quotation credits it to, when it names
    them there ("said Anna Berg"; not "the official said", whom it takes from before)."""
    keys, words = attribution(sent, n, p, state, kb, quoted_tokens(sent))
    named = {state.token_keys.get((p, t.i)) for t in sent}
    keys = [k for k in keys if k in named]
    return (keys, words) if keys else None


def speaker_update(sent, n: int, p: int, state: State, kb: Knowledge) -> None:
    keys = attribution(sent, n, p, state, kb, quoted_tokens(sent))[0]
    if keys:
        state.last_speaker, state.last_speaker_n = keys[0], n
    # The body a sentence is about, its subject, is what "it" in the next one most likely means.
    subject = next((c for c in sent.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    key = state.token_keys.get((p, subject.i)) if subject is not None else None
    if key and not key.startswith(("person:", "group:")):
        state.subject_body = (n, key)
    if subject is not None and titled_body(subject, p, state, kb):
        state.titled_subject_n = n


def titled_body(subject, p: int, state: State, kb: Knowledge) -> bool:
    """ "Norway's Minister of Fisheries … Anna Lund": an office title and a name that the
    model took for an organisation, or for nothing at all."""
    phrase = list(subject.subtree)
    keys = [state.token_keys.get((p, t.i)) for t in phrase if t.pos_ == "PROPN"]
    return (
        any(t.lower_ in kb.words("role_nouns") for t in phrase)
        and not any(k and k.startswith("person:") for k in keys)
        and any(not k or not k.startswith(("country:", "group:")) for k in keys)
    )


def memberships_in(sent, n: int, p: int, state: State) -> list[Membership]:
    """ "Three opposition parties -- the Democratic Party, the People's Party and … --" """
    out = []
    toks = list(sent)
    for i, t in enumerate(toks):
        key = state.token_keys.get((p, t.i))
        if not key or not key.startswith("group:"):
            continue
        if i + 1 < len(toks) and toks[i + 1].text in ("--", "—", "–", "(", ":", ","):
            closer = {"(": ")"}.get(toks[i + 1].text, toks[i + 1].text)
            members: list[str] = []
            for u in toks[i + 2 :]:
                if u.text == closer or (closer == "," and u.dep_ in ("ROOT",)):
                    break
                k = state.token_keys.get((p, u.i))
                if k and k != key and not k.startswith("group:") and k not in members:
                    members.append(k)
            if len(members) >= 2:
                out.append(Membership(key, tuple(members), n))
                continue
        named = examples(t, p, state, key)
        if named:
            out.append(Membership(key, tuple(named), n))
    return out + listed_members(sent, n, p, state)


def listed_members(sent, n: int, p: int, state: State) -> list[Membership]:
    """ "the Harbour Alliance, whose members include the Dock Union, the Fishers' Guild and …",
    "a coalition which includes A, B and C": the bodies listed are its members."""
    out = []
    for t in sent:
        if t.lemma_.lower() not in ("include", "comprise") or t.dep_ != "relcl":
            continue
        subject = next((c for c in t.children if c.dep_ == "nsubj"), None)
        if subject is None or not (
            subject.lower_ in ("which", "that")
            or (
                subject.lemma_.lower() == "member"
                and any(c.lower_ == "whose" for c in subject.children)
            )
        ):
            continue
        key = state.token_keys.get((p, t.head.i))
        if not key or key.startswith(("person:", "country:")):
            continue
        listed = [c for c in t.children if c.dep_ == "dobj"]
        members = [
            k
            for o in listed
            for x in o.subtree
            if (k := state.token_keys.get((p, x.i))) and k != key and is_body(k)
        ]
        members = list(dict.fromkeys(members))
        if len(members) >= 2:
            out.append(Membership(key, tuple(members), n))
    return out


def spokespeople_in(sent, n: int, p: int, state: State, kb: Knowledge) -> list[Membership]:
    """ "Its chairman, Tom Hale, said …", "the forum's director Ann Lee", "Green League leader
    Ann Lee": a named person who speaks for a body. "Ann Lee of the Green League" belongs to it,
    and may or may not speak for it."""
    titles = kb.words("spokesperson_titles")
    kinds = kb.words("body_nouns") | kb.words("organisation_heads")
    out: list[Membership] = []
    for tok in sent:
        person = state.token_keys.get((p, tok.i))
        if not person or not person.startswith("person:") or any(person in m.members for m in out):
            continue
        head = tok
        while head.dep_ in ("compound", "flat") and head.head.i != head.i:
            head = head.head
        words = own_phrase(head.head if head.dep_ == "appos" else head)
        titled = [w for w in words if w.lower_ in titles]
        body = next(
            (
                k
                for w in words
                if (k := state.token_keys.get((p, w.i))) and k != person and is_body(k)
            ),
            None,
        )
        if body and not titled and not any(w.lower_ == "of" and w.head.i == head.i for w in words):
            body = None  # "Ann Lee and the Green League": named together, not one for the other
        if not body and titled:
            owner = next(  # on the title, or on the noun it qualifies ("chief executive")
                (c for w in (titled[0], titled[0].head) for c in w.children if c.dep_ == "poss"),
                None,
            )
            if owner is not None and (
                owner.lower_ in ("its", "their")
                or (owner.lower_ in kinds and any(c.lower_ == "the" for c in owner.children))
            ):
                body = owner_body(owner, p, state, n)  # "its chair", "the company's chief"
        if body and not is_legislature(body, kb):  # both ways above find bodies only
            out.append(Membership(body, (person,), n, "speaks_for" if titled else "belongs_to"))
    return out


def owner_body(owner, p: int, state: State, n: int) -> str | None:
    """The body "its" stands for in "…," said its chair: one named before it in the sentence,
    outside the quotation, or else the one the sentence before was about."""
    quoted = quoted_tokens(owner.sent)
    for x in reversed(owner.doc[owner.sent.start : owner.i]):
        key = state.token_keys.get((p, x.i))
        if key and x.i not in quoted and is_body(key) and x.dep_ not in QUALIFIERS:
            return key
    if state.subject_body and state.subject_body[0] == n - 1:
        return state.subject_body[1]
    return None


def own_phrase(head) -> list:
    """A noun phrase's words without the clauses hung on it ("Ann Lee, who met the council")."""
    out = [head]
    for c in head.children:
        if c.dep_ not in ("relcl", "acl", "advcl", "ccomp", "conj", "cc", "punct"):
            out += own_phrase(c)
    return out


def is_chamber(key: str, kb: Knowledge) -> bool:
    """Whether a key is a legislature by its whole name ("the Senate", "House of Representatives",
    "National Assembly"), not a body whose name ends like one ("Harbour Trades Congress")."""
    if key.startswith("parliament:"):
        return True
    words = set(key.split(":", 1)[-1].split())
    return is_legislature(key, kb) and not words & MEMBERS_WORDS


def is_legislature(key: str, kb: Knowledge) -> bool:
    """ "the Senate", "National Assembly", "Chamber of Deputies"; not "Chamber of Commerce"."""
    words = key.split(":")[-1].split()
    members = len(words) > 2 and words[-2] == "of" and words[-1] in kb.words("chamber_members")
    heads = kb.words("legislature_words")
    return (
        key.startswith("parliament:") or head_word(key) in heads or (members and words[-3] in heads)
    )


def head_word(key: str) -> str:
    """The last word of an actor key's name: "senate" for "org:senate" and "org:state senate"."""
    return key.split(":")[-1].split()[-1]


def is_body(key: str) -> bool:
    return not key.startswith(("person:", "country:", "group:", "surname:"))


def examples(t, p: int, state: State, key: str) -> list[str]:
    """ "Opponents, including the Motorists Association and …", "groups such as …": named members."""
    members: list[str] = []
    for c in t.children:
        if c.dep_ != "prep" or not (
            c.lower_ == "including" or (c.lower_ == "as" and c.nbor(-1).lower_ == "such")
        ):
            continue
        for obj in (o for o in c.children if o.dep_ == "pobj"):
            for x in obj.subtree:
                k = state.token_keys.get((p, x.i))
                if k and k != key and not k.startswith("group:") and k not in members:
                    members.append(k)
    return members


def undone_by_policy(names: tuple[str, ...], kb: Knowledge) -> tuple[str, ...]:
    """The names of what the policy undoes, the policy's own description coming first among its
    names: with "the removal of the fuel subsidy" (or "fuel subsidy removal") and the name
    "fuel subsidy", the press's "scrap the subsidy" supports the policy. Other names with the same
    head noun ("the subsidy", "fuel subsidies") are that thing too."""
    if not names:
        return ()
    nouns = "|".join(sorted(kb.words("undoing_nouns")))
    undoing = re.compile(rf"\b(?:{nouns})\b", re.I)

    def undone(n: str) -> bool:
        of = rf"\b(?:{nouns})\s+of\s+(?:the\s+|its\s+)?(?:[\w-]+\s+){{0,2}}?{re.escape(n)}\b"
        before = rf"\b{re.escape(n)}\s+(?:{nouns})\b"  # "fuel subsidy removal"
        return bool(re.search(of, names[0], re.I) or re.search(before, names[0], re.I))

    def head(n: str) -> str:  # "fuel subsidies" → "subsidy"
        return singular(n.lower().split()[-1]) if n.split() else ""

    own = [n for n in names[1:] if not undoing.search(n) and undone(n)]
    heads = {head(n) for n in own}
    return tuple(n for n in names[1:] if not undoing.search(n) and (n in own or head(n) in heads))


def undone_in_sentence(sent, tokens: set[int]) -> bool:
    """Whether the sentence itself undoes what the policy undoes ("a bill that ends the subsidy"):
    then it names the policy, and its stances need no turning. A verb that is a stance cue of its
    own ("will scrap the subsidy") is the stance, and is turned."""
    lemmas, _ = cue_table()
    verbs = knowledge().words("undoing_verbs")
    return any(
        x.i in tokens
        and x.dep_ in ("dobj", "nsubjpass")
        and x.head.lemma_.lower() in verbs
        and x.head.lemma_.lower() not in lemmas
        for x in sent
    )


def turned(claims: list[PositionClaim], undone: set[int]) -> list[PositionClaim]:
    """Claims from sentences that name only what the policy undoes, their sides swapped."""
    return [
        replace(c, stance=OPPOSITE_SIDE.get(c.stance, c.stance)) if c.sentence in undone else c
        for c in claims
    ]


def only_in_relative(sent, policy: set[int]) -> bool:
    """Whether the policy is named only in a relative clause that takes no side of its own ("The
    Greens, whose MPs sat on the first scheme's panel, welcomed the announcement"): then "the
    announcement" may be the policy. A relative clause with a stance cue keeps its own claim."""
    if any(
        not any(a.dep_ == "relcl" for a in [sent.doc[i], *sent.doc[i].ancestors]) for i in policy
    ):
        return False
    return not policy or not cues_in(sent, policy)
