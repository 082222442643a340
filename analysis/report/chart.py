"""A chart made: its name (its files' stem), title, caption, images and the data behind it."""

from dataclasses import dataclass, field

from style import rendered


@dataclass
class Chart:
    name: str
    title: str
    caption: str
    png: bytes
    svg: bytes
    data: dict = field(default_factory=dict)  # file stem -> the frame plotted, written as <stem>.csv


def make_chart(name, title, caption, fig, data):
    png, svg = rendered(fig)
    return Chart(name, title, caption, png, svg, data)
