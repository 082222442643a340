"""The charts of an ensemble. Each function takes the data it plots (the frames of ensemble_data.py, also written as
the chart's CSV files) and returns a matplotlib figure."""

import pandas as pd
from matplotlib.figure import Figure

from charts import as_dates, counts, dollars, finished
from style import COLOURS, SIZE, figure, panels

BINDING_COLOURS = {'construction': COLOURS['construction'], 'power': COLOURS['power'],
                   'accelerators': COLOURS['accelerators'], 'install': COLOURS['install'],
                   'funding': COLOURS['funding'], 'not_started': '#e0e0e0'}
MILESTONE_COLOURS = ('#1f77b4', '#ff7f0e', '#2ca02c', '#d62728', '#9467bd', '#8c564b', '#e377c2')


def capacity_bands(data, marks, title):
    """The P50 of GW online with its P10–P90 band, the demand where the replicas show it, and each milestone reached
    by at least half the replicas at its P50 date, with its P10–P90 dates as a bar."""
    fig, ax = figure()
    dates = as_dates(data['date'])
    ax.fill_between(dates, data['p10'], data['p90'], step='post', color=COLOURS['online'], alpha=0.25, linewidth=0,
                    label='online, P10–P90')
    ax.step(dates, data['p50'], where='post', color=COLOURS['online'], linewidth=2, label='online, P50')
    if 'demand' in data:
        ax.step(dates, data['demand'], where='post', color='#444444', linestyle='--', label='demand')
    for _, mark in marks[marks['p50'] != ''].iterrows():
        p50 = as_dates(pd.Series([mark['p50']]))[0]
        low = as_dates(pd.Series([mark['p10'] or mark['p50']]))[0]
        high = as_dates(pd.Series([mark['p90']]))[0] if mark['p90'] else dates.iloc[-1]
        ax.plot([low, high], [mark['gw'], mark['gw']], color='#222222', linewidth=1)
        ax.plot([p50], [mark['gw']], marker='o', color='#222222', markersize=4)
        ax.annotate(f'{mark["gw"]:g} GW: P50 {mark["p50"]}\n(reached in {100 * mark["probability"]:.0f}%)',
                    (p50, mark['gw']), textcoords='offset points', xytext=(-4, 6), ha='right', fontsize=7)
    top = max(data['p90'].max(), data['demand'].max() if 'demand' in data else 0.0, marks['gw'].max() if len(marks)
              else 0.0)
    fig = finished(fig, ax, 'GW online', title)
    ax.set_ylim(0, 1.25 * top if top > 0 else 1.0)  # room for the legend and the milestones' labels
    return fig


def waiting_bands(data):
    """The accelerators delivered but not online, P50 and P10–P90, and below, when the data has them, their dollars."""
    priced = 'usd_p50' in data
    fig, axes = panels(2, height=6.5) if priced else figure()
    dates = as_dates(data['date'])
    shown = (('accelerators_', 'accelerators delivered, not online', COLOURS['install']),
             ('usd_', 'USD delivered, not online', COLOURS['waiting_usd']))
    for ax, (prefix, ylabel, colour) in zip(axes if priced else [axes], shown):
        ax.fill_between(dates, data[prefix + 'p10'], data[prefix + 'p90'], step='post', color=colour, alpha=0.25,
                        linewidth=0, label='P10–P90')
        ax.step(dates, data[prefix + 'p50'], where='post', color=colour, linewidth=2, label='P50')
        finished(fig, ax, ylabel, 'Accelerators delivered but waiting' if prefix == 'accelerators_' else
                 'What they cost (each product\'s price x its accelerators waiting)')
    counts(axes[0] if priced else axes)
    if priced:
        dollars(axes[1])
    return fig


def milestone_dates(data, marks):
    """Per milestone, the share of replicas that had reached it by each date (a step CDF); milestones.csv's P10, P50
    and P90 marked on it."""
    fig, ax = figure()
    for i, (gw, rows) in enumerate(data.groupby('gw', sort=True)):
        colour = MILESTONE_COLOURS[i % len(MILESTONE_COLOURS)]
        dates = as_dates(rows['date'])
        ax.step([dates.iloc[0], *dates], [0.0, *rows['share']], where='post', color=colour, linewidth=2,
                label=f'{gw:g} GW')
        for p, share in (('p10', 0.1), ('p50', 0.5), ('p90', 0.9)):
            mine = marks[marks['gw'] == gw]
            if not mine.empty and mine[p].iloc[0]:
                ax.plot([as_dates(mine[p])[mine.index[0]]], [share], marker='o', color=colour, markersize=4)
    for share in (0.1, 0.5, 0.9):
        ax.axhline(share, color='#999999', linewidth=0.6, linestyle=':')
    ax.set_ylim(0, 1.05)
    ax.yaxis.set_major_formatter(lambda v, _: f'{100 * v:.0f}%')
    ax.set_ylabel('share of replicas that reached it')
    ax.set_title('When each milestone was reached, across the replicas (P10, P50, P90 marked)')
    ax.legend(loc='upper left')
    return fig


def tornado(data):
    """One row per input, largest swing on top: days from the date at the medians with the input at P10 and at P90.
    A side on which the milestone was not reached is marked as such."""
    fig = Figure(figsize=(SIZE[0], max(2.5, 1.2 + 0.4 * len(data))))
    ax = fig.add_subplot()
    rows = range(len(data))
    sides = (('at_p10_days', '#1f77b4', 'input at P10'), ('at_p90_days', '#ff7f0e', 'input at P90'))
    for side, colour, label in sides:
        ax.barh(rows, data[side].fillna(0.0), color=colour, alpha=0.8, label=label, height=0.6)
        for row, days in zip(rows, data[side]):
            if pd.isna(days):
                ax.annotate(f'{label}: not reached', (0, row), textcoords='offset points', xytext=(4, -3),
                            fontsize=7)
    ax.axvline(0, color='#222222', linewidth=0.8)
    ax.set_yticks(list(rows), list(data['input']))
    ax.set_ylim(len(data) - 0.5, -0.5)
    ax.grid(axis='y', visible=False)
    ax.set_xlabel(f'days later (+) or earlier (−) than at the medians ({data["median"].iloc[0] or "not reached"})'
                  if len(data) else 'days')
    ax.set_title('Sensitivity: the milestone date with each input at its P10 and P90')
    ax.legend(loc='lower right')
    return fig


def binding_shares(data):
    """One bar per phase: the share of replicas in which each cause bound it (and in which it never started)."""
    labels = [f'{s}/{p}' for s, p in zip(data['site'], data['phase'])]
    fig = Figure(figsize=(SIZE[0], max(2.5, 1.2 + 0.28 * len(data))))
    ax = fig.add_subplot()
    left = pd.Series(0.0, index=data.index)
    for cause, colour in BINDING_COLOURS.items():
        ax.barh(range(len(data)), data[cause], left=left, color=colour, label=cause.replace('_', ' '), height=0.7)
        left = left + data[cause]
    ax.set_yticks(range(len(data)), labels)
    ax.set_ylim(len(data) - 0.5, -0.5)
    ax.set_xlim(0, 1)
    ax.xaxis.set_major_formatter(lambda v, _: f'{100 * v:.0f}%')
    ax.grid(axis='y', visible=False)
    ax.set_title('What bound each phase: share of the replicas')
    ax.legend(loc='upper center', bbox_to_anchor=(0.5, -0.1), ncol=len(BINDING_COLOURS))
    return fig
