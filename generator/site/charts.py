"""Charts drawn at build time as inline SVG: no script, colours from the theme's CSS.

Text uses ``currentColor`` and marks use classes that the site stylesheet
colours with Material's variables, so a chart reads in light and dark mode.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from markupsafe import Markup

from .fmt import escape_raw

MAX_POINTS = 400
"""A time chart draws at most this many points (the rest are thinned out evenly)."""


@dataclass(frozen=True)
class Bar:
    label: str
    value: float
    text: str
    """The value as shown (formatted)."""
    href: str = ""


@dataclass(frozen=True)
class Point:
    """One value on a yearly axis."""

    year: int
    """The year whose band the point sits in."""
    value: float
    title: str
    href: str = ""
    series: str = "year"
    """'year' (a whole year: drawn at the middle of its band) or 'ytd' (the year to ``end``: drawn at that day)."""
    end: dt.date | None = None
    """For 'ytd': the day the count runs to."""
    fact: str = ""
    """The fact's anchor id (kept on the dot, so the page can be checked against the records)."""
    disputed: bool = False
    """Another source gives a different value for the same span: the dot gets a warning ring."""


def _e(s: str) -> str:
    return escape_raw(s)


def bar_chart(bars: list[Bar], title: str, width: int = 480) -> Markup:
    """Return a horizontal bar chart of ``bars`` (one row each)."""
    if not bars:
        return Markup("")
    label_w = min(160, 24 + 8 * max((len(b.label) for b in bars), default=4))
    row, value_w, top = 30, 160, 8
    height = top * 2 + row * len(bars)
    plot_w = width - label_w - value_w
    top_value = max((b.value for b in bars), default=0) or 1
    parts = [
        f'<svg class="fs-chart" role="img" viewBox="0 0 {width} {height}" width="100%" preserveAspectRatio="xMinYMin meet" '
        f'xmlns="http://www.w3.org/2000/svg"><title>{_e(title)}</title>'
    ]
    for i, b in enumerate(bars):
        y = top + i * row
        w = max(1.0, plot_w * b.value / top_value)
        bar = (f'<rect class="fs-chart__bar" x="{label_w}" y="{y + 4}" width="{w:.1f}" height="{row - 8}" rx="2">'
               f'<title>{_e(b.label)}: {_e(b.text)}</title></rect>')
        parts.append(f'<text class="fs-chart__label" x="{label_w - 8}" y="{y + row / 2 + 4:.0f}" text-anchor="end">{_e(b.label)}</text>')
        parts.append(f'<a href="{_e(b.href)}">{bar}</a>' if b.href else bar)
        parts.append(f'<text class="fs-chart__value" x="{label_w + w + 6:.1f}" y="{y + row / 2 + 4:.0f}">{_e(b.text)}</text>')
    parts.append("</svg>")
    return Markup('<figure class="fs-figure fs-figure--bars" data-search-exclude>' + "".join(parts) + f"<figcaption>{_e(title)}</figcaption></figure>")


def _nice_max(v: float) -> float:
    if v <= 0:
        return 1
    mag = 10 ** (len(str(int(v))) - 1)
    for step in (1, 1.2, 1.6, 2, 2.4, 3, 4, 5, 6, 8, 10):  # each a multiple of 4 steps of a round number
        if v <= step * mag:
            return step * mag
    return 10 * mag


def _thin(points: list[Point]) -> list[Point]:
    if len(points) <= MAX_POINTS:
        return points
    step = len(points) / MAX_POINTS
    return [points[int(i * step)] for i in range(MAX_POINTS)]


SERIES_LEGEND = {
    "year": "Filled dots: totals for a whole year, at the middle of their year",
    "ytd": "hollow dots: the year so far, at the day the count runs to",
    "disputed": "red rings: sources give different values for the same span (see below)",
}


def year_chart(points: list[Point], title: str, fmt_value, width: int = 640, height: int = 260) -> Markup:
    """Return a dot chart of yearly counts: one band per year, whole years at its middle, year-to-date at their day.

    Only comparable values go on it: whole-year totals (one series, joined by a
    line when each year has one value) and year-to-date counts (a second series
    of hollow dots, not joined: each runs to a different day). A point always
    lies inside its own year's band, never on the boundary with the next year.
    Bands, dots and year labels carry ``data-year`` (dots also ``data-series``
    and ``data-fact``) so the drawing can be checked against the records.
    """
    points = _thin(sorted(points, key=lambda p: (p.year, p.series != "year", p.end or dt.date(p.year, 7, 2), p.value)))
    if not points:
        return Markup("")
    left, right, top, bottom = 78, 12, 12, 32
    pw, ph = width - left - right, height - top - bottom
    y0, y1 = min(p.year for p in points), max(p.year for p in points)
    years = list(range(y0, y1 + 1))
    band = pw / len(years)
    # Headroom above the highest dot for the value written over it.
    vmax = _nice_max(max(p.value for p in points) * 1.15)

    def band_x(year: int) -> float:
        return left + band * (year - y0)

    def x(p: Point) -> float:
        if p.series == "ytd" and p.end is not None:
            days = 366 if dt.date(p.year, 12, 31).timetuple().tm_yday == 366 else 365
            frac = (p.end.timetuple().tm_yday - 0.5) / days
            # Kept off the band's edges, so a dot never sits on the boundary with the next year.
            return band_x(p.year) + band * min(0.97, max(0.03, frac))
        return band_x(p.year) + band / 2

    def y(v: float) -> float:
        return top + ph - ph * v / vmax

    parts = [
        f'<svg class="fs-chart" role="img" viewBox="0 0 {width} {height}" width="100%" preserveAspectRatio="xMinYMin meet" '
        f'xmlns="http://www.w3.org/2000/svg"><title>{_e(title)}</title>'
    ]
    step = max(1, -(-len(years) // 12))  # at most 12 year labels
    for i, yr in enumerate(years):
        parts.append(f'<rect class="fs-chart__band{" fs-chart__band--alt" if i % 2 else ""}" data-year="{yr}" '
                     f'x="{band_x(yr):.1f}" y="{top}" width="{band:.1f}" height="{ph}"/>')
        if i % step == 0:
            parts.append(f'<text class="fs-chart__label fs-chart__year" data-year="{yr}" x="{band_x(yr) + band / 2:.1f}" '
                         f'y="{height - 10}" text-anchor="middle">{yr}</text>')
    for i in range(5):
        v = vmax * i / 4
        parts.append(f'<line class="fs-chart__grid" x1="{left}" x2="{width - right}" y1="{y(v):.1f}" y2="{y(v):.1f}"/>')
        parts.append(f'<text class="fs-chart__label" x="{left - 6}" y="{y(v) + 4:.1f}" text-anchor="end">{_e(fmt_value(v))}</text>')
    whole = [p for p in points if p.series == "year"]
    values: dict[int, set[float]] = {}
    for p in whole:
        values.setdefault(p.year, set()).add(p.value)
    # A line joins the whole-year totals only if every year has one value: where sources disagree it would zigzag.
    if len(values) > 1 and all(len(v) == 1 for v in values.values()):
        path = " ".join(f"{'M' if i == 0 else 'L'}{band_x(yr) + band / 2:.1f},{y(next(iter(values[yr]))):.1f}"
                        for i, yr in enumerate(sorted(values)))
        parts.append(f'<path class="fs-chart__line" d="{path}"/>')
    # Each whole year's value is written above its dot; a year whose sources disagree says so instead.
    for yr, vs in sorted(values.items()):
        cx, top_v = band_x(yr) + band / 2, max(vs)
        ty = y(top_v) - 14
        if len(vs) == 1:
            parts.append(f'<text class="fs-chart__value" data-year="{yr}" x="{cx:.1f}" y="{ty:.1f}" text-anchor="middle">'
                         f'{_e(fmt_value(top_v))}</text>')
        else:
            parts.append(f'<text class="fs-chart__value fs-chart__value--disputed" data-year="{yr}" x="{cx:.1f}" y="{ty:.1f}" '
                         f'text-anchor="middle">{len(vs)} values</text>')
    for p in points:
        cls = "fs-chart__dot" if p.series == "year" else "fs-chart__dot fs-chart__dot--part"
        if p.disputed:
            cls += " fs-chart__dot--disputed"
        dot = (f'<circle class="{cls}" data-series="{_e(p.series)}" data-year="{p.year}" data-fact="{_e(p.fact)}" '
               f'cx="{x(p):.1f}" cy="{y(p.value):.1f}" r="{6 if p.series == "year" else 5}"><title>{_e(p.title)}</title></circle>')
        parts.append(f'<a href="{_e(p.href)}">{dot}</a>' if p.href else dot)
    parts.append("</svg>")
    kinds = [k for k in SERIES_LEGEND if any(p.series == k or (k == "disputed" and p.disputed) for p in points)]
    legend = "; ".join(SERIES_LEGEND[k] for k in kinds)
    legend = legend[:1].upper() + legend[1:] + "."
    return Markup('<figure class="fs-figure" data-search-exclude>' + "".join(parts)
                  + f"<figcaption>{_e(title)}. {_e(legend)} Each dot links to its source sentence.</figcaption></figure>")
