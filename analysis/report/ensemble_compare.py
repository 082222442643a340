"""`gwsim compare` of two ensembles' folders: each milestone's P50 date (with its P10, P90 and the share of replicas
that reached it) and the P50 of GW online at each report date (with its P10-P90 band), from milestones.csv and
bands.csv, in the same tables as two runs' comparison."""

import pandas as pd

from ensemble_data import capacity_bands


def _dates(ens):
    """milestones.csv by GW: its P10, P50, P90 dates (text, None when empty) and probability."""
    rows = {}
    for _, row in ens.milestones.iterrows():
        dates = {p: (None if pd.isna(row[p]) else row[p].strftime('%Y-%m-%d')) for p in ('p10', 'p50', 'p90')}
        rows[float(row['gw'])] = {**dates, 'probability': float(row['probability'])}
    return rows


def milestone_table(a, b):
    """One row per milestone either ensemble reached: both P50 dates and B − A in days (empty when fewer than half of
    one's replicas reached it), then each one's P10, P90 and probability (0 when none of its replicas reached it)."""
    first, second = _dates(a), _dates(b)
    never = {'p10': None, 'p50': None, 'p90': None, 'probability': 0.0}
    rows = []
    for gw in sorted(set(first) | set(second)):
        x, y = first.get(gw, never), second.get(gw, never)
        rows.append((f'{gw:g} GW', x['p50'], y['p50'], x['p10'], x['p90'], x['probability'], y['p10'], y['p90'],
                     y['probability']))
    frame = pd.DataFrame(rows, columns=['milestone', 'a', 'b', 'a_p10', 'a_p90', 'a_probability', 'b_p10', 'b_p90',
                                        'b_probability'])
    days = pd.to_datetime(frame['b'], format='%Y-%m-%d') - pd.to_datetime(frame['a'], format='%Y-%m-%d')
    frame.insert(3, 'b_minus_a_days', days.dt.days.astype('Int64'))
    return frame


def timeline_table(a, b):
    """The P50 of GW online of both ensembles at each date both have, B − A, the demand where each shows it (NaN
    elsewhere, ensemble_data.demand) and each one's P10 and P90."""
    columns = {}
    for letter, ens in (('a', a), ('b', b)):
        bands = capacity_bands(ens)
        frame = pd.DataFrame({'date': bands['date'], f'online_{letter}': bands['p50'],
                              f'demand_{letter}': bands['demand'] if 'demand' in bands else float('nan'),
                              f'online_{letter}_p10': bands['p10'], f'online_{letter}_p90': bands['p90']})
        columns[letter] = frame
    frame = columns['a'].merge(columns['b'], on='date', how='inner')
    frame['difference'] = frame['online_b'] - frame['online_a']
    return frame[['date', 'online_a', 'online_b', 'difference', 'demand_a', 'demand_b', 'online_a_p10',
                  'online_a_p90', 'online_b_p10', 'online_b_p90']]
