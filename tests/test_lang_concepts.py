"""The bilingual concept lexicons: same concept ids in both languages, clean and unambiguous forms."""

import pytest

from kutip.lang.en.concepts import CONCEPTS as EN
from kutip.lang.id.concepts import CONCEPTS as ID

LEXICONS = {"id": ID, "en": EN}


def _form_index(concepts: dict[str, tuple[str, ...]]) -> dict[str, str]:
    return {form: concept for concept, forms in concepts.items() for form in forms}


def test_lang_concepts_share_concept_ids():
    assert set(ID) == set(EN)
    assert len(ID) >= 400


@pytest.mark.parametrize("code", sorted(LEXICONS))
def test_lang_concepts_ids_are_lower_case_lemmas(code):
    for concept in LEXICONS[code]:
        assert concept == concept.lower().strip() and concept, concept


@pytest.mark.parametrize("code", sorted(LEXICONS))
def test_lang_concepts_forms_are_lower_case_nonempty_and_unique(code):
    seen: dict[str, str] = {}
    for concept, forms in LEXICONS[code].items():
        assert isinstance(forms, tuple) and forms, concept
        for form in forms:
            assert form and form == form.strip(), (concept, form)
            assert form == form.lower(), (concept, form)
            assert form not in seen, f"{form!r} under both {seen[form]!r} and {concept!r}"
            seen[form] = concept
    assert len(seen) >= 1500


@pytest.mark.parametrize(
    ("concept", "id_forms", "en_forms"),
    [
        ("halt", ("dihentikan", "menghentikan", "penghentian", "berhenti"), ("halted", "suspended")),
        ("poisoning", ("keracunan", "diracun", "racun"), ("poisoning", "poisoned", "toxic")),
        ("closure", ("tutup", "ditutup", "menutup", "penutupan"), ("closed", "closure", "shut")),
        ("debt", ("utang", "hutang", "berutang"), ("debt", "debts")),
        ("child", ("anak", "anak-anak", "murid"), ("children", "kids", "pupils")),
        ("arrest", ("ditangkap", "penangkapan", "dibekuk"), ("arrested", "arrests")),
        ("flood", ("banjir", "kebanjiran", "terendam"), ("floods", "flooded", "flooding")),
        ("restructure", ("restrukturisasi", "direstrukturisasi"), ("restructuring", "restructured")),
        ("investigate", ("penyelidikan", "penyidikan", "diusut"), ("investigation", "probe")),
        ("troops", ("pasukan", "tentara", "prajurit"), ("troops", "soldiers")),
        ("rice", ("beras", "padi", "nasi"), ("rice",)),
        ("bribe", ("suap", "disuap", "penyuapan"), ("bribe", "bribery", "bribed")),
    ],
)
def test_lang_concepts_cross_language_spot_checks(concept, id_forms, en_forms):
    id_index, en_index = _form_index(ID), _form_index(EN)
    for form in id_forms:
        assert id_index.get(form) == concept, form
    for form in en_forms:
        assert en_index.get(form) == concept, form


def test_lang_concepts_related_words_stay_apart():
    id_index, en_index = _form_index(ID), _form_index(EN)
    assert id_index["kenaikan"] == en_index["rise"] == "increase"
    assert id_index["penurunan"] == en_index["decline"] == "decrease"
    assert id_index["kenaikan"] != id_index["penurunan"]
    assert id_index["dibuka"] == en_index["opened"] == "open"
    assert id_index["ditutup"] != id_index["dibuka"]
