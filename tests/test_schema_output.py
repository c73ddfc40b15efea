"""Every document Kutip writes validates against the versioned JSON Schema shipped in the package."""

import json
from importlib import resources

import jsonschema
import pytest

import kutip

SCHEMA = json.loads(
    resources.files("kutip").joinpath("schema/document.schema.json").read_text(encoding="utf-8")
)
EXAMPLE = resources.files("kutip").joinpath("examples/beras_impor.txt").read_text(encoding="utf-8")


def test_schema_output_is_a_valid_schema():
    jsonschema.Draft202012Validator.check_schema(SCHEMA)


@pytest.mark.parametrize(
    "text",
    [
        EXAMPLE,
        "",
        "“unbalanced quote kata dia",
        "Baik Rusia dan Korea Utara membantah tuduhan itu. “Tidak benar,” kata mereka.",
    ],
)
def test_schema_output_validates(text):
    doc = kutip.extract(text, date="2025-04-14", url="https://example.id/a")
    jsonschema.validate(doc.to_dict(), SCHEMA)


def test_schema_output_every_span_points_into_the_text():
    d = kutip.extract(EXAMPLE, date="2025-04-14").to_dict()
    text = d["text"]
    for q in d["quotes"]:
        assert text[q["start"] : q["end"]] == q["text"]
        assert text[q["cue_start"] : q["cue_end"]] == q["cue"]
        sp = q["speaker"]
        if sp["mention_start"] is not None:
            assert text[sp["mention_start"] : sp["mention_end"]] == sp["mention"]
    for key in ("removed", "entities", "quantities", "dates"):
        for item in d[key]:
            assert text[item["start"] : item["end"]] == item["text"]


def test_schema_output_example_reads_as_who_said_what():
    doc = kutip.extract(EXAMPLE)
    said = {(q.speaker.name, q.speech_act) for q in doc.quotes}
    assert ("Rina Kartikasari", "assert") in said
    assert ("Hendra Wijaya", "deny") in said
    assert ("Arief Santoso", "assert") in said
    assert {q.type for q in doc.quotes} == {"direct", "indirect", "mixed"}


def test_schema_output_enums_match_the_document_model():
    from kutip.doc import QUOTE_TYPES, SPEAKER_KINDS, SPEECH_ACTS

    quote = SCHEMA["$defs"]["quote"]["properties"]
    assert tuple(quote["type"]["enum"]) == QUOTE_TYPES
    assert tuple(quote["speech_act"]["enum"]) == SPEECH_ACTS
    assert tuple(SCHEMA["$defs"]["speaker"]["properties"]["kind"]["enum"]) == SPEAKER_KINDS


def test_spelled_out_to_dict_matches_the_fields():
    from kutip.doc import DateMention, Entity, Quantity, Quote, Speaker

    for obj in (
        Entity("person", 0, 4, "Budi", "Budi Santoso"),
        Quantity(5, 16, "3.000 orang", 3000, "orang"),
        DateMention(20, 25, "Senin", "2024-10-21", True),
        Speaker("Budi Santoso", "person", "menteri", "Budi", 0, 4, None, ["Budi"]),
    ):
        assert type(obj)(**obj.to_dict()) == obj  # every field, in the constructor's names
    quote = Quote("direct", 0, 4, "Kami", "kata", 5, 9, "say", [Speaker("Budi")], 0.8, "trailer")
    fields = quote._fields()
    assert Quote(**fields) == quote and quote != Quote(**{**fields, "rule": "lead"})


def test_json_line_is_json_dumps_of_the_dict():
    import json
    import math

    from kutip.doc import Dateline, DateMention, Document, Entity, Quantity, Quote, Removed, Speaker

    doc = Document(
        "d-1", 'Menteri "Budi" berkata:\n\tharga naik 2,5 persen — kata\\nya', title="Harga", url=None
    )
    doc.dateline = Dateline("Jakarta", "detik.com", 0, 7)
    doc.removed = [Removed("insert", 40, 52, "Baca Juga: ")]
    budi = Speaker("Budi Santoso", "person", "menteri", "Budi", 8, 12, "Prof", ["Budi", "BS"])
    doc.quotes = [
        Quote("direct", 9, 13, "Budi", "berkata", 15, 22, "say", [budi], 0.8349, "trailer"),
        Quote("indirect", 24, 40, "harga naik", speakers=[budi, Speaker(None)], confidence=1, rule="é"),
        Quote("mixed", 1, 2, "x"),
    ]
    doc.entities = [Entity("person", 8, 12, "Budi", "Budi Santoso")]
    doc.quantities = [Quantity(30, 40, "2,5 persen", 2.5, "percent", 3), Quantity(1, 2, "x", math.inf)]
    doc.dates = [DateMention(1, 5, "Senin", None, True)]
    assert doc.to_json() == json.dumps(doc.to_dict(), ensure_ascii=False)
    empty = Document("d-2", "")
    assert empty.to_json() == json.dumps(empty.to_dict(), ensure_ascii=False)
