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
    when: dt.date
    value: float
    title: str
    href: str = ""
    whole: bool = True
    """Whether the value covers a whole year; such points are joined by a line, the others drawn hollow."""


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
    for step in (1, 2, 2.5, 5, 10):
        if v <= step * mag:
            return step * mag
    return 10 * mag


def _thin(points: list[Point]) -> list[Point]:
    if len(points) <= MAX_POINTS:
        return points
    step = len(points) / MAX_POINTS
    return [points[int(i * step)] for i in range(MAX_POINTS)]


def time_chart(points: list[Point], title: str, fmt_value, width: int = 640, height: int = 260) -> Markup:
    """Return a dot chart of values over time, with a line through them in date order."""
    points = _thin(sorted(points, key=lambda p: (p.when, p.value)))
    if not points:
        return Markup("")
    left, right, top, bottom = 78, 20, 12, 32
    pw, ph = width - left - right, height - top - bottom
    t0, t1 = points[0].when.toordinal(), points[-1].when.toordinal()
    if t0 == t1:
        t0, t1 = t0 - 15, t1 + 15
    # A little room at both ends, so the first and last dots clear the axis labels.
    pad = max(1, (t1 - t0) // 30)
    t0, t1 = t0 - pad, t1 + pad
    vmax = _nice_max(max(p.value for p in points))

    def x(d: dt.date) -> float:
        return left + pw * (d.toordinal() - t0) / (t1 - t0)

    def y(v: float) -> float:
        return top + ph - ph * v / vmax

    parts = [
        f'<svg class="fs-chart" role="img" viewBox="0 0 {width} {height}" width="100%" preserveAspectRatio="xMinYMin meet" '
        f'xmlns="http://www.w3.org/2000/svg"><title>{_e(title)}</title>'
    ]
    for i in range(5):
        v = vmax * i / 4
        parts.append(f'<line class="fs-chart__grid" x1="{left}" x2="{width - right}" y1="{y(v):.1f}" y2="{y(v):.1f}"/>')
        parts.append(f'<text class="fs-chart__label" x="{left - 6}" y="{y(v) + 4:.1f}" text-anchor="end">{_e(fmt_value(v))}</text>')
    years = range(dt.date.fromordinal(t0).year + 1, dt.date.fromordinal(t1).year + 1)
    ticks = [dt.date(yr, 1, 1) for yr in years][:12] or []
    if not ticks:
        ticks = [dt.date.fromordinal(t0), dt.date.fromordinal(t1)]
    for d in ticks:
        parts.append(f'<line class="fs-chart__grid" x1="{x(d):.1f}" x2="{x(d):.1f}" y1="{top}" y2="{top + ph}"/>')
        label = str(d.year) if d.month == 1 and d.day == 1 else d.isoformat()
        parts.append(f'<text class="fs-chart__label" x="{x(d):.1f}" y="{height - 10}" text-anchor="middle">{label}</text>')
    # Only values of the same span are comparable: a line joins the whole-year totals,
    # shorter periods (a day, a month, the year so far) are hollow dots on their own.
    whole = [p for p in points if p.whole]
    # Two totals for one year (sources that disagree) make no line: it would zigzag between them.
    if len(whole) > 1 and len({p.when for p in whole}) == len(whole):
        path = " ".join(f"{'M' if i == 0 else 'L'}{x(p.when):.1f},{y(p.value):.1f}" for i, p in enumerate(whole))
        parts.append(f'<path class="fs-chart__line" d="{path}"/>')
    for p in points:
        cls = "fs-chart__dot" if p.whole else "fs-chart__dot fs-chart__dot--part"
        dot = f'<circle class="{cls}" cx="{x(p.when):.1f}" cy="{y(p.value):.1f}" r="5"><title>{_e(p.title)}</title></circle>'
        parts.append(f'<a href="{_e(p.href)}">{dot}</a>' if p.href else dot)
    parts.append("</svg>")
    kinds = {p.whole for p in points}
    legend = ""
    if kinds == {True, False}:
        legend = " Filled dots: totals for a whole year. Hollow dots: shorter periods (a day, a month, the year so far)."
    elif kinds == {False}:
        legend = " Each dot is the value for its own period (a day, a month, the year so far), placed at the period's end."
    return Markup('<figure class="fs-figure" data-search-exclude>' + "".join(parts)
                  + f"<figcaption>{_e(title)}.{_e(legend)} Each dot links to its source sentence.</figcaption></figure>")
