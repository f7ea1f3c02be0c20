"""Reported speech, twenty-second session: relative clauses and asides inside or at the end of a reported clause
(invented sentences)."""

from __future__ import annotations

from tests.quote_support import direct_speaker_of, quotes_of


def _reported(text: str) -> list[tuple[str, str]]:
    return [(speaker, quoted) for kind, speaker, quoted in quotes_of(text) if kind == "indirect"]


def test_a_relative_after_the_subject_of_a_clause_after_that_is_inside_what_was_said() -> None:
    text = (
        "The quarry's owner, Dana Whitcombe, said the blasting had been halted and that the foreman, who was hurt "
        "in the slip, had gone home on Monday."
    )
    assert _reported(text) == [
        (
            "Dana Whitcombe",
            "the blasting had been halted and that the foreman, who was hurt in the slip, had gone home on Monday",
        )
    ]


def test_a_relative_about_a_common_noun_at_the_end_goes_on() -> None:
    after_who = "Officer Brant said a cyclist pulled the driver from the van, who then ran off toward the canal."
    assert _reported(after_who)[0][1] == "a cyclist pulled the driver from the van, who then ran off toward the canal"
    after_whose = (
        "The vet said the herd was culled to protect the neighbouring farms, whose cattle graze the same hill."
    )
    assert _reported(after_whose)[0][1] == (
        "the herd was culled to protect the neighbouring farms, whose cattle graze the same hill"
    )


def test_a_relative_about_a_name_is_the_writers_note() -> None:
    text = "The senator said she had talked with Governor Pell Ambrose, who is seeking a third term."
    assert _reported(text) == [("senator", "she had talked with Governor Pell Ambrose")]


def test_a_relative_holding_another_verb_of_speech_ends_the_clause() -> None:
    text = "The warden said the fire was started by a lodger, who denied it at the hearing."
    assert _reported(text) == [("warden", "the fire was started by a lodger")]


def test_a_named_person_calling_for_something_after_a_relative_is_no_more_of_the_clause() -> None:
    text = (
        "Two members said they dreaded a repeat of the 1987 conference, when Ms Varga, who had lost the leadership "
        "vote, called for a walkout."
    )
    assert "called for a walkout" not in _reported(text)[0][1]


def test_what_the_speaker_called_the_clause_is_the_writers_report() -> None:
    called = "The minister said the bridge would reopen in May, which she called a relief for commuters."
    assert _reported(called) == [("minister", "the bridge would reopen in May")]
    described = "The chief said the fire began in a storeroom, which he labelled a fire trap."
    assert _reported(described) == [("chief", "the fire began in a storeroom")]
    appositive = (
        "The mayor said no new car parks would be approved in the old town for five years, a freeze that she said "
        "was overdue."
    )
    assert _reported(appositive)[0][1] == "no new car parks would be approved in the old town for five years"


def test_a_figure_the_speaker_estimated_stays_inside_the_clause() -> None:
    text = "The grower said the frost had ruined most of the crop, which they estimated at nine tonnes."
    assert _reported(text)[0][1] == "the frost had ruined most of the crop, which they estimated at nine tonnes"


def test_a_document_named_after_its_body_speaks() -> None:
    found = "The Harbour Safety Board report found that a hatch on the dredger had been left unbolted."
    assert _reported(found) == [("Harbour Safety Board report", "a hatch on the dredger had been left unbolted")]
    owned = "The Lantern Trust's review said the orchard would need fencing before spring."
    assert _reported(owned) == [("Lantern Trust's review", "the orchard would need fencing before spring")]


def test_when_a_document_came_out_is_no_part_of_its_name() -> None:
    dated = "A Civic Standards Office report last month found the borough had lost track of its grant payments."
    assert _reported(dated)[0][0] == "Civic Standards Office report"
    released = "A Quillby Research poll released late last week found that most commuters would pay more for trams."
    assert _reported(released)[0][0] == "Quillby Research poll"


def test_a_document_shown_to_this_newspaper_is_the_speaker() -> None:
    text = "A draft budget seen by our reporters says four libraries would shut by April."
    assert _reported(text) == [("draft budget", "four libraries would shut by April")]


def test_a_document_claims_a_clause_without_that() -> None:
    claimed = "The petition claims the harbour board knew about the cracked slipway for a year."
    assert _reported(claimed) == [("petition", "the harbour board knew about the cracked slipway for a year")]
    noun = "Her claims the harbour board knew were never tested."
    assert _reported(noun) == []


def test_a_name_after_a_preposition_is_where_a_plural_speaker_is_not_who() -> None:
    coast = "Crab fishers along the northern shore of Prince Edward Island say the season will be short."
    assert _reported(coast)[0][0] == "Crab fishers along the northern shore of Prince Edward Island"
    dated = (
        "PORT ALDEN, N.B. — Estate agents on the high street of Lower Wenham said trade had halved since the bypass "
        "opened."
    )
    assert _reported(dated)[0][0] == "Estate agents on the high street of Lower Wenham"


def test_a_body_or_a_singular_head_keeps_its_phrase() -> None:
    club = "The Quillby Rowing Club say the boathouse is unsafe."
    assert _reported(club)[0][0] == "Quillby Rowing Club"
    chairman = "The chairman of the Lower Wenham Traders says trade has halved."
    assert _reported(chairman)[0][0] == "chairman of the Lower Wenham Traders"


def test_a_name_its_maker_gave_a_thing_is_no_quote() -> None:
    cider = "Ms Ada Harrow runs the orchard. The first batch, a dry cider she called “Second Press”, sold 900 bottles."
    assert [q for q in quotes_of(cider) if q[0] == "direct"] == []
    waltz = "Ms Ada Harrow runs the orchard. She wrote a slow, smoky waltz she called “Lantern”."
    assert [q for q in quotes_of(waltz) if q[0] == "direct"] == []


def test_a_judgement_or_a_persons_nickname_stays_a_quote() -> None:
    judged = 'Ms Ada Harrow runs the orchard. She turned down the deal, a bid she called "daylight robbery."'
    assert direct_speaker_of(judged, "daylight") == "Ms Ada Harrow"
    nicknamed = 'Ms Ada Harrow runs the orchard. She lodged with a neighbour she called "Uncle Ned" for a year.'
    assert direct_speaker_of(nicknamed, "Uncle Ned") == "Ms Ada Harrow"


def test_a_list_of_names_after_a_colon_is_no_ones_words() -> None:
    text = (
        "Thirty trams stand in the shed, their blinds still showing the last runs they made: ‘Eastgate via Corn "
        "Street’, ‘Depot’, ‘Private Hire’."
    )
    assert [q for q in quotes_of(text) if q[0] == "direct"] == []


def test_a_single_sentence_after_a_colon_is_its_subjects() -> None:
    text = 'Harbourmaster Jo Pell was blunt: "We will not dredge it again."'
    assert direct_speaker_of(text, "dredge") == "Harbourmaster Jo Pell"


def test_a_clause_told_me_and_a_clause_after_are_one_report() -> None:
    text = (
        "Ms Orla Dunne runs the quarry. The first winter was the hardest of her life, Dunne told me, and she slept "
        "in the site office most nights."
    )
    assert _reported(text) == [
        (
            "Ms Orla Dunne",
            "The first winter was the hardest of her life, Dunne told me, and she slept in the site office most nights",
        )
    ]
    later = (
        "Ms Orla Dunne runs the quarry. She moved the office into a caravan over one weekend, she told me last "
        "month, and she has not regretted it."
    )
    assert _reported(later)[0][1].endswith("and she has not regretted it")


def test_a_long_opening_with_a_verb_is_no_frame_before_the_attribution() -> None:
    text = (
        "Ms Orla Dunne runs the quarry. In spring the pit sometimes floods for days at Carrow for the rain to stop, "
        "Dunne says, and twice this year she has sent the crews home."
    )
    assert _reported(text)[0][1].startswith("In spring the pit sometimes floods")


def test_a_clause_with_its_own_subject_after_according_to_and_goes_on() -> None:
    subject = "Five barges sank in the gale, according to the harbour board, and two crews are still missing."
    assert _reported(subject) == [
        (
            "harbour board",
            "Five barges sank in the gale, according to the harbour board, and two crews are still missing",
        )
    ]
    verb = "The mill lost money for a decade, according to the auditors, and has a new owner."
    assert _reported(verb) == [("the auditors", "The mill lost money for a decade")]


def test_put_it_before_a_colon_names_the_speaker() -> None:
    text = "A cousin of the mayor put it more gently: ‘Dana never starts a fight she might lose.’"
    assert direct_speaker_of(text, "never starts a fight") == "cousin of the mayor"
    blunt = 'As expected, the crowd put it bluntly: "We want the bridge."'
    assert direct_speaker_of(blunt, "bridge") == "crowd"


def test_a_beat_before_a_colon_goes_on_with_the_last_speaker() -> None:
    pause = (
        'Ms Ada Harrow runs the orchard. "If the frost comes early, we lose it all," Harrow says. Then, after a '
        'pause: "It will not come early."'
    )
    assert direct_speaker_of(pause, "will not come") == "Ms Ada Harrow"
    aside = (
        'Ms Ada Harrow runs the orchard. "Ladders down by six," she shouts. Then, more softly, to me: "Nobody '
        'listens. I shout anyway."'
    )
    assert direct_speaker_of(aside, "shout anyway") == "Ms Ada Harrow"


def test_a_new_subject_before_the_colon_is_no_beat() -> None:
    text = (
        'Ms Ada Harrow runs the orchard. "If the frost comes early, we lose it all," Harrow says. Then her '
        'foreman, Col Bright, cut in: "It will not come early."'
    )
    assert direct_speaker_of(text, "will not come") != "Ms Ada Harrow"
