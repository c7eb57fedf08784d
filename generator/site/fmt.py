"""Formatting and escaping of values put into pages.

Every string a template prints passes :func:`escape_text`: HTML-escaped and
with Markdown's metacharacters turned into character references, so that text
from seeds and hand-edited YAML is shown literally whether it lands in a
Markdown line or inside a raw HTML block, and can never become a link, an
attribute list, markup or script.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterable
from decimal import ROUND_HALF_UP, Decimal, Inexact, localcontext
from typing import Any

from markupsafe import Markup, escape

# Characters Markdown (and its common extensions) give meaning to, beyond <>&"'.
_MD_META = {c: f"&#{ord(c)};" for c in "\\`*_{}[]()#+!|~^="}
# One pass over the text: escaping HTML first and Markdown after would turn the '#' of "&#39;" into "&#35;".
_INERT = {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;", **_MD_META}
_INERT_RE = re.compile("[" + re.escape("".join(_INERT)) + "]")


def _sub_inert(m: re.Match[str]) -> str:
    return _INERT[m.group()]


def _inert(value: str) -> str:
    return _INERT_RE.sub(_sub_inert, value)


_SPACE = re.compile(r"\s+")
_SAFE_ID = re.compile(r"[^A-Za-z0-9_-]+")


def escape_text(value: str) -> Markup:
    """Return ``value`` folded to one line and made inert for HTML and Markdown."""
    return Markup(_inert(_SPACE.sub(" ", value).strip()))


def escape_raw(value: str) -> str:
    """Return ``value`` made inert like :func:`escape_text`, whitespace kept as is."""
    return _inert(value)


def finalize(value: Any) -> Any:
    """Jinja ``finalize``: escape every plain string a template prints."""
    if isinstance(value, str) and not isinstance(value, Markup):
        return escape_text(value)
    return value


def safe_id(value: object, prefix: str = "x") -> str:
    """Return ``value`` reduced to characters safe in an HTML id and a file name."""
    s = _SAFE_ID.sub("-", str(value)).strip("-")
    if not s or not s[0].isalnum():
        s = f"{prefix}-{s}".rstrip("-")
    return s[:80]


def exact(value: int | float | Decimal) -> int | Decimal:
    """Return a number exactly: an int as it is, a float as the decimal it was written as (``1e30`` is 10^30,
    not the binary float's 1,000,000,000,000,000,019,884,624,838,656), a whole Decimal as an int.

    Raises ValueError for a value that is not a finite number.
    """
    if isinstance(value, bool) or not isinstance(value, (int, float, Decimal)):
        raise ValueError(f"not a number: {value!r}")
    if isinstance(value, int):
        return value
    d = Decimal(repr(value)) if isinstance(value, float) else value
    if not d.is_finite():
        raise ValueError(f"not a finite number: {value!r}")
    return int(d) if d == d.to_integral_value() else d


def exact_sum(values: Iterable[int | float | Decimal]) -> int | Decimal:
    """Return the exact sum of ``values`` (see :func:`exact`): what every total on the site is, never a float sum."""
    total: int | Decimal = 0
    with localcontext() as ctx:
        ctx.prec = 400  # far more digits than any sum of numbers below data/limits.yaml's bound
        ctx.traps[Inexact] = True  # and should one ever not fit, an error rather than a rounded total
        for v in values:
            total += exact(v)
    return exact(total)


def number(value: Any) -> str:
    """Return a count with thousands separators: 34401 -> '34,401'; exact for large and fractional values."""
    if value is None or value == "":
        return ""
    if isinstance(value, (float, Decimal)):
        try:
            value = exact(value)
        except ValueError:
            return str(value)
        if isinstance(value, Decimal):  # a fraction: to the penny, half up, without trailing zeros
            return f"{value.quantize(Decimal('0.01'), ROUND_HALF_UP):,f}".rstrip("0").rstrip(".")
    try:
        return f"{int(value):,}"
    except (TypeError, ValueError):
        return str(value)


def money(amount: Any, currency: str | None, symbols: dict[str, str]) -> str:
    """Return an amount in full with separators: '£4,000,000', 'CHF 2,500'."""
    n = number(amount)
    if not n:
        return ""
    code = (currency or "").upper()
    sym = symbols.get(code)
    return f"{sym}{n}" if sym else f"{code} {n}".strip()


def date(value: Any) -> str:
    """Return a date as YYYY-MM-DD (or '' when absent)."""
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()[:10]
    return str(value) if value else ""


MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
          "December")


def long_date(value: Any) -> str:
    """Return a date as a citation writes it: '8 October 2025' (or '' when absent)."""
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return f"{value.day} {MONTHS[value.month - 1]} {value.year}"
    return str(value) if value else ""


def json_script(value: Any) -> Markup:
    """Return JSON safe to place inside a <script> element."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=False, default=str)
    return Markup(text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026"))


def yaml_string(value: str) -> Markup:
    """Return ``value`` HTML-escaped as a one-line double-quoted YAML scalar (for a front-matter title).

    MkDocs and Material print a page title into the HTML unescaped, so it is
    escaped here; Markdown never sees it.
    """
    return Markup(json.dumps(str(escape(_SPACE.sub(" ", value).strip())), ensure_ascii=False))


_SCALES = ((10**12, ("tn",), "trillion"), (10**9, ("bn",), "billion"), (10**6, ("m",), "million"))


def written_forms(value: Any, symbol: str = "") -> list[str]:
    """Return the other ways people write a number when they search for it, beside its printed form:
    10000000 with symbol '£' gives '£10m', '£10 million', '10m', '10 million'.

    The printed form ('£10,000,000') is found as '10,000,000' and '10000000' already (the search index
    reads digit groups), so only the scaled forms are added, and only exact ones: 10,500,000 is also
    '10.5m', 10,512,345 has none. A count below a million has none.
    """
    try:
        n = exact(value)
    except ValueError:
        return []
    bare: list[str] = []
    if isinstance(n, int):
        for scale, shorts, word in _SCALES:
            if abs(n) >= scale:
                q = Decimal(n) / scale
                if q == q.quantize(Decimal("0.01")):
                    s = f"{q.normalize():f}"
                    bare += [*(f"{s}{short}" for short in shorts), f"{s} {word}"]
                break
    return [f"{symbol}{b}" for b in bare] + bare if symbol else bare


RAW_FENCE = "fs-html"
"""The fence (mkdocs.yml: pymdownx.superfences' custom_fences) whose body the engine passes through as it is."""


def html_block(html: str) -> Markup:
    """Return a block of page HTML fenced so that Markdown passes it through without parsing it again.

    Python-Markdown (and MkDocs' anchor scan) would otherwise read every tag of a table with html.parser,
    most of a page build. The fence is safe: text in it went through :func:`escape_text`, which writes a
    backtick as a character reference, so no line of it can close the fence.
    """
    text = str(html)
    end = "\n" if text.endswith("\n") else ""  # the line break after the block stays after the fence
    # The blank line before: a fence, unlike a raw HTML block, does not interrupt a paragraph.
    return Markup(f"\n```{RAW_FENCE}\n{text.strip(chr(10))}\n```{end}")


def raw_html_fence(source: str, language: str, class_name: str, options: dict, md: Any, **kwargs: Any) -> str:
    """Format an ``fs-html`` fence: its body, untouched (pymdownx.superfences calls this; mkdocs.yml names it).

    The newline after it is what Python-Markdown keeps after a raw HTML block, so a page reads the same as unfenced.
    """
    return source + "\n"
