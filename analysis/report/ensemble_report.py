"""`gwsim report DIR` on an ensemble's folder: capacity with P10–P90 bands against demand, the milestones' date
distributions, the binding shares, the accelerators waiting (and their dollars), the sensitivity tornado when
sensitivity.csv is there; one self-contained page."""

import os

import ensemble_charts
import ensemble_data
from chart import make_chart
from files import write_atomically, write_charts
from page import page_of


def make_charts(ens):
    bands = ensemble_data.capacity_bands(ens)
    marks = ensemble_data.milestone_marks(ens)
    dates = ensemble_data.milestone_dates(ens)
    shares = ensemble_data.binding_shares(ens)
    demand = (' Demand: online_gw + shortfall of results.sqlite\'s timeline, at the dates where some replica fell '
              'short of it (elsewhere every replica met it and the outputs do not say how far).'
              if ens.demand_in_gw else ' Demand is not drawn: it is not counted in GW.')
    made = [
        make_chart('capacity', 'Capacity online against demand, P10–P90 across the replicas',
                   'online_gw of bands.csv: P50 (the line) and P10–P90 (the band) at each report date.' + demand +
                   ' Each milestone of milestones.csv reached by half the replicas at least, at its P50 date, with its '
                   'P10–P90 dates as a bar.',
                   ensemble_charts.capacity_bands(bands, marks, f'{ens.scenario}: GW online, {ens.runs} replicas'),
                   {'capacity_bands': bands, 'milestone_marks': marks}),
        make_chart('milestone_dates', 'When each milestone was reached',
                   'Each replica\'s day of each milestone (results.sqlite, table milestones), as the share of all '
                   'replicas that had reached it by each date; a milestone some replicas never reached stops below '
                   '100%. The dots are milestones.csv\'s P10, P50 and P90.',
                   ensemble_charts.milestone_dates(dates, marks), {'milestone_dates': dates}),
        make_chart('binding', 'What bound each phase, across the replicas',
                   'binding.csv: for each phase, the share of replicas in which each constraint bound it (the '
                   'constraint without which it would have completed earliest), and in which it never started.',
                   ensemble_charts.binding_shares(shares), {'binding_shares': shares}),
    ]
    waiting = ensemble_data.waiting_bands(ens)
    if waiting is not None:
        priced = 'usd_p50' in waiting
        made.append(make_chart('waiting', 'Accelerators delivered but waiting, P10–P90 across the replicas',
                               'waiting_accelerators of bands.csv: P50 (the line) and P10–P90 (the band) at each '
                               'report date' + ('; below, waiting_usd of bands.csv: what they cost, each product\'s '
                                                'price times its accelerators waiting.' if priced else '.'),
                               ensemble_charts.waiting_bands(waiting), {'waiting_bands': waiting}))
    if ens.sensitivity is not None:
        swings = ensemble_data.tornado(ens)
        made.append(make_chart('tornado', 'Sensitivity of the milestone to each uncertain input',
                               'sensitivity.csv (gwsim sensitivity): the milestone\'s date with each input at its '
                               'P10 and at its P90, every other input at its median, in days from the date at the '
                               'medians; largest swing on top.',
                               ensemble_charts.tornado(swings), {'tornado': swings}))
    return made


def facts(ens):
    """The ensemble's key facts: its identity (results.sqlite) and each milestone of milestones.csv."""
    i = ens.identity
    pairs = [('scenario', ens.scenario), ('replicas', f'{ens.runs} (seed {i.get("seed", "")}'
                                          + (f', shard {i["shard"]})' if i.get('shard') else ')')),
             ('start', i.get('start', ''))]
    for _, m in ensemble_data.milestone_marks(ens).iterrows():
        pairs.append((f'{m["gw"]:g} GW online', f'P10 {m["p10"] or "-"}, P50 {m["p50"] or "-"}, P90 {m["p90"] or "-"} '
                                                f'(reached in {100 * m["probability"]:.0f}% of replicas)'))
    return pairs


def write_report(ens):
    """Writes DIR/report/<chart>.{png,svg,csv} and DIR/report.html; returns the page's path."""
    made = make_charts(ens)
    write_charts(os.path.join(ens.folder, 'report'), made)
    path = os.path.join(ens.folder, 'report.html')
    description = f'An ensemble of {ens.runs} replicas (gwsim ensemble): percentiles across the replicas.'
    write_atomically(path, page_of(f'gwsim report: {ens.scenario} (ensemble)', description, facts(ens), made))
    return path
