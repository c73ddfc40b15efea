"""The quote metric of shared/eval/score.py: matching, thresholds, speakers, optional gold."""

import pytest

from kutip.evaluate.metric import iou, match, name_tokens, names_match, score, speaker_correct


def gold_doc(quotes, text="x" * 200):
    return {"doc_id": "d1", "text": text, "quotes": quotes}


def test_evaluate_metric_iou():
    assert iou((0, 10), (0, 10)) == 1.0
    assert iou((0, 10), (5, 15)) == pytest.approx(5 / 15)
    assert iou((0, 10), (20, 30)) == 0.0


def test_evaluate_metric_greedy_one_to_one_matching():
    pred = [{"start": 0, "end": 10}, {"start": 0, "end": 9}]
    gold = [{"start": 0, "end": 10}]
    assert match(pred, gold) == [(1.0, 0, 0)]


def test_evaluate_metric_titles_are_dropped_from_names():
    assert name_tokens("Presiden Joko Widodo") == {"joko", "widodo"}
    assert names_match("Joko Widodo", "Presiden Joko Widodo", strict=True)
    assert names_match("Widodo", "Joko Widodo", strict=False)
    assert not names_match("Widodo", "Joko Widodo", strict=True)
    assert not names_match("Budi", "Joko Widodo", strict=False)


def test_evaluate_metric_several_speakers_must_all_match():
    gold = {"speaker": "Rusia | Korea Utara"}
    both = {"speakers": [{"name": "Rusia"}, {"name": "Korea Utara"}], "speaker": {"name": "Rusia"}}
    one = {"speaker": {"name": "Rusia"}}
    assert speaker_correct(both, gold, strict=True)
    assert not speaker_correct(one, gold, strict=False)


def test_evaluate_metric_source_span_credit():
    gold = {"speaker": "he", "source_spans": [[50, 52]]}
    pred = {"speaker": {"name": "John Kirby", "mention_start": 50, "mention_end": 52}}
    assert speaker_correct(pred, gold, strict=True)


def test_evaluate_metric_loose_and_strict_levels():
    gold = [gold_doc([{"type": "direct", "start": 0, "end": 100, "speaker": "Ani"}])]
    half = {"d1": {"quotes": [{"type": "direct", "start": 0, "end": 50, "speaker": {"name": "Ani"}}]}}
    r = score(gold, half).as_dict()
    assert r["F1@loose"] == 1.0 and r["F1@strict"] == 0.0 and r["speaker_acc"] == 1.0


def test_evaluate_metric_optional_gold_neither_rewards_nor_penalises():
    gold = [
        gold_doc(
            [
                {"type": "direct", "start": 0, "end": 10, "speaker": "A", "optional": True},
                {"type": "direct", "start": 50, "end": 60, "speaker": "B"},
            ]
        )
    ]
    pred = {
        "d1": {
            "quotes": [
                {"type": "direct", "start": 0, "end": 10, "speaker": "A"},
                {"type": "direct", "start": 50, "end": 60, "speaker": "B"},
            ]
        }
    }
    r = score(gold, pred).as_dict()
    assert (r["gold"], r["pred"], r["P@loose"], r["R@loose"]) == (1, 1, 1.0, 1.0)


def test_evaluate_metric_types_filter_and_speech_acts():
    gold = [
        gold_doc(
            [
                {"type": "direct", "start": 0, "end": 10, "speaker": "A", "speech_act": "deny"},
                {"type": "indirect", "start": 50, "end": 60, "speaker": "B"},
            ]
        )
    ]
    pred = {
        "d1": {"quotes": [{"type": "direct", "start": 0, "end": 10, "speaker": "A", "speech_act": "say"}]}
    }
    r = score(gold, pred, types=("direct",)).as_dict()
    assert (r["gold"], r["R@loose"], r["speech_act_acc"]) == (1, 1.0, 0.0)
    assert score(gold, pred).as_dict()["R@loose"] == 0.5
