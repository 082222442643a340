"""`gwsim report DIR`: the charts of a run's folder, their data, and one self-contained page."""

import os

import pandas as pd

import charts
import money
import states
from chart import make_chart
from files import write_atomically, write_charts
from page import page
from rundata import milestones
from power import power_charts
from supply import supply_charts


def capacity_data(run):
    _, demand, online = run.demand
    return pd.DataFrame({'date': run.timeline['date'].dt.strftime('%Y-%m-%d'),
                         'demand': run.timeline[demand].fillna(0.0), 'online': run.timeline[online]})


def marks(run):
    """The milestones of summary.json (GW of IT online) and the date demand was first met, as points to mark."""
    rows = []
    for gw, date in milestones(run):
        rows.append({'label': f'{gw:g} GW', 'date': date, 'value': gw if run.demand[0] == 'GW' else float('nan')})
    met = run.summary.get('demand_first_met')
    if isinstance(met, str):
        row = run.timeline[run.timeline['date'] == pd.Timestamp(met)]
        value = float(row[run.demand[2]].iloc[0]) if not row.empty else float('nan')
        rows.append({'label': 'demand met', 'date': met, 'value': value})
    frame = pd.DataFrame(rows, columns=['label', 'date', 'value'])
    return frame.dropna(subset=['value'])


def make_charts(run):
    unit = run.demand[0]
    capacity = capacity_data(run)
    points = marks(run)
    phase_states = states.phase_states(run)
    held = states.held_back(run, phase_states)
    waiting = states.waiting(run)
    made = [
        make_chart('capacity', f'Capacity online against demand ({unit})',
                   f'{run.demand[2]} and {run.demand[1]} from timeline.csv; milestones and the date demand was first '
                   'met from summary.json.',
                   charts.capacity(capacity, points, unit, f'{run.scenario}: {unit} online against demand'),
                   {'capacity': capacity, 'capacity_marks': points}),
        make_chart('gantt', 'What each phase was doing',
                   'From events.csv: building from build_start to build_end, waiting for power until energized, '
                   'then installing inside each install batch and waiting for accelerators between batches, '
                   'online from complete.' + (' Waiting for funds: from build_start minus wait_funding_days '
                                              '(phases.csv) to build_start.' if run.cashflow is not None else ''),
                   charts.gantt(phase_states, run.start), {'gantt': phase_states}),
        make_chart('held_back', 'What held capacity back, month by month',
                   'At each timeline date, the IT GW of every phase that has started and is not complete, counted '
                   'whole under the cause of the state it is in (building: construction; waiting for power: power; '
                   'waiting for accelerators: accelerators; installing: install'
                   + ('; ready and waiting for funds: funding).' if run.cashflow is not None else ').'),
                   charts.held_back(held), {'held_back': held}),
        make_chart('waiting', 'Accelerators delivered but waiting',
                   'waiting_accelerators from timeline.csv, split by events.csv into those delivered to phases '
                   'not yet energized (waiting for power) and the rest'
                   + ('; below, waiting_usd from timeline.csv: what they cost, each product\'s price times its '
                      'accelerators waiting.' if 'waiting_usd' in waiting.columns else '.'),
                   charts.waiting(waiting), {'waiting': waiting}),
    ]
    return made + money_charts(run) + supply_charts(run) + power_charts(run)


def money_charts(run):
    """The charts of a run with funds (cashflow.csv); none without."""
    if run.cashflow is None:
        return []
    received = money.funds(run)
    made = [make_chart('funds', 'Funds received against capex spent',
                       'Cumulative amount_usd of cashflow.csv by the end of each of its dates: category funding '
                       '(funds received, the line) and every other category (capex spent: accelerators paid at '
                       'delivery, facility capex per report step; stacked).',
                       charts.funds(received), {'funds': received})]
    if run.investors:
        ratios = money.circularity(run)
        made.append(make_chart('circularity', 'Circularity of the investors that are also suppliers',
                               'circularity_<INVESTOR> from timeline.csv: what the buyer has paid the investor for '
                               'accelerators divided by what it has invested so far.',
                               charts.circularity(ratios), {'circularity': ratios}))
    return made


def write_report(run):
    """Writes DIR/report/<chart>.{png,svg,csv} and DIR/report.html; returns the page's path."""
    made = make_charts(run)
    write_charts(os.path.join(run.folder, 'report'), made)
    path = os.path.join(run.folder, 'report.html')
    write_atomically(path, page(run, made))
    return path
