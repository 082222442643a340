"""A run's output folder, read and checked: timeline.csv, phases.csv, events.csv, summary.json, and cashflow.csv
with the money columns when the run had funds (`finance.funds`).

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
# Written only by runs with funds: cashflow.csv, and these columns of timeline.csv and phases.csv.
CASHFLOW_TEXT = ('from', 'to', 'category')
CASHFLOW_NUMBERS = ('amount_usd',)
TIMELINE_FUNDS = ('funds_received_usd', 'funds_committed_usd', 'funds_available_usd')
CIRCULARITY = 'circularity_'  # circularity_<INVESTOR>, one column per investor that is also a supplier
PHASES_FUNDS = 'wait_funding_days'
# Written only by runs whose scenario gives accelerator prices: what the accelerators waiting cost.
TIMELINE_PRICED = 'waiting_usd'

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
    cashflow: pd.DataFrame = None  # None when the run had no funds

    @property
    def investors(self):
        """The investors whose circularity timeline.csv carries, in its column order."""
        return [c[len(CIRCULARITY):] for c in self.timeline.columns if c.startswith(CIRCULARITY)]

    @property
    def scenario(self):
        return str(self.summary.get('scenario', os.path.basename(self.folder)))

    def day_of(self, date):
        """The day of a date (a Timestamp), counted from the start."""
        return float((date - self.start).days)


def _path(folder, name):
    path = os.path.join(folder, name)
    if not os.path.isfile(path):
        raise ReportError(f'{path}: no such file (is {folder} an output folder of gwsim run or gwsim ensemble?)')
    return path


def _checked(path, frame, column, converted, what):
    """Raises ReportError naming the first row whose non-empty text did not convert."""
    bad = converted.isna() & (frame[column] != '')
    if bad.any():
        row = int(bad.to_numpy().nonzero()[0][0])
        raise ReportError(f'{path}:{row + 2}: column {column}: expected {what}, found "{frame[column].iloc[row]}"')
    return converted


def read_csv(folder, name, text=(), dates=(), numbers=(), optional=()):
    """A CSV file of the folder with the given columns: text as it is, dates as Timestamps, numbers as floats
    (empty cells become NaN / NaT); the optional columns are numbers too, when the file has them."""
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
    for c in (*numbers, *(c for c in optional if c in frame.columns)):
        frame[c] = _checked(path, frame, c, pd.to_numeric(frame[c], errors='coerce'), 'a number')
    return frame


def read_optional_table(folder, name, text, numbers):
    """An output file that only some runs write (supply.csv, power.csv): None when the folder does not have it; else
    read with a date column and these text and number columns, every row with its date and numbers."""
    if not os.path.isfile(os.path.join(folder, name)):
        return None
    frame = read_csv(folder, name, text=text, dates=('date',), numbers=numbers)
    bad = frame['date'].isna() | frame[list(numbers)].isna().any(axis=1)
    if bad.any():
        raise ReportError(f'{os.path.join(folder, name)}:{int(bad.to_numpy().nonzero()[0][0]) + 2}: '
                          'a row without a date or a number')
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
    circularity = tuple(c for c in head.columns if c.startswith(CIRCULARITY))
    timeline = read_csv(folder, 'timeline.csv', dates=('date',), numbers=(*TIMELINE_NUMBERS, demand[1]),
                        optional=(*TIMELINE_FUNDS, *circularity, TIMELINE_PRICED))
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
    phases = events = cashflow = None
    if need_details:
        phases = read_csv(folder, 'phases.csv', text=PHASES_TEXT, dates=PHASES_DATES, numbers=PHASES_NUMBERS,
                          optional=(PHASES_FUNDS,))
        events = read_csv(folder, 'events.csv', text=EVENTS_TEXT, numbers=EVENTS_NUMBERS)
        bad = ~events['day'].map(math.isfinite)
        if bad.any():
            raise ReportError(f'{os.path.join(folder, "events.csv")}:{int(bad.to_numpy().nonzero()[0][0]) + 2}: '
                              'column day: expected a number')
        cashflow = read_cashflow(folder, timeline)
    return Run(folder, summary, start, end_day, timeline, phases, events, demand, cashflow)


def read_cashflow(folder, timeline):
    """cashflow.csv, or None when the run had no funds (no file and no funds columns in timeline.csv). Either one
    without the other is a malformed folder."""
    has_file = os.path.isfile(os.path.join(folder, 'cashflow.csv'))
    if has_file != (TIMELINE_FUNDS[0] in timeline.columns):
        if not has_file:
            _path(folder, 'cashflow.csv')  # raises: no such file
        raise ReportError(f'{os.path.join(folder, "timeline.csv")}: missing column(s) {", ".join(TIMELINE_FUNDS)} '
                          '(cashflow.csv is there: the run had funds)')
    if not has_file:
        return None
    cashflow = read_csv(folder, 'cashflow.csv', text=CASHFLOW_TEXT, dates=('date',), numbers=CASHFLOW_NUMBERS)
    bad = cashflow['date'].isna() | cashflow['amount_usd'].isna()
    if bad.any():
        raise ReportError(f'{os.path.join(folder, "cashflow.csv")}:{int(bad.to_numpy().nonzero()[0][0]) + 2}: '
                          'a row without a date or an amount')
    return cashflow
