"""The supply chain's charts, for runs with stages (supply.csv): each stage's utilization over time, and the stage
that binds the supply at each report step (supply.csv's binding, as timeline.csv's supply_binding)."""

import matplotlib.dates as mdates
import pandas as pd
from matplotlib.patches import Patch

from chart import make_chart
from rundata import read_optional_table
from style import figure

SUPPLY_TEXT = ('stage', 'unit')
SUPPLY_NUMBERS = ('capacity', 'started', 'output', 'inventory', 'utilization', 'binding')
PALETTE = ('#1f77b4', '#ff7f0e', '#2ca02c', '#d62728', '#9467bd', '#8c564b', '#e377c2', '#7f7f7f', '#bcbd22',
           '#17becf')


def read_supply(folder):
    """supply.csv, or None when the run had no stages (no file)."""
    return read_optional_table(folder, 'supply.csv', SUPPLY_TEXT, SUPPLY_NUMBERS)


def stages_in_order(supply):
    return list(dict.fromkeys(supply['stage']))


def utilization(supply):
    """One row per report date, one column per stage (and supplier): supply.csv's utilization."""
    wide = supply.pivot(index='date', columns='stage', values='utilization')[stages_in_order(supply)]
    frame = pd.DataFrame({'date': wide.index.strftime('%Y-%m-%d')})
    for stage in wide.columns:
        frame[stage] = wide[stage].to_numpy()
    return frame


def binding(supply):
    """The stage whose supply.csv row has binding 1 at each report date (empty when none binds)."""
    dates = list(dict.fromkeys(supply['date']))
    bound = supply[supply['binding'] == 1].set_index('date')['stage']
    return pd.DataFrame({'date': [d.strftime('%Y-%m-%d') for d in dates],
                         'stage': [str(bound.get(d, '')) for d in dates]})


def _colours(stages):
    return {s: PALETTE[i % len(PALETTE)] for i, s in enumerate(stages)}


def utilization_chart(data):
    fig, ax = figure()
    dates = pd.to_datetime(data['date'], format='%Y-%m-%d')
    colours = _colours(data.columns[1:])
    for stage in data.columns[1:]:
        ax.plot(dates, data[stage], drawstyle='steps-post', linewidth=1.6, color=colours[stage], label=stage)
    ax.set_ylim(0, 1.05)
    ax.yaxis.set_major_formatter(lambda v, _: f'{v:.0%}')
    ax.set_ylabel('started / what capacity allowed')
    ax.set_title('Supply chain utilization')
    ax.legend(loc='lower right', ncol=min(4, len(data.columns) - 1))
    return fig


def binding_chart(data, stages, end):
    """A band coloured by the binding stage of each report step (to the next date, the last to the horizon's end)."""
    fig, ax = figure(height=2.2)
    colours = _colours(stages)
    starts = list(pd.to_datetime(data['date'], format='%Y-%m-%d'))
    ends = starts[1:] + [end]
    for stage in stages:
        spans = [(mdates.date2num(s), mdates.date2num(e) - mdates.date2num(s))
                 for s, e, b in zip(starts, ends, data['stage']) if b == stage]
        if spans:
            ax.broken_barh(spans, (0, 1), color=colours[stage])
    ax.set_yticks([])
    ax.set_ylim(0, 1)
    ax.grid(axis='y', visible=False)
    ax.set_title('The stage that binds the supply')
    shown = [s for s in stages if (data['stage'] == s).any()]
    ax.legend(handles=[Patch(color=colours[s], label=s) for s in shown], loc='upper center',
              bbox_to_anchor=(0.5, -0.25), ncol=max(1, len(shown)))
    return fig


def supply_charts(run):
    """The charts of a run with stages; none without."""
    supply = read_supply(run.folder)
    if supply is None:
        return []
    used = utilization(supply)
    bound = binding(supply)
    end = run.start + pd.Timedelta(days=run.end_day)
    return [
        make_chart('supply_utilization', 'Supply chain utilization',
                   'utilization from supply.csv: what each stage (and supplier) started over each report step '
                   'divided by what its capacity allowed, outages included.',
                   utilization_chart(used), {'supply_utilization': used}),
        make_chart('supply_binding', 'The stage that binds the supply',
                   'The stage (or supplier) with binding 1 in supply.csv at each report step: following short '
                   'inputs upstream from each supplier to a stage at its capacity (docs/model.md, "Supply '
                   'chain"); timeline.csv names it in supply_binding.',
                   binding_chart(bound, stages_in_order(supply), end), {'supply_binding': bound}),
    ]
