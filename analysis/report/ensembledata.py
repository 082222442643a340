"""An ensemble's output folder (`gwsim ensemble`, `gwsim merge`), read and checked: milestones.csv, bands.csv,
binding.csv, results.sqlite (its identity, each replica's milestone days and timeline), and sensitivity.csv when
`gwsim sensitivity ... -o` wrote it into the same folder.

Every problem is a ReportError that names the file (exit code 2).
"""

import os
import sqlite3
import urllib.parse
from dataclasses import dataclass

import pandas as pd

from rundata import ReportError, read_csv

DATABASE = 'results.sqlite'
MILESTONE_DATES = ('p10', 'p50', 'p90')
BINDING_SHARES = ('construction', 'power', 'accelerators', 'install', 'funding', 'not_started')
SENSITIVITY_DATES = ('median', 'at_p10', 'at_p90')


@dataclass
class Ensemble:
    """One ensemble's outputs. Days count from the scenario's start, as in results.sqlite."""

    folder: str
    identity: dict  # results.sqlite's ensemble table: scenario, runs, seed, start, shortfall_metric ...
    start: pd.Timestamp
    milestones: pd.DataFrame  # milestones.csv
    bands: pd.DataFrame  # bands.csv
    binding: pd.DataFrame  # binding.csv
    replica_milestones: pd.DataFrame  # results.sqlite milestones(replica, gw, day)
    replica_timeline: pd.DataFrame  # results.sqlite timeline(replica, date, online_gw, shortfall)
    runs: int  # replicas in results.sqlite
    sensitivity: pd.DataFrame = None  # sensitivity.csv, None when the folder has none

    @property
    def scenario(self):
        return self.identity.get('scenario', os.path.basename(os.path.normpath(self.folder)))

    @property
    def demand_in_gw(self):
        """True when the replicas' shortfall is in GW (the demand's unit), so online_gw + shortfall is the demand."""
        return self.identity.get('shortfall_metric') == 'shortfall_gw'


def is_ensemble(folder):
    """An ensemble's folder has results.sqlite (a run's has summary.json)."""
    return os.path.isfile(os.path.join(folder, DATABASE))


def _query(path, sql):
    try:
        uri = 'file:' + urllib.parse.quote(os.path.abspath(path)) + '?mode=ro'
        with sqlite3.connect(uri, uri=True) as db:
            return pd.read_sql_query(sql, db)
    except (sqlite3.Error, pd.errors.DatabaseError) as e:
        raise ReportError(f'{path}: not a readable ensemble database ({e})') from None


def _read_database(folder):
    path = os.path.join(folder, DATABASE)
    identity = dict(_query(path, 'SELECT key, value FROM ensemble ORDER BY key').itertuples(index=False))
    start = pd.to_datetime(identity.get('start', ''), format='%Y-%m-%d', errors='coerce')
    if pd.isna(start):
        raise ReportError(f'{path}: table ensemble: expected a start date YYYY-MM-DD, found "{identity.get("start")}"')
    runs = int(_query(path, 'SELECT COUNT(*) AS n FROM replicas')['n'].iloc[0])
    if runs == 0:
        raise ReportError(f'{path}: no replica finished (run gwsim ensemble again to resume it)')
    reached = _query(path, 'SELECT replica, gw, day FROM milestones ORDER BY gw, day, replica')
    timeline = _query(path, 'SELECT replica, date, online_gw, shortfall FROM timeline ORDER BY date, replica')
    return identity, start, runs, reached, timeline


def read_ensemble(folder):
    """Reads an ensemble's folder (is_ensemble(folder) is true)."""
    identity, start, runs, reached, timeline = _read_database(folder)
    milestones = read_csv(folder, 'milestones.csv', dates=MILESTONE_DATES,
                          numbers=('gw', 'runs', 'reached', 'probability'))
    bands = read_csv(folder, 'bands.csv', text=('metric',), dates=('date',), numbers=('mean', 'p10', 'p50', 'p90'))
    binding = read_csv(folder, 'binding.csv', text=('site', 'phase'), numbers=BINDING_SHARES)
    if bands['date'].isna().any():
        raise ReportError(f'{os.path.join(folder, "bands.csv")}: a row without a date')
    if not (bands['metric'] == 'online_gw').any():
        raise ReportError(f'{os.path.join(folder, "bands.csv")}: no rows of metric online_gw')
    sensitivity = None
    if os.path.isfile(os.path.join(folder, 'sensitivity.csv')):
        sensitivity = read_csv(folder, 'sensitivity.csv', text=('input', 'paths'), dates=SENSITIVITY_DATES,
                               numbers=('rank',), optional=('swing_days',))
    return Ensemble(folder, identity, start, milestones, bands, binding, reached, timeline, runs, sensitivity)
