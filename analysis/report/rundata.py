"""A run's output folder, read and checked: timeline.csv, phases.csv, events.csv, summary.json.

Every problem with the folder or a file is a ReportError that names the file; gwsim prints it as
`gwsim: error: ...` and exits with 2.
"""

import json
import math
import os
from dataclasses import dataclass

import pandas as pd


class ReportError(Exception):
    """Bad input: a missing or malformed folder or file (exit code 2)."""


TIMELINE_NUMBERS = ('online_gw', 'online_accelerators', 'online_pflops', 'delivered_accelerators',
                    'waiting_accelerators', 'energized_gw', 'requested_gw', 'building_gw', 'capex_usd')
PHASES_TEXT = ('site', 'phase', 'binding')
PHASES_DATES = ('build_start', 'build_end', 'power_requested', 'power_granted', 'energized', 'first_online',
                'complete')
PHASES_NUMBERS = ('it_gw', 'accelerators', 'wait_power_days', 'wait_accelerators_days')
EVENTS_TEXT = ('date', 'actor', 'event', 'subject')
EVENTS_NUMBERS = ('day', 'quantity')

# What demand is counted in, by the column timeline.csv carries: (unit, demand column, online column).
DEMAND_UNITS = (('accelerators', 'demand_accelerators', 'online_accelerators'),
                ('PFLOP/s', 'demand_pflops', 'online_pflops'),
                ('GW', 'demand_gw', 'online_gw'))


@dataclass
class Run:
    """One run's outputs. Days count from the scenario's start, as in events.csv."""

    folder: str
    summary: dict
    start: pd.Timestamp
    end_day: float
    timeline: pd.DataFrame  # with a `day` column added
    phases: pd.DataFrame
    events: pd.DataFrame
    demand: tuple  # (unit, demand column, online column)

    @property
    def scenario(self):
        return str(self.summary.get('scenario', os.path.basename(self.folder)))

    def day_of(self, date):
        """The day of a date (a Timestamp), counted from the start."""
        return float((date - self.start).days)


def _path(folder, name):
    path = os.path.join(folder, name)
    if not os.path.isfile(path):
        raise ReportError(f'{path}: no such file (is {folder} an output folder of gwsim run?)')
    return path


def _checked(path, frame, column, converted, what):
    """Raises ReportError naming the first row whose non-empty text did not convert."""
    bad = converted.isna() & (frame[column] != '')
    if bad.any():
        row = int(bad.to_numpy().nonzero()[0][0])
        raise ReportError(f'{path}:{row + 2}: column {column}: expected {what}, found "{frame[column].iloc[row]}"')
    return converted


def read_csv(folder, name, text=(), dates=(), numbers=()):
    """A CSV file of the folder with the given columns: text as it is, dates as Timestamps, numbers as floats
    (empty cells become NaN / NaT)."""
    path = _path(folder, name)
    try:
        frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    except (pd.errors.ParserError, pd.errors.EmptyDataError, UnicodeDecodeError, OSError) as e:
        raise ReportError(f'{path}: not a readable CSV file ({str(e).strip()})') from None
    missing = [c for c in (*text, *dates, *numbers) if c not in frame.columns]
    if missing:
        raise ReportError(f'{path}: missing column(s) {", ".join(missing)}')
    for c in dates:
        frame[c] = _checked(path, frame, c, pd.to_datetime(frame[c], format='%Y-%m-%d', errors='coerce'),
                            'a date YYYY-MM-DD')
    for c in numbers:
        frame[c] = _checked(path, frame, c, pd.to_numeric(frame[c], errors='coerce'), 'a number')
    return frame


def read_summary(folder):
    path = _path(folder, 'summary.json')
    try:
        with open(path, encoding='utf-8') as f:
            summary = json.load(f)
    except (ValueError, OSError) as e:
        raise ReportError(f'{path}: not a readable JSON file ({e})') from None
    if not isinstance(summary, dict):
        raise ReportError(f'{path}: expected a JSON object')
    for key in ('start', 'end'):
        if not isinstance(summary.get(key), str):
            raise ReportError(f'{path}: missing "{key}" (a date YYYY-MM-DD)')
    if not isinstance(summary.get('milestones', {}), dict):
        raise ReportError(f'{path}: "milestones" must be an object')
    return path, summary


def milestones(run):
    """summary.json's milestones as (GW, date text) pairs, smallest first."""
    path = os.path.join(run.folder, 'summary.json')
    pairs = []
    for key, date in run.summary.get('milestones', {}).items():
        gw = pd.to_numeric(key[:-3] if key.endswith('_gw') else 'bad', errors='coerce')
        if pd.isna(gw) or pd.isna(pd.to_datetime(date, format='%Y-%m-%d', errors='coerce')):
            raise ReportError(f'{path}: milestones: expected "N_gw": "YYYY-MM-DD", found "{key}": "{date}"')
        pairs.append((float(gw), date))
    return sorted(pairs)


def _summary_date(path, summary, key):
    date = pd.to_datetime(summary[key], format='%Y-%m-%d', errors='coerce')
    if pd.isna(date):
        raise ReportError(f'{path}: "{key}": expected a date YYYY-MM-DD, found "{summary[key]}"')
    return date


def demand_of(path, timeline):
    for unit, demand, online in DEMAND_UNITS:
        if demand in timeline.columns:
            return unit, demand, online
    raise ReportError(f'{path}: missing column demand_gw (or demand_accelerators, demand_pflops)')


def read_timeline(folder, start):
    path = _path(folder, 'timeline.csv')
    head = read_csv(folder, 'timeline.csv')
    demand = demand_of(path, head)
    timeline = read_csv(folder, 'timeline.csv', dates=('date',), numbers=(*TIMELINE_NUMBERS, demand[1]))
    if timeline.empty:
        raise ReportError(f'{path}: no rows')
    if timeline['date'].isna().any():
        raise ReportError(f'{path}: a row without a date')
    timeline['day'] = (timeline['date'] - start).dt.days.astype(float)
    return timeline, demand


def read_run(folder, need_details=True):
    """Reads a run's folder; with need_details, also phases.csv and events.csv (the compare command needs neither)."""
    if not os.path.isdir(folder):
        raise ReportError(f'{folder}: no such folder')
    path, summary = read_summary(folder)
    start = _summary_date(path, summary, 'start')
    end_day = float((_summary_date(path, summary, 'end') - start).days)
    timeline, demand = read_timeline(folder, start)
    phases = events = None
    if need_details:
        phases = read_csv(folder, 'phases.csv', text=PHASES_TEXT, dates=PHASES_DATES, numbers=PHASES_NUMBERS)
        events = read_csv(folder, 'events.csv', text=EVENTS_TEXT, numbers=EVENTS_NUMBERS)
        bad = ~events['day'].map(math.isfinite)
        if bad.any():
            raise ReportError(f'{os.path.join(folder, "events.csv")}:{int(bad.to_numpy().nonzero()[0][0]) + 2}: '
                              'column day: expected a number')
    return Run(folder, summary, start, end_day, timeline, phases, events, demand)
