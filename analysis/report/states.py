"""What each phase was doing, when: the Gantt's segments, the IT power held back by each cause at each timeline date,
and the accelerators delivered but waiting for power. Everything here is read from events.csv and phases.csv.

A phase's states, from its events (days as in events.csv):
  waiting_funds         build_start - wait_funding_days (phases.csv; runs with funds only) -> build_start
  building              build_start -> build_end
  waiting_power         build_end -> energized
  installing            inside an install batch: install_start -> its installed
  waiting_accelerators  energized -> complete, outside every install batch
  online                complete -> the end of the horizon
A state whose closing event did not happen within the horizon lasts until the end.
"""

import math

import pandas as pd

from rundata import PHASES_FUNDS, TIMELINE_PRICED

STATES = ('waiting_funds', 'building', 'waiting_power', 'waiting_accelerators', 'installing', 'online')
# The cause that holds a phase back while it is in a state (online holds nothing back).
CAUSES = {'building': 'construction', 'waiting_power': 'power', 'waiting_accelerators': 'accelerators',
          'installing': 'install'}
FUNDING = {'waiting_funds': 'funding'}  # the cause of runs with funds: a phase ready, waiting for its budget

# events.csv prints days to 1e-3: an event printed at a timeline date's day counts as of that date (the timeline is
# the state at the start of its date, after what happens at that very instant).
DAY_SLACK = 5e-4


def _first(events, kind):
    rows = events[events['event'] == kind]
    return None if rows.empty else (float(rows['day'].iloc[0]), rows['date'].iloc[0])


def _batches(events, end):
    """The phase's install batches as (start, end) pairs of (day, date), in order; one still running at the end of
    the horizon lasts until `end`."""
    starts = events[events['event'] == 'install_start']
    ends = events[events['event'] == 'installed']
    pairs = []
    for i in range(len(starts)):
        begin = (float(starts['day'].iloc[i]), starts['date'].iloc[i])
        stop = (float(ends['day'].iloc[i]), ends['date'].iloc[i]) if i < len(ends) else end
        pairs.append((begin, stop))
    return pairs


def _phase_states(events, end, start, wait_funding):
    """The (state, start, end) of one phase, each end a (day, date) pair; zero-length states are left out.
    wait_funding: the phase's wait_funding_days (NaN without funds)."""
    spans = []

    def add(state, begin, stop):
        if stop[0] > begin[0]:
            if spans and spans[-1][0] == state and spans[-1][2][0] >= begin[0]:
                spans[-1] = (state, spans[-1][1], stop)  # back-to-back batches make one installing span
            else:
                spans.append((state, begin, stop))

    build_start = _first(events, 'build_start')
    if build_start is None:
        return spans
    if wait_funding > 0:
        ready = build_start[0] - wait_funding
        add('waiting_funds', (ready, (start + pd.Timedelta(days=math.floor(ready))).strftime('%Y-%m-%d')), build_start)
    build_end = _first(events, 'build_end')
    energized = _first(events, 'energized')
    complete = _first(events, 'complete')
    add('building', build_start, build_end or end)
    if build_end is not None:
        add('waiting_power', build_end, energized or end)
    if energized is not None:
        stop = complete or end
        cursor = energized
        for begin, finish in _batches(events, end):
            if begin[0] > cursor[0]:
                add('waiting_accelerators', cursor, begin)
            add('installing', begin, finish)
            cursor = max(cursor, finish)
        add('waiting_accelerators', cursor, stop)
    if complete is not None:
        add('online', complete, end)
    return spans


def phase_states(run):
    """The Gantt's data: one row per phase and state (phases in phases.csv order)."""
    end_date = (run.start + pd.Timedelta(days=run.end_day)).strftime('%Y-%m-%d')
    end = (run.end_day, end_date)
    by_actor = dict(tuple(run.events.groupby('actor', sort=False)))
    rows = []
    for _, phase in run.phases.iterrows():
        events = by_actor.get(f'{phase["site"]}/{phase["phase"]}', run.events.iloc[0:0])
        wait_funding = float(phase.get(PHASES_FUNDS, math.nan))
        for state, begin, stop in _phase_states(events, end, run.start, wait_funding):
            rows.append({'site': phase['site'], 'phase': phase['phase'], 'it_gw': phase['it_gw'], 'state': state,
                         'start_day': begin[0], 'end_day': stop[0], 'start': begin[1], 'end': stop[1]})
    return pd.DataFrame(rows, columns=['site', 'phase', 'it_gw', 'state', 'start_day', 'end_day', 'start', 'end'])


def causes(run):
    """The held-back chart's causes, state -> cause: with funding (waiting for funds) when the run had funds."""
    return {**CAUSES, **FUNDING} if run.cashflow is not None else CAUSES


def held_back(run, states):
    """IT GW held back by each cause at each timeline date: the IT power of every phase that has started building
    (or, in a run with funds, is ready and waiting for its budget) and is not complete, counted whole under the cause
    of the state it is in at that date."""
    frame = pd.DataFrame({'date': run.timeline['date'].dt.strftime('%Y-%m-%d')})
    for state, cause in causes(run).items():
        spans = states[states['state'] == state]
        frame[cause] = [float(spans.loc[(spans['start_day'] <= day + DAY_SLACK) &
                                        (spans['end_day'] > day + DAY_SLACK), 'it_gw'].sum())
                        for day in run.timeline['day']]
    return frame


def waiting(run):
    """Accelerators delivered but not online at each timeline date (timeline.csv's waiting_accelerators), split into
    those delivered to phases not yet energized (waiting for power, from events.csv) and the rest (energized, waiting
    for their install); and, when the scenario gave prices, what they cost (timeline.csv's waiting_usd)."""
    delivered = run.events[run.events['event'] == 'delivered']
    energized = run.events[run.events['event'] == 'energized'].groupby('actor')['day'].min()
    energized_day = delivered['actor'].map(energized).fillna(float('inf'))
    for_power = [round(float(delivered.loc[(delivered['day'] <= day + DAY_SLACK) &
                                           (energized_day > day + DAY_SLACK), 'quantity'].sum()))
                 for day in run.timeline['day']]
    frame = pd.DataFrame({'date': run.timeline['date'].dt.strftime('%Y-%m-%d'),
                          'waiting_accelerators': run.timeline['waiting_accelerators'].round().astype('int64')})
    frame['waiting_for_power'] = [min(p, w) for p, w in zip(for_power, frame['waiting_accelerators'])]
    frame['waiting_for_install'] = frame['waiting_accelerators'] - frame['waiting_for_power']
    if TIMELINE_PRICED in run.timeline.columns:
        frame[TIMELINE_PRICED] = run.timeline[TIMELINE_PRICED].round().astype('int64')
    return frame
