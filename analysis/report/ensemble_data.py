"""The data of an ensemble's charts, each a frame that is plotted and written as it is: capacity bands with the
demand, the accelerators waiting (and their dollars), the milestones' dates per replica, the sensitivity tornado and
the binding shares."""

import math
import os

import pandas as pd

from ensembledata import BINDING_SHARES
from rundata import ReportError

# A replica is short of demand at a date when its shortfall is above this (results.sqlite keeps full doubles).
SHORT = 1e-9


def _iso(start, day):
    """The date of a day as milestones.csv prints it: the day's whole part (floor, to 1e-6) after the start."""
    return (start + pd.Timedelta(days=math.floor(day + 1e-6))).strftime('%Y-%m-%d')


def demand(ens):
    """The demand in GW at each report date, as the replicas show it: online_gw + shortfall of the first replica short
    of demand at that date (demand is never a distribution, so every short replica gives the same); NaN where every
    replica met it (the outputs then only bound it, by the smallest capacity online)."""
    timeline = ens.replica_timeline
    short = timeline[timeline['shortfall'] > SHORT].sort_values(['date', 'replica'])
    first = short.groupby('date', sort=True).first()
    return (first['online_gw'] + first['shortfall']).rename('demand')


def _metric(ens, metric, prefix=''):
    """bands.csv's rows of one metric: date, then its mean, P10, P50 and P90 (each column name after `prefix`)."""
    rows = ens.bands[ens.bands['metric'] == metric]
    frame = pd.DataFrame({'date': rows['date'].dt.strftime('%Y-%m-%d').to_numpy()})
    for column in ('mean', 'p10', 'p50', 'p90'):
        frame[prefix + column] = rows[column].to_numpy()
    return frame


def capacity_bands(ens):
    """bands.csv's online_gw (mean, P10, P50, P90) at each report date, with the demand when it is in GW."""
    frame = _metric(ens, 'online_gw')
    if ens.demand_in_gw:
        frame['demand'] = frame['date'].map(demand(ens)).to_numpy()
    return frame


def waiting_bands(ens):
    """bands.csv's waiting_accelerators at each report date (accelerators_mean ... accelerators_p90) and, when the
    scenario gave accelerator prices (the ensemble's bands.csv then has waiting_usd), usd_mean ... usd_p90; None when
    bands.csv has no waiting_accelerators."""
    if not (ens.bands['metric'] == 'waiting_accelerators').any():
        return None
    frame = _metric(ens, 'waiting_accelerators', 'accelerators_')
    if (ens.bands['metric'] == 'waiting_usd').any():
        usd = _metric(ens, 'waiting_usd', 'usd_')
        if not usd['date'].equals(frame['date']):
            raise ReportError(f'{os.path.join(ens.folder, "bands.csv")}: waiting_usd and waiting_accelerators rows '
                              'are not on the same dates')
        frame = pd.concat([frame, usd.drop(columns='date')], axis=1)
    return frame


def milestone_marks(ens):
    """milestones.csv's rows: where each milestone is marked (its P10, P50, P90 dates, '' when fewer replicas reached
    it, and its probability)."""
    rows = ens.milestones
    frame = pd.DataFrame({'gw': rows['gw'].to_numpy(), 'probability': rows['probability'].to_numpy()})
    for column in ('p10', 'p50', 'p90'):
        frame[column] = rows[column].dt.strftime('%Y-%m-%d').fillna('').to_numpy()
    return frame


def milestone_dates(ens):
    """Each replica's date of each milestone (results.sqlite), earliest first, with the share of all replicas that
    had reached the milestone by then: the distribution's CDF, which stops at the milestone's probability."""
    reached = ens.replica_milestones.sort_values(['gw', 'day', 'replica'], kind='stable')
    frame = pd.DataFrame({'gw': reached['gw'].to_numpy(), 'replica': reached['replica'].to_numpy(),
                          'day': reached['day'].to_numpy()})
    frame['date'] = [_iso(ens.start, d) for d in frame['day']]
    frame['share'] = (frame.groupby('gw').cumcount() + 1) / ens.runs
    return frame


def tornado(ens):
    """sensitivity.csv in rank order, each side's date as days from the date at the medians (NaN: not reached)."""
    s = ens.sensitivity.sort_values('rank', kind='stable')
    frame = pd.DataFrame({'rank': s['rank'].astype('int64').to_numpy(), 'input': s['input'].to_numpy()})
    for column in ('median', 'at_p10', 'at_p90'):
        frame[column] = s[column].dt.strftime('%Y-%m-%d').fillna('').to_numpy()
    for side in ('at_p10', 'at_p90'):
        frame[side + '_days'] = (s[side] - s['median']).dt.days.to_numpy()
    frame['swing_days'] = s['swing_days'].to_numpy() if 'swing_days' in s else math.nan
    return frame


def binding_shares(ens):
    """binding.csv as plotted: each phase's share of replicas bound by each cause (and never started)."""
    return ens.binding[['site', 'phase', *BINDING_SHARES]].reset_index(drop=True)
