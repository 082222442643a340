"""report.html: one self-contained page (styles inline, images as data: URIs, nothing fetched)."""

import base64
import html


def _rows(pairs):
    return ''.join(f'<tr><th>{html.escape(k)}</th><td>{html.escape(v)}</td></tr>\n' for k, v in pairs)


def facts(run):
    """The key facts of summary.json, as (label, text) pairs."""
    s = run.summary
    pairs = [('scenario', run.scenario), ('horizon', f'{s["start"]} to {s["end"]}')]
    if 'online_gw' in s:
        pairs.append(('online at the end', f'{s["online_gw"]:.3f} GW, {s.get("online_accelerators", 0):,} '
                                           'accelerators'))
    for key, date in s.get('milestones', {}).items():
        pairs.append((key.replace('_gw', ' GW online'), str(date)))
    pairs.append(('demand first met', str(s.get('demand_first_met') or 'not within the horizon')))
    binding = s.get('binding', {})
    if binding:
        pairs.append(('binding (share of phases)',
                      ', '.join(f'{k} {100 * v:.0f}%' for k, v in binding.items())))
    if 'capex_usd' in s:
        pairs.append(('capex', f'${s["capex_usd"] / 1e9:,.1f}B'))
    if 'funds_received_usd' in s:
        pairs.append(('funds received', f'${s["funds_received_usd"] / 1e9:,.1f}B'))
        pairs.append(('peak funding gap', f'${s.get("peak_funding_gap_usd", 0) / 1e9:,.1f}B'))
    for investor, ratio in s.get('circularity', {}).items():
        pairs.append((f'circularity of {investor}', f'{ratio:.2f}'))
    return pairs


def section(chart):
    image = base64.b64encode(chart.png).decode('ascii')
    files = ', '.join(f'report/{n}' for n in [chart.name + '.png', chart.name + '.svg'] +
                      [d + '.csv' for d in chart.data])
    return (f'<section id="{chart.name}">\n<h2>{html.escape(chart.title)}</h2>\n'
            f'<img alt="{html.escape(chart.title)}" src="data:image/png;base64,{image}">\n'
            f'<p>{html.escape(chart.caption)}</p>\n<p class="files">Files: {html.escape(files)}</p>\n</section>\n')


STYLE = ('body{font-family:"DejaVu Sans",sans-serif;max-width:1400px;margin:1em auto;padding:0 1em;color:#222}'
         'img{max-width:100%;height:auto}table{border-collapse:collapse}th,td{text-align:left;padding:2px 12px 2px 0}'
         'th{font-weight:normal;color:#555}.files{color:#777;font-size:smaller}nav a{margin-right:1em}')


def page(run, charts):
    """The page of a run: its description and key facts (summary.json), then the charts."""
    return page_of(f'gwsim report: {run.scenario}', str(run.summary.get('description', '')).strip(), facts(run), charts)


def page_of(title, description, pairs, charts):
    """A report page: a title, a paragraph, a table of (label, text) facts and the charts."""
    nav = ''.join(f'<a href="#{c.name}">{html.escape(c.title)}</a>' for c in charts)
    return ('<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
            f'<title>{html.escape(title)}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n'
            f'<h1>{html.escape(title)}</h1>\n<p>{html.escape(description)}</p>\n'
            f'<table>\n{_rows(pairs)}</table>\n<nav>{nav}</nav>\n'
            + ''.join(section(c) for c in charts) + '</body>\n</html>\n')
