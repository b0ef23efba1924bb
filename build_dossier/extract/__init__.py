"""Extract: find actor mentions, stances on the policy and dated events in one article (spaCy plus rules)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import cache

from ..knowledge import Region, knowledge
from ..model import Article, EventClaim, Extraction, Membership, PositionClaim, Sentence
from ..problems import DossierError
from .actors import (
    collect_people,
    english_words,
    fix_entities,
    mentions_in,
    opposition_party,
    untagged_bodies,
)
from .events import called_off_later, events_in
from .stances import (
    bare_votes,
    barred_acts,
    closing_speaker,
    described_plan,
    introduced,
    judged_votes,
    memberships_in,
    note_halt,
    note_outcome,
    only_in_relative,
    policy_anaphors,
    policy_pattern,
    policy_pronouns,
    policy_tokens,
    precedents,
    pronoun_after_relative,
    quote_marks,
    record_outcomes,
    settled,
    sides_taken,
    speaker_update,
    spokespeople_in,
    stances_in,
    timed,
    turned,
    undone_by_policy,
    undone_in_sentence,
    unnamed_stances,
    won_over,
)
from .state import State

# Bump when a change to the rules changes what extract returns: it keys the extraction cache.
EXTRACTOR_VERSION = "235"


@cache
def load_nlp(model: str):
    import spacy  # imported here: loading spaCy takes a second, and only extract needs it

    try:
        nlp = spacy.load(model)
    except OSError:
        raise DossierError(
            f"spaCy model '{model}' is not installed; run `make site` (it installs the pinned "
            "model) or set extra.dossier.model in mkdocs.yml to a model you have"
        ) from None
    if "lemmatizer" in nlp.pipe_names and nlp.get_pipe("lemmatizer").lookups.has_table(
        "lemma_index"
    ):
        # the model's word list: "Businessman" opening a sentence is a word, "Vu" a name
        index = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")
        english_words.update(
            w for pos in ("noun", "verb", "adj", "adv") for w in index.get(pos, [])
        )
    if "attribute_ruler" in nlp.pipe_names:  # the lemmatizer keeps a lemma already set
        for word, lemma in sorted(knowledge().lexicon["lemmas"].items()):
            nlp.get_pipe("attribute_ruler").add([[{"LOWER": word}]], {"LEMMA": lemma})
    return nlp


def extract(
    article: Article,
    docs: list,
    policy_names: Iterable[str],
    default_country: str | None,
    region: str | None = None,
) -> Extraction:
    """Everything extract finds in one article, from its paragraphs already run through spaCy."""
    kb = knowledge()
    home_region = (kb.region(region) or Region(region, default_country or "?")) if region else None
    state = State(home=default_country, region=home_region)
    names = tuple(policy_names)
    undone_names = undone_by_policy(names, kb)
    policy_names = tuple(n for n in names if n not in undone_names)
    policy_re = policy_pattern(policy_names)
    # "scrap the subsidy", where the policy is the subsidy's removal: the stance turned round
    undone_re = policy_pattern(undone_names) if undone_names else None
    undone: set[int] = set()  # sentences that name only what the policy undoes
    sentences: list[Sentence] = []
    positions: list[PositionClaim] = []
    events: list[EventClaim] = []
    memberships: list[Membership] = []
    spans_by_doc = untagged_bodies(docs, [fix_entities(doc, kb) for doc in docs])
    collect_people(spans_by_doc, state)
    state.opposition = opposition_party(spans_by_doc, kb)
    state.named = [s.text for spans in spans_by_doc for s in spans if s.label != "PERSON"]
    state.places = {s.text for spans in spans_by_doc for s in spans if s.label == "LOC"}
    n = 0
    named_before = False  # whether the sentence before named the policy ("It will …" may mean it)
    named_ever = False  # whether the article has named it ("the plan" may then mean it)
    for p, (doc, spans) in enumerate(zip(docs, spans_by_doc, strict=True)):
        open_quote = False
        pending: list = []  # sentences of a quotation whose speaker is named where it closes
        for sent in doc.sents:
            n += 1
            text = sent.text.strip()
            if not text:
                n -= 1
                continue
            was_open = open_quote
            first = len(positions)  # this sentence's claims are added from here on
            open_quote ^= quote_marks(sent) % 2 == 1
            sentences.append(Sentence(n, p + 1, text))
            sent_spans = [s for s in spans if sent.start <= s.start < sent.end]
            mentions_in(sent, sent_spans, n, p, state, kb, default_country, article, policy_re)
            memberships += memberships_in(sent, n, p, state) + spokespeople_in(
                sent, n, p, state, kb
            )
            policy = policy_tokens(sent, policy_re) | introduced(sent, tuple(policy_names))
            policy |= described_plan(sent, tuple(policy_names))
            named_now = bool(policy)  # not by a barred act: "it" after one is what bars it
            policy |= barred_acts(sent, tuple(policy_names))
            named_ever = named_ever or named_now
            if not policy and undone_re is not None:
                # "scrap the subsidy", where the policy is the subsidy's removal
                policy = policy_tokens(sent, undone_re)
                if policy and not undone_in_sentence(sent, policy):
                    undone.add(n)
            if named_before:
                # "They will vote against it, and X vowed to fight the levy": an "it"
                # before the policy is named again is still the one just named
                named_at = min(policy, default=sent.end)
                policy |= {
                    i
                    for i in policy_pronouns(sent, p, state)
                    if not policy or (i < named_at and sent.doc[i].dep_ in ("dobj", "pobj"))
                }
            policy |= pronoun_after_relative(sent, policy)
            if named_ever and only_in_relative(sent, policy):
                # "The Greens, whose MPs sat on the first panel for the levy, welcomed the announcement"
                policy |= policy_anaphors(sent)
            if policy and open_quote:
                pending.append((sent, n, policy))  # '"The levy is a disaster. …," said X.'
            elif policy:
                positions += stances_in(sent, n, p, policy, state, kb)
                if n not in undone:
                    note_outcome(sent, n, p, policy, state)
                # "X remains opposed, citing a survey in which drivers were against the limit"
                claimed = {  # (a stance held before, "whose chair once called it …", is no claim)
                    x.actor for x in positions[first:] if (x.actor, x.sentence) not in state.past
                }
                positions += [
                    x for x in bare_votes(sent, n, p, state, kb) if x.actor not in claimed
                ]
                positions[first:] = turned(positions[first:], undone)
            else:
                positions += precedents(sent, n, p, state, tuple(policy_names))
                if named_ever:
                    positions += unnamed_stances(sent, n, p, state, kb)
            if named_ever:  # "…, with the Greens voting with the government", "the yes side"
                note_halt(sent, n, state)  # (a court's halt, before any appeal against it)
                judged = judged_votes(sent, n, p, state, kb)
                # "welcomed the decision" just after a court suspended the policy: the side of
                # that outcome, not "the decision" read as the policy by the same verb
                verbs = {(x.actor, x.cue.split()[0]) for x in judged if x.cue}
                positions[first:] = [
                    x
                    for x in positions[first:]
                    if not x.cue or (x.actor, x.cue.split()[0]) not in verbs
                ]
                positions += judged + sides_taken(sent, n, p, state, kb, policy)
            won = won_over(sent, n, p, state, kb) if named_ever else []
            if won:  # "… won back the union, which had threatened to oppose it": that is over
                gone = {(w.actor, n) for w in won}
                positions = [x for x in positions if (x.actor, x.sentence) not in gone] + won
            if was_open and not open_quote and pending:
                hint = closing_speaker(sent, n, p, state, kb)
                positions += turned(
                    [x for s, m, pol in pending for x in stances_in(s, m, p, pol, state, kb, hint)],
                    undone,
                )
                pending = []
            record_outcomes([x for x in positions[first:] if x.sentence == n], state)
            named_before = named_now
            speaker_update(sent, n, p, state, kb)
            events += events_in(sent, sent_spans, n, p, state, kb, article)
        positions += turned(
            [x for s, m, pol in pending for x in stances_in(s, m, p, pol, state, kb)], undone
        )
    events = called_off_later(events, state)
    return Extraction(
        article=article.id,
        sentences=tuple(sentences),
        mentions=tuple(state.mentions),
        positions=tuple(settled([timed(x, state) for x in positions])),
        events=tuple(events),
        memberships=tuple(memberships),
    )


def run(articles: list[Article], nlp_model: str, policy_names: Iterable[str], default_country: str | None,
        region: str | None = None, progress: Callable[[Article], None] | None = None) -> dict[str, Extraction]:  # fmt: skip
    """Extract every article, running spaCy over all paragraphs in one batch."""
    nlp = load_nlp(nlp_model)
    names = tuple(policy_names)
    out = {}
    for article in articles:
        docs = list(nlp.pipe(article.paragraphs))
        out[article.id] = extract(article, docs, names, default_country, region)
        if progress:
            progress(article)
    return out
