"""The API's documentation page, ``/api/v1/docs``: the OpenAPI document drawn as HTML on the server
(FastAPI's own pages load their scripts from a CDN, and no request may leave the machine)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response

from kutip.serve.render import render

router = APIRouter(include_in_schema=False)

METHODS = ("get", "post", "put", "patch", "delete")


@dataclass(frozen=True)
class Parameter:
    name: str
    where: str  # query, path, body
    required: bool
    kind: str  # the schema's type, enum or format, as a reader wants it
    description: str


@dataclass(frozen=True)
class Operation:
    method: str
    path: str
    summary: str
    description: str
    parameters: tuple[Parameter, ...]
    responses: tuple[tuple[str, str], ...]  # (status, description)

    @property
    def anchor(self) -> str:
        return f"{self.method}-{self.path.strip('/').replace('/', '-').replace('{', '').replace('}', '')}"


def _kind(schema: dict[str, Any], spec: dict[str, Any]) -> str:
    """A parameter's schema in a few words: "integer", "one of: say, deny", "string (date)"."""
    if "$ref" in schema:
        schema = _resolve(schema["$ref"], spec)
    for key in ("anyOf", "oneOf"):
        if key in schema:
            kinds = [_kind(s, spec) for s in schema[key] if s.get("type") != "null"]
            return " or ".join(dict.fromkeys(kinds)) or "any"
    if "enum" in schema:
        return "one of: " + ", ".join(map(str, schema["enum"]))
    kind = str(schema.get("type", "object"))
    return f"{kind} ({schema['format']})" if "format" in schema else kind


def _resolve(ref: str, spec: dict[str, Any]) -> dict[str, Any]:
    node: Any = spec
    for part in ref.lstrip("#/").split("/"):
        node = node.get(part, {}) if isinstance(node, dict) else {}
    return node if isinstance(node, dict) else {}


def operations(spec: dict[str, Any]) -> list[Operation]:
    """Every operation of the OpenAPI document, in the order of its paths."""
    out = []
    for path, item in spec.get("paths", {}).items():
        for method in METHODS:
            op = item.get(method)
            if op is None:
                continue
            params = [
                Parameter(p["name"], p.get("in", ""), bool(p.get("required")),
                          _kind(p.get("schema", {}), spec), p.get("description", ""))
                for p in op.get("parameters", [])
            ]  # fmt: skip
            body = op.get("requestBody", {}).get("content", {}).get("application/json", {}).get("schema")
            if body:
                fields = _resolve(body["$ref"], spec) if "$ref" in body else body
                required = set(fields.get("required", []))
                params += [
                    Parameter(name, "body", name in required, _kind(s, spec), s.get("description", ""))
                    for name, s in fields.get("properties", {}).items()
                ]
            responses = tuple((code, r.get("description", "")) for code, r in op.get("responses", {}).items())
            out.append(
                Operation(method.upper(), path, op.get("summary", ""), op.get("description", ""),
                          tuple(params), responses)
            )  # fmt: skip
    return out


@router.get("/api/v1/docs", response_class=HTMLResponse)
def api_docs(request: Request) -> Response:
    spec = request.app.openapi()
    return render(request, "api_docs.html", spec=spec, operations=operations(spec))
