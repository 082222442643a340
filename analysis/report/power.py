"""The grid's chart, for runs with the power extensions (power.csv): for each region, the grid power granted to its
phases (imports included) against its headroom, what its phases still wait for, and the onsite generation they draw
on."""

import pandas as pd

from chart import make_chart
from rundata import read_optional_table
from style import figure

POWER_TEXT = ('region',)
POWER_NUMBERS = ('headroom_gw', 'granted_gw', 'imported_gw', 'queued_gw', 'onsite_gw')
PALETTE = ('#1f77b4', '#ff7f0e', '#2ca02c', '#d62728', '#9467bd', '#8c564b', '#e377c2', '#7f7f7f', '#bcbd22',
           '#17becf')


def read_power(folder):
    """power.csv, or None when the run had no power extensions (no file)."""
    return read_optional_table(folder, 'power.csv', POWER_TEXT, POWER_NUMBERS)


def by_region(power):
    """power.csv's rows as plotted: date, region and its GW columns."""
    frame = power[['date', 'region', *POWER_NUMBERS]].copy()
    frame['date'] = frame['date'].dt.strftime('%Y-%m-%d')
    return frame.reset_index(drop=True)


def power_chart(data):
    fig, ax = figure()
    regions = list(dict.fromkeys(data['region']))
    for i, region in enumerate(regions):
        rows = data[data['region'] == region]
        dates = pd.to_datetime(rows['date'], format='%Y-%m-%d')
        colour = PALETTE[i % len(PALETTE)]
        ax.plot(dates, rows['granted_gw'] + rows['onsite_gw'], drawstyle='steps-post', linewidth=2, color=colour,
                label=f'{region}: granted + onsite')
        ax.plot(dates, rows['headroom_gw'], drawstyle='steps-post', linewidth=1, linestyle='--', color=colour,
                label=f'{region}: headroom')
        if (rows['queued_gw'] > 0).any():
            ax.plot(dates, rows['queued_gw'], drawstyle='steps-post', linewidth=1, linestyle=':', color=colour,
                    label=f'{region}: queued')
    ax.set_ylim(bottom=0)
    ax.set_ylabel('GW (IT × PUE)')
    ax.set_title('Power by region')
    ax.legend(loc='upper left', fontsize=7, ncol=max(1, len(regions) // 4))
    return fig


def power_charts(run):
    """The chart of a run with power.csv; none without."""
    power = read_power(run.folder)
    if power is None:
        return []
    data = by_region(power)
    return [make_chart('power_regions', 'Power by region',
                       'From power.csv, for each region: the grid power granted to its phases (imports included) '
                       'plus the onsite generation they draw on (solid), its headroom (dashed) and what its phases '
                       'asked and still wait for (dotted, when any).',
                       power_chart(data), {'power_regions': data})]
