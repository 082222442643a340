"""The report's look, fixed so that the same data always gives the same bytes: Agg, one font, fixed sizes and DPI,
a fixed SVG hash salt and no dates in the files' metadata."""

import io

import matplotlib

matplotlib.use('Agg')
import matplotlib.dates as mdates  # noqa: E402 (after the backend is chosen)
from matplotlib.figure import Figure  # noqa: E402 (no pyplot: no global state, a faster start)

DPI = 150
SIZE = (9.0, 4.5)  # inches
# One colour per state of a phase and per cause (states.py).
COLOURS = {'waiting_funds': '#9467bd', 'funding': '#9467bd',
           'building': '#8c8c8c', 'construction': '#8c8c8c',
           'waiting_power': '#d62728', 'power': '#d62728',
           'waiting_accelerators': '#ff7f0e', 'accelerators': '#ff7f0e',
           'installing': '#1f77b4', 'install': '#1f77b4',
           'online': '#2ca02c', 'facility': '#8c8c8c', 'interest': '#bcbd22', 'waiting_usd': '#7f7f7f'}
LABELS = {'waiting_funds': 'waiting for funds', 'funding': 'funds received',
          'building': 'building', 'waiting_power': 'waiting for power',
          'waiting_accelerators': 'waiting for accelerators', 'installing': 'installing', 'online': 'online',
          'construction': 'construction', 'power': 'power', 'accelerators': 'accelerators', 'install': 'install',
          'facility': 'facility capex', 'spent': 'capex spent', 'interest': 'loan interest (accrued, owed)'}

matplotlib.rcParams.update({
    'svg.hashsalt': 'gwsim-report',
    'svg.fonttype': 'path',
    'font.family': 'DejaVu Sans',
    'font.size': 9,
    'axes.grid': True,
    'grid.alpha': 0.3,
    'axes.spines.top': False,
    'axes.spines.right': False,
    'figure.dpi': 100,
    'savefig.dpi': DPI,
    'legend.frameon': False,
})


def _dated(ax):
    locator = mdates.AutoDateLocator(minticks=4, maxticks=10)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
    return ax


def figure(height=SIZE[1]):
    """A new figure and its axes, with dates on the x axis."""
    fig = Figure(figsize=(SIZE[0], height))
    return fig, _dated(fig.add_subplot())


def panels(rows, height=SIZE[1]):
    """A new figure of `rows` axes one above the other, sharing their x axis of dates."""
    fig = Figure(figsize=(SIZE[0], height))
    return fig, [_dated(ax) for ax in fig.subplots(rows, 1, sharex=True)]


def rendered(fig):
    """The figure as PNG and SVG bytes."""
    fig.tight_layout()
    png, svg = io.BytesIO(), io.BytesIO()
    fig.savefig(png, format='png', dpi=DPI, metadata={'Software': 'gwsim report'})
    fig.savefig(svg, format='svg', metadata={'Date': None, 'Creator': 'gwsim report'})
    return png.getvalue(), svg.getvalue()
