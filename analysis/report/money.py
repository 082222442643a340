"""The money charts' data, for runs with funds: funds received against capex spent (cashflow.csv), and each
investor's circularity (timeline.csv)."""

import pandas as pd

from rundata import CIRCULARITY

FUNDING = 'funding'  # cashflow.csv's category of the funds received; every other category is capex spent
SPENT = ('accelerators', 'facility')  # capex categories, always; then any other in the order they appear


def funds(run):
    """Cumulative USD received (category funding) and spent (each other category, and their total `spent`) by the
    end of each date of cashflow.csv, with the horizon's start and end: a step that holds until the next date."""
    flows = run.cashflow
    found = list(dict.fromkeys(flows['category']))
    spent = [*SPENT, *(c for c in found if c not in SPENT and c != FUNDING)]
    dates = sorted({run.start, run.start + pd.Timedelta(days=run.end_day), *flows['date']})
    totals = flows.pivot_table(index='date', columns='category', values='amount_usd', aggfunc='sum')
    totals = totals.reindex(index=dates, columns=[FUNDING, *spent], fill_value=0.0).fillna(0.0).cumsum()
    frame = pd.DataFrame({'date': [d.strftime('%Y-%m-%d') for d in dates]})
    for category in (FUNDING, *spent):
        frame[category] = totals[category].to_numpy()
    frame['spent'] = totals[spent].sum(axis=1).to_numpy()
    return frame


def circularity(run):
    """timeline.csv's circularity_<INVESTOR> columns, one column per investor."""
    frame = pd.DataFrame({'date': run.timeline['date'].dt.strftime('%Y-%m-%d')})
    for investor in run.investors:
        frame[investor] = run.timeline[CIRCULARITY + investor].to_numpy()
    return frame
