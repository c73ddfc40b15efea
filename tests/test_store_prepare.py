"""What the store's writer reads from one document alone (``kutip.store.prepare``): worked out by an
ingest's workers and handed to the writer inside the document, or by the writer itself when it comes
without; either way the same."""

from __future__ import annotations

import pickle

from kutip import extract
from kutip.store.prepare import PREPARED, Prepared, attach, drop, prepare, take

TEXT = (
    "JAKARTA - Menteri Perdagangan Budi Santoso mengatakan harga minyak goreng turun pekan ini. "
    '"Pasokan dari produsen sudah normal," kata Budi di Kementerian Perdagangan, Senin. Ketua Asosiasi '
    "Pedagang Pasar Seluruh Indonesia (APPSI) Sudaryono Hadi menilai penurunan itu belum terasa di pasar. "
    '"Pedagang masih menjual dengan harga lama," ujar Sudaryono.'
)


def _doc() -> dict:
    return extract(TEXT, lang="id", doc_id="migor-1").to_dict()


def test_prepare_reads_the_names_and_what_is_around_each_quoted_person():
    prep = prepare(_doc())
    assert prep.names.given["APPSI"] == "Asosiasi Pedagang Pasar Seluruh Indonesia"
    assert prep.names.people == {"Budi Santoso", "Sudaryono Hadi"}
    words, standing = prep.around["Budi Santoso", "Menteri Perdagangan"]
    assert "perdagangan" in words and standing == "office"  # "Menteri Perdagangan Budi Santoso"
    assert ("budi santoso", "person") in prep.wanted
    assert ("santoso", "person") in prep.wanted  # a one-word speaker may be the full name's short form
    assert ("kementerian perdagangan", "body") in prep.wanted


def test_take_gives_what_a_worker_attached_and_takes_it_out_of_the_document():
    doc = attach(_doc())
    shipped = pickle.loads(pickle.dumps(doc))  # as a worker process hands it over
    got = take(shipped)
    assert isinstance(got, Prepared) and PREPARED not in shipped
    assert got == prepare(_doc())


def test_take_works_it_out_for_a_document_that_comes_without():
    doc = _doc()
    assert take(doc) == prepare(_doc())
    stored_before = attach(_doc())
    drop(stored_before)
    assert PREPARED not in stored_before


def test_around_of_works_out_a_pair_that_was_not_prepared():
    doc = _doc()
    prep = prepare(doc)
    assert ("Budi Santoso", None) not in prep.around
    words, _ = prep.around_of(doc, "Budi Santoso", None)
    assert words == prep.around["Budi Santoso", "Menteri Perdagangan"][0]  # words depend on the name alone


def test_the_words_of_the_full_text_tables_are_prepared_for_postgresql_only():
    doc = extract("Harga cabai naik menjelang Lebaran.", lang="id", doc_id="cabai-1").to_dict()
    assert doc["quotes"] == []  # no one quoted: the words are still the article's
    article, quotes = prepare(doc, "postgresql").words
    assert "'cabai':2" in article and quotes == ()
    assert prepare(doc, "sqlite").words is None and prepare(_doc()).words is None
