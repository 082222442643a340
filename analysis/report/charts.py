"""The charts of a run. Each function takes the data it plots (the frame that is also written as the chart's CSV)
and returns a matplotlib figure."""

import matplotlib.dates as mdates
import pandas as pd
from matplotlib.patches import Patch

from states import STATES
from style import COLOURS, LABELS, figure, panels


def as_dates(column):
    return pd.to_datetime(column, format='%Y-%m-%d')


def finished(fig, ax, ylabel, title):
    """The figure, its y axis labelled and from 0, titled, with its legend upper left."""
    ax.set_ylabel(ylabel)
    ax.set_ylim(bottom=0)
    ax.set_title(title)
    ax.legend(loc='upper left')
    return fig


def capacity(data, marks, unit, title):
    """Online capacity against demand (timeline.csv), with the milestones of summary.json marked."""
    fig, ax = figure()
    dates = as_dates(data['date'])
    ax.plot(dates, data['demand'], color='#444444', linestyle='--', label='demand')
    ax.plot(dates, data['online'], color=COLOURS['online'], linewidth=2, label='online')
    for _, mark in marks.iterrows():
        when = as_dates(pd.Series([mark['date']]))[0]
        ax.axvline(when, color='#999999', linewidth=0.6, linestyle=':')
        ax.plot([when], [mark['value']], marker='o', color='#222222', markersize=4)
        ax.annotate(f'{mark["label"]}\n{mark["date"]}', (when, mark['value']), textcoords='offset points',
                    xytext=(-4, 6), ha='right', fontsize=7)
    return finished(fig, ax, f'{unit} online', title)


def gantt(data, start):
    """One bar per phase (top to bottom in phases.csv order), its states coloured; waiting for funds only when a
    phase did (runs with funds)."""
    phases = list(dict.fromkeys(zip(data['site'], data['phase'])))
    shown = [s for s in STATES if s != 'waiting_funds' or (data['state'] == s).any()]
    fig, ax = figure(height=max(2.5, 0.9 + 0.28 * len(phases)))
    base = mdates.date2num(start)
    for state in shown:
        spans = data[data['state'] == state]
        for row, (site, phase) in enumerate(phases):
            mine = spans[(spans['site'] == site) & (spans['phase'] == phase)]
            bars = [(base + s, e - s) for s, e in zip(mine['start_day'], mine['end_day'])]
            ax.broken_barh(bars, (row - 0.4, 0.8), color=COLOURS[state])
    ax.set_yticks(range(len(phases)), [f'{s}/{p}' for s, p in phases])
    ax.set_ylim(len(phases) - 0.5, -0.5)
    ax.grid(axis='y', visible=False)
    ax.set_title('What each phase was doing')
    handles = [Patch(color=COLOURS[s], label=LABELS[s]) for s in shown]
    if len(shown) == len(STATES):  # waiting for funds too: two rows, below the axis's date offset
        ax.legend(handles=handles, loc='upper center', bbox_to_anchor=(0.5, -0.16), ncol=3)
    else:
        ax.legend(handles=handles, loc='upper center', bbox_to_anchor=(0.5, -0.08), ncol=len(shown))
    return fig


def held_back(data):
    """IT GW held back by each cause at each timeline date, stacked."""
    fig, ax = figure()
    causes = list(data.columns[1:])  # the causes of states.causes, in its order
    ax.stackplot(as_dates(data['date']), [data[c] for c in causes], labels=causes, colors=[COLOURS[c] for c in causes],
                 step='post')
    return finished(fig, ax, 'IT GW not yet complete', 'What held capacity back')


def waiting(data):
    """Accelerators delivered but not online, for power or for their install, stacked; below, when the run priced its
    accelerators (a waiting_usd column), what they cost."""
    title = 'Accelerators delivered but waiting'
    priced = 'waiting_usd' in data.columns
    fig, axes = panels(2, height=6.5) if priced else figure()
    ax = axes[0] if priced else axes
    dates = as_dates(data['date'])
    ax.stackplot(dates, data['waiting_for_power'], data['waiting_for_install'],
                 labels=['waiting for power (phase not energized)', 'waiting for install (energized)'],
                 colors=[COLOURS['power'], COLOURS['install']], step='post')
    counts(ax)
    finished(fig, ax, 'accelerators delivered, not online', title)
    if not priced:
        return fig
    money = axes[1]
    money.fill_between(dates, data['waiting_usd'], step='post', color=COLOURS['waiting_usd'],
                       label='their price (each product\'s price x its accelerators waiting)')
    dollars(money)
    return finished(fig, money, 'USD delivered, not online', 'What they cost')


def counts(ax):
    """Counts on the y axis: in thousands, or millions from 1M."""
    ax.yaxis.set_major_formatter(lambda v, _: f'{v / 1e6:g}M' if v >= 1e6 else f'{v / 1e3:g}k' if v else '0')


def dollars(ax):
    """USD on the y axis: in billions, or millions below $1B."""
    ax.yaxis.set_major_formatter(lambda v, _: f'${v / 1e9:,g}B' if v >= 1e9 else f'${v / 1e6:,g}M' if v else '$0')


def _billions(ax):
    ax.yaxis.set_major_formatter(lambda v, _: f'${v / 1e9:,.0f}B')


def funds(data):
    """Cumulative funds received (a line) against capex spent by category (stacked), as steps."""
    fig, ax = figure()
    dates = as_dates(data['date'])
    spent = [c for c in data.columns if c not in ('date', 'funding', 'spent')]
    ax.stackplot(dates, [data[c] for c in spent], labels=[LABELS.get(c, c) for c in spent],
                 colors=[COLOURS.get(c, '#bcbd22') for c in spent], step='post', alpha=0.8)
    ax.step(dates, data['funding'], where='post', color=COLOURS['funding'], linewidth=2, label=LABELS['funding'])
    _billions(ax)
    return finished(fig, ax, 'cumulative USD', 'Funds received against capex spent')


def circularity(data):
    """Each investor's circularity at each timeline date (held until the next), with 1 (all it invested came back)
    marked."""
    fig, ax = figure()
    dates = as_dates(data['date'])
    for investor in data.columns[1:]:
        ax.plot(dates, data[investor], drawstyle='steps-post', linewidth=2, marker='o', markersize=3, label=investor)
    ax.axhline(1.0, color='#999999', linewidth=0.8, linestyle=':')
    return finished(fig, ax, 'paid for accelerators / invested', 'Circularity: money that comes back to the investor')


def comparison(data, unit, label_a, label_b):
    """Two runs' online capacity, B's demand, and the gap between them shaded; for two ensembles (P10 and P90
    columns), their P50s, each with its P10-P90 band outlined."""
    fig, ax = figure()
    dates = as_dates(data['date'])
    bands = 'online_a_p10' in data
    ax.plot(dates, data['demand_b'], color='#444444', linestyle='--', label='demand (B)')
    for letter, colour, label in (('a', '#7f7f7f', label_a), ('b', COLOURS['online'], label_b)):
        ax.plot(dates, data[f'online_{letter}'], color=colour, linewidth=2, label=label + (', P50' if bands else ''))
        if bands:
            ax.fill_between(dates, data[f'online_{letter}_p10'], data[f'online_{letter}_p90'], facecolor='none',
                            edgecolor=colour, hatch='///' if letter == 'a' else '\\\\\\', linewidth=0.5,
                            label=f'{label}, P10-P90')
    if not bands:
        ax.fill_between(dates, data['online_a'], data['online_b'], color=COLOURS['online'], alpha=0.15, linewidth=0)
    return finished(fig, ax, f'{unit} online', f'{unit} online: A against B')
