"""`gwsim compare DIR_A DIR_B`: milestone and timeline differences between two runs, as text tables (returned, for
stdout) and a chart in the report's style with its data, written to an output folder."""

import os

import pandas as pd

import charts
import ensemble_compare
from chart import make_chart
from ensembledata import is_ensemble, read_ensemble
from files import write_charts
from rundata import ReportError, milestones, read_run


def milestone_table(a, b):
    """One row per milestone either run reached (and the date demand was first met): both dates and B − A in days
    (empty when one of them never reached it)."""
    first = dict(milestones(a))
    second = dict(milestones(b))
    rows = [(f'{gw:g} GW', first.get(gw), second.get(gw)) for gw in sorted(set(first) | set(second))]
    rows.append(('demand met', a.summary.get('demand_first_met'), b.summary.get('demand_first_met')))
    frame = pd.DataFrame(rows, columns=['milestone', 'a', 'b'])
    days = pd.to_datetime(frame['b'], format='%Y-%m-%d') - pd.to_datetime(frame['a'], format='%Y-%m-%d')
    frame['b_minus_a_days'] = days.dt.days.astype('Int64')
    return frame


def timeline_table(a, b):
    """The online capacity and demand of both runs at each date both timelines have, and B − A."""
    _, demand_a, online_a = a.demand
    _, demand_b, online_b = b.demand
    left = a.timeline[['date', online_a, demand_a]].set_axis(['date', 'online_a', 'demand_a'], axis=1)
    right = b.timeline[['date', online_b, demand_b]].set_axis(['date', 'online_b', 'demand_b'], axis=1)
    frame = left.merge(right, on='date', how='inner')
    frame['difference'] = frame['online_b'] - frame['online_a']
    frame['date'] = frame['date'].dt.strftime('%Y-%m-%d')
    return frame[['date', 'online_a', 'online_b', 'difference', 'demand_a', 'demand_b']]


def _text(frame):
    """A table as text, empty cells blank: the days of a milestone one run never reached (Int64 columns take no ''
    in place, so they are shown as objects)."""
    shown = frame.copy()
    for column in shown.columns:
        if isinstance(shown[column].dtype, pd.Int64Dtype):
            shown[column] = shown[column].astype(object).where(shown[column].notna(), '')
    return shown.fillna('').to_string(index=False, float_format=lambda v: f'{v:.3f}') + '\n'


def summary_text(a, b, table, timeline, unit):
    """What compare prints: the runs, the milestones, and the timeline at each year's first date and at the end."""
    yearly = timeline[~timeline['date'].str[:4].duplicated() | (timeline.index == timeline.index[-1])]
    return (f'A: {a.folder} ({a.scenario})\nB: {b.folder} ({b.scenario})\n\nmilestones:\n{_text(table)}\n'
            f'{unit} online (each year\'s first date and the last):\n{_text(yearly)}')


def _label(letter, run):
    return f'{letter}: {os.path.basename(os.path.normpath(run.folder))} ({run.scenario})'


def _read(dir_a, dir_b):
    """Both folders, runs or ensembles (not one of each), with the unit their capacity is compared in and the functions
    that make the milestone and timeline tables (those of ensemble_compare.py for ensembles)."""
    kinds = [is_ensemble(d) for d in (dir_a, dir_b)]
    if kinds[0] != kinds[1]:
        ensemble, run = (dir_a, dir_b) if kinds[0] else (dir_b, dir_a)
        raise ReportError(f'{ensemble} is an ensemble\'s folder and {run} a run\'s: not comparable (compare two runs '
                          'or two ensembles)')
    if kinds[0]:
        return (read_ensemble(dir_a), read_ensemble(dir_b), 'GW',
                (ensemble_compare.milestone_table, ensemble_compare.timeline_table))
    a = read_run(dir_a, need_details=False)
    b = read_run(dir_b, need_details=False)
    if a.demand[0] != b.demand[0]:
        raise ReportError(f'{dir_a} counts demand in {a.demand[0]}, {dir_b} in {b.demand[0]}: not comparable')
    return a, b, a.demand[0], (milestone_table, timeline_table)


def compare(dir_a, dir_b, out):
    a, b, unit, (milestone_table_of, timeline_table_of) = _read(dir_a, dir_b)
    table = milestone_table_of(a, b)
    timeline = timeline_table_of(a, b)
    if timeline.empty:
        raise ReportError(f'{dir_a} and {dir_b}: their timelines share no date')
    chart = make_chart('compare', 'A against B', f'A: {dir_a}; B: {dir_b}',
                       charts.comparison(timeline, unit, _label('A', a), _label('B', b)),
                       {'compare': timeline, 'compare_milestones': table})
    write_charts(out, [chart])
    return summary_text(a, b, table, timeline, unit) + f'\nchart: {os.path.join(out, "compare.png")}\n'
