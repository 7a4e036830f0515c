"""Cycle 54, group B1: person names. Places of a park system, campus or cemetery ("Parks
and Rec", "Quarry Hill Memorial Park", "assigned to Birchwood Hall"), "machine" read as a
Mac- surname, boats and furniture by their maker, and the model's places that are nobody's
home (a trip's destination, a payee's city, "the VA", a colour) stay visible; real names
next to them are still hidden."""

from __future__ import annotations

import pytest

from recognizers.spoken_person_recognizer import SpokenPersonRecognizer
from tests.recognizers.conftest import covered, said


@pytest.mark.parametrize(
    ("line", "visible"),
    [
        ("A: Riverside Parks and Recreation, this is Delphine.", "Parks and Recreation"),
        ("A: Thanks for calling Dover Parks and Rec, this is Tobias.", "Parks and Rec"),
        ("A: Hello, Quarry Hill Memorial Park, this is Ottilie.", "Quarry Hill Memorial Park"),
        ("A: We have spaces in Lilac Terrace near the chapel.", "Lilac Terrace"),
        ("A: You're assigned to Birchwood Hall for the fall term.", "Birchwood Hall"),
        ("C: I park in the lot behind Fenwick Hall.", "Fenwick Hall"),
        ("C: My CPAP machine keeps beeping.", "machine"),
        ("C: It's a twenty four foot bayliner cuddy.", "bayliner"),
        ("A: I see the Hartley dining set on the order.", "Hartley"),
    ],
)
def test_sites_and_products_stay(analyzer, line, visible):
    masks = covered(analyzer, said(line))
    assert visible in masks[0], masks[0]


@pytest.mark.parametrize(
    ("line", "visible"),
    [
        ("C: We are going to Phoenix for a wedding.", "Phoenix"),
        ("C: I'm studying abroad in Valencia next spring.", "Valencia"),
        ("C: I need to send a wire to my vendor in Munich.", "Munich"),
        ("A: The VA form asks for his service dates.", "VA"),
        ("A: I see the duvet cover in grey, $84.", "grey"),
    ],
)
def test_places_that_are_nobodys_home_stay(analyzer, line, visible):
    masks = covered(analyzer, said(line))
    assert visible in masks[0], masks[0]


@pytest.mark.parametrize(
    ("line", "hidden"),
    [
        ("C: My name is Jisoo Park.", "Park"),
        ("C: Please leave a message for Monica Hall.", "Monica Hall"),
        ("A: Riverside Parks and Recreation, this is Delphine, how can I help?", "Delphine"),
        ("C: I live at 18 Elm Road, Richmond, VA 23220.", "Richmond"),
        ("C: My mother, Ottoline Macready, is the patient.", "Macready"),
    ],
)
def test_names_and_homes_near_them_still_hidden(analyzer, line, hidden):
    masks = covered(analyzer, said(line))
    assert hidden not in masks[0], masks[0]


def test_reached_agent_after_firm_without_thanks():
    text = "Larkspur Mobile, you've reached Ioana. How can I help?"
    found = [text[r.start : r.end] for r in SpokenPersonRecognizer().analyze(text, ["PERSON"])]
    assert "Ioana" in found
    text = "Good afternoon, you've reached Comcast. How can I help?"
    found = [text[r.start : r.end] for r in SpokenPersonRecognizer().analyze(text, ["PERSON"])]
    assert "Comcast" not in found


def test_parks_is_a_surname_unless_it_is_parks_and_rec(analyzer):
    """Only "Parks and Rec(reation)" is the department; "Parks" alone is a surname."""
    masks = covered(
        analyzer,
        said(
            "A: i can check the applicant's full name and date of birth",
            "C: dominic parks and june second nineteen seventy one",
        ),
    )
    assert "parks" not in masks[1], masks[1]
