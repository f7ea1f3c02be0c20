"""Who spoke (issue 15, twentieth session): names after a word that only ends like 'in' or 'of', nationality
and job epithets for the person just named, and other speaker shapes. Invented sentences."""

from __future__ import annotations

from tests.quote_support import direct_speaker_of, quotes_of


def test_name_after_a_word_ending_in_in_is_read() -> None:
    """'captain Ivo Marsh' was no name ('captain' ends in 'in', read as the word 'in'): his later quote went to
    the bare surname, not the person named in full."""
    text = (
        "The coach said captain Ivo Marsh would miss the opening fixture.\n\n"
        'Marsh, who hurt his knee in training, was philosophical. "It happens," Marsh said.'
    )
    assert direct_speaker_of(text, "It happens") == "Ivo Marsh"


def test_place_after_in_is_still_no_name() -> None:
    """Guard: a pair of capitals after the word 'in' is a place, never a speaker."""
    text = 'The ferry docked in Port Selwyn at noon. "We were lucky with the tide," a deckhand said.'
    assert all(speaker != "Port Selwyn" for _, speaker, _ in quotes_of(text))


def test_nationality_noun_is_the_person_named_before() -> None:
    """'the Pole said' after one person was named gave the quote to 'Pole', a nationality read as a name."""
    text = (
        "Harbourside coach Mirek Dabrowa has warned his squad against complacency before the cup tie.\n\n"
        "The club have lost once since August, and Dabrowa conceded the schedule had been kind.\n\n"
        'At his weekly briefing, the Pole said: "Nothing is won in October."'
    )
    assert direct_speaker_of(text, "Nothing is won") == "Mirek Dabrowa"


def test_two_word_nationality_noun() -> None:
    """'the New Zealander' was read as a speaker named 'New Zealander'."""
    text = (
        "Tama Herewini finished fourth in the hill climb, a minute behind the leaders.\n\n"
        '"The legs were gone by the last bend," the New Zealander said.'
    )
    assert direct_speaker_of(text, "legs were gone") == "Tama Herewini"


def test_nationality_noun_with_two_people_named_stays_unresolved() -> None:
    """Guard: two people named in the sentences before leave 'the Pole' to no one of them."""
    text = (
        "Mirek Dabrowa and Oskar Lemm both missed the final after a crash on the descent.\n\n"
        '"I saw nothing until the wall," the Pole said.'
    )
    assert direct_speaker_of(text, "saw nothing") not in ("Mirek Dabrowa", "Oskar Lemm")


def test_job_no_one_was_given_is_the_subject_who_spoke_before() -> None:
    """'the goalkeeper said' right after a sentence whose subject, named, said something: the same person (the
    quote went to 'goalkeeper', a job the article gave no one)."""
    text = (
        "Ruairi Canavan returns for the visit of Tresk Athletic.\n\n"
        "Canavan, who was dropped after the heavy defeat at Kilbeg in March, admitted he had lost his way.\n\n"
        '"I needed the break more than I knew," the goalkeeper said.'
    )
    assert direct_speaker_of(text, "needed the break") == "Ruairi Canavan"


def test_job_after_a_sentence_where_the_subject_did_not_speak_stays_unresolved() -> None:
    """Guard: when the person named before only acted ('was treated in hospital'), a job is someone else."""
    text = (
        "Ruairi Canavan, 34, was treated in hospital after the crash on the ring road.\n\n"
        '"The lorry never slowed down," the officer said.'
    )
    assert direct_speaker_of(text, "never slowed") != "Ruairi Canavan"


def test_job_given_to_another_person_goes_to_that_person() -> None:
    """Guard: a job the article gave someone ('striker Orla Quarle') is hers, not the last speaker's."""
    text = (
        "Manager Ruairi Canavan named striker Orla Quarle in the starting side.\n\n"
        "Canavan, who took charge in May, said the squad was ready.\n\n"
        '"I have waited a long time for this," the striker said.'
    )
    assert direct_speaker_of(text, "waited a long time") != "Ruairi Canavan"


def test_pronoun_after_a_sentence_opened_by_a_possessive_surname() -> None:
    """'Orwin's new sail ..., and he was happy to talk about it' then '"...," he said': he is Orwin, whose
    possessive opens the sentence (the quote went to another man named in between)."""
    text = (
        "Veteran skipper Tomasz Orwin won the harbour race by a length.\n\n"
        "Race steward Dale Prowse said the conditions had been ideal and no protest was lodged.\n\n"
        "Orwin's new mainsail, stitched over the winter, drew admiring looks at the quay, and he was happy to "
        "talk about it.\n\n"
        '"Every seam was done by hand," he said.'
    )
    assert direct_speaker_of(text, "Every seam") == "Tomasz Orwin"


def test_possessive_of_a_word_never_named_in_full_is_no_person() -> None:
    """Guard: a possessive word the article never gave as a person's surname ('Harbour's') names no one: the
    pronoun keeps the person named before."""
    text = (
        "Race steward Dale Prowse inspected the boats on Friday.\n\n"
        "Kellbridge's new pontoon drew admiring looks at the quay.\n\n"
        '"It has been a long time coming," he said.'
    )
    assert direct_speaker_of(text, "long time coming") == "Dale Prowse"


def test_describing_cue_in_a_relative_clause_before_said_he() -> None:
    """'Maddox, who was booked for what NAME described in his notes as "A", said he would appeal': the fragment is
    the umpire's; 'said he would' reports a clause ('he' is its subject), not an inverted '"A," said he'."""
    text = (
        "Hooker Ivo Maddox, who was booked at Farrow Park in April for what umpire Dev Rasmund described in his "
        'match notes as "reckless play", said he would appeal the ban.'
    )
    assert direct_speaker_of(text, "reckless play") == "Dev Rasmund"


def test_which_it_described_is_the_document_opening_the_sentence() -> None:
    """'The audit praised X, which it described as "A"': 'it' is the audit, not the trust named before."""
    text = (
        "The Kellbridge Care Trust, which manages four homes in the valley, said it welcomed the findings.\n\n"
        'The audit praised the home\'s kitchen, which it described as "spotless", and said residents ate well.'
    )
    assert direct_speaker_of(text, "spotless") == "audit"


def test_which_it_after_an_organisation_subject_stays_with_it() -> None:
    """Guard: 'it' after ', which' with an organisation as the subject is that organisation's, as before."""
    text = (
        "The Kellbridge Care Trust manages four homes in the valley.\n\n"
        'The Kellbridge Care Trust praised the home\'s kitchen, which it described as "spotless".'
    )
    assert direct_speaker_of(text, "spotless") == "Kellbridge Care Trust"


def _reported_speaker(text: str, words: str) -> str | None:
    return next((s for kind, s, q in quotes_of(text) if kind == "indirect" and words in q), None)


def test_statement_from_a_body_which_runs_something_is_the_body_s() -> None:
    """'A statement from the board which runs local ferries said A': the clause is the board's statement, not
    the ferries (the object inside the relative clause stood before 'said')."""
    text = (
        "A statement from the Kellbridge board which runs local ferry services said the timetable would return "
        "to normal by Friday."
    )
    speaker = _reported_speaker(text, "timetable would")
    assert speaker is not None and "Kellbridge board" in speaker


def test_people_who_backed_someone_said() -> None:
    """Guard: 'Residents who opposed the mast said A' stays the residents'."""
    text = "Residents who opposed the new phone mast said the consultation had been rushed."
    assert _reported_speaker(text, "consultation had been rushed") == "Residents"


def test_relative_with_a_comma_is_left_alone() -> None:
    """Guard: a plain subject with no relative clause keeps its own phrase."""
    text = "The harbour master said the timetable would return to normal by Friday."
    assert _reported_speaker(text, "timetable would") == "harbour master"


_TWO_LEADERS = (
    "Council leader Cllr Morag Penhale opened the debate on the harbour levy.\n\n"
    "Independent group leader Cllr Tobias Harwick said the levy would drive visitors away.\n\n"
    "'We are pricing out the day-trippers,' Cllr Harwick said.\n\n"
)


def test_description_written_as_one_person_s_role_is_that_person() -> None:
    """'The council leader said A' after 'Council leader Cllr NAME' and, since, 'Independent group leader Cllr
    OTHER': the council leader (the quote went to the group leader, met last, whose role also holds 'leader')."""
    text = _TWO_LEADERS + "The council leader said the levy would be reviewed after one summer."
    assert _reported_speaker(text, "reviewed after one summer") == "Morag Penhale"


def test_description_of_the_other_role_is_that_person() -> None:
    """Guard: 'the group leader' is the group leader."""
    text = _TWO_LEADERS + "The group leader said the levy would be challenged in the courts."
    assert _reported_speaker(text, "challenged in the courts") == "Tobias Harwick"


def test_the_role_after_a_body_s_role_read_as_a_name() -> None:
    """'A Ministry for X spokesperson said A. The ministry said B. / "C," the spokesperson said': the same
    spokesperson (the name was read as an organisation's, so 'the spokesperson' became a second, bare speaker)."""
    text = (
        'A Ministry for Coastal Affairs spokesperson said the quota was "fair and final". The ministry said it '
        "had also hired forty more inspectors.\n\n"
        '"Nobody enjoys a smaller catch," the spokesperson said.'
    )
    assert direct_speaker_of(text, "smaller catch") == "Ministry for Coastal Affairs spokesperson"


def test_the_body_named_by_its_last_word() -> None:
    """'The Tresk Harbour Trust said A ... The trust said B': the trust named in full."""
    text = (
        "The Tresk Harbour Trust said its members had counted seals at forty moorings.\n\n"
        "The trust said it would next seek funds for a winter count."
    )
    assert _reported_speaker(text, "seek funds") == "Tresk Harbour Trust"


def test_it_said_after_a_document_is_the_document() -> None:
    """'The report also noted A. B, it said, yet C': 'it' is the report, the actor met last (it was left without
    a speaker: 'it' reached only organisations)."""
    text = (
        "The Coastal Safety Board published its findings on Monday.\n\n"
        "The report also noted that the ferry's radar was overdue a service. A checklist had marked the radar as "
        "unfit, it said, yet no engineer had been booked."
    )
    assert _reported_speaker(text, "checklist had marked") == "report"


def test_it_after_a_person_spoke_is_not_the_document() -> None:
    """Guard: a person met after the document is what 'it' cannot be; the document is not taken past her."""
    text = (
        "The report noted that the ferry's radar was overdue a service.\n\n"
        'Harbourmaster Ines Follett said the checks were "a scandal". A checklist had marked the radar as unfit, it '
        "said, yet no engineer had been booked."
    )
    assert _reported_speaker(text, "checklist had marked") != "report"


def test_lone_place_after_a_noun_and_in_is_no_antecedent() -> None:
    """'a dealer in Nevada reported it. Later checks found A, she said': 'she' is the spokeswoman, not 'Nevada' (the
    subject of 'reported', read as a person)."""
    text = (
        "Kelby spokeswoman Ada Pike said the fault came to light when a dealer in Nevada reported it. "
        "Later checks found more cars with the flaw, she said."
    )
    assert _reported_speaker(text, "found more cars") == "Ada Pike"


def test_lone_name_after_confidence_in_is_still_a_person() -> None:
    """Guard: 'confidence in Reed' (no article and noun before 'in') leaves Reed a person 'he' may stand for."""
    text = (
        "Tomas Reed, the coach, has been under pressure since the cup exit.\n\n"
        "The board said it had full confidence in Reed. The squad was improving, he said."
    )
    assert _reported_speaker(text, "squad was improving") == "Tomas Reed"


def test_company_word_before_a_spokeswoman_s_name_is_not_the_subject() -> None:
    """'Brannick spokeswoman Ada Pike said A. B, she said, and C "D"': 'she' is the spokeswoman; the company's
    name before her role only modifies it (it had been marked the sentence's subject and taken 'she')."""
    text = (
        "Brannick Foods is withdrawing 40,000 jars of relish because a lid seal may leak, the food agency said.\n\n"
        "In its notice, Brannick said two shops had reported swollen jars. The firm said no one had fallen ill.\n\n"
        "Brannick spokeswoman Ada Pike said the firm learned of the leak in June. Tests showed more jars with the "
        'flaw, she said, and the cause was a capping machine that was "badly worn for months".'
    )
    assert direct_speaker_of(text, "badly worn") == "Ada Pike"


def test_name_inside_an_appositive_is_not_the_subject() -> None:
    """'Ivo Marsh, a spokesman for the Quarle campaign, said A. "B," he said': he is Marsh, not the Quarle
    named before, whose surname the appositive holds."""
    text = (
        "Tom Quarle opened his campaign office in Kelby on Monday, and Quarle said he would visit every "
        "village.\n\n"
        "Ivo Marsh, a spokesman for the Quarle campaign, said the office would stay open late.\n\n"
        '"We expect a busy month," he said.'
    )
    assert direct_speaker_of(text, "busy month") == "Ivo Marsh"
