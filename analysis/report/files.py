"""Atomic writes: each file goes to a temporary name in its folder and is renamed into place, so no file is ever
seen half-written under its final name."""

import os
import tempfile


def write_atomically(path, data):
    """Writes bytes (or text, as UTF-8) to `path` atomically."""
    if isinstance(data, str):
        data = data.encode('utf-8')
    folder = os.path.dirname(os.path.abspath(path))
    os.makedirs(folder, exist_ok=True)
    fd, temp = tempfile.mkstemp(dir=folder, prefix='.' + os.path.basename(path) + '.', suffix='.tmp')
    try:
        with os.fdopen(fd, 'wb') as f:
            f.write(data)
        os.chmod(temp, 0o644)
        os.replace(temp, path)
    except BaseException:
        os.unlink(temp)
        raise


def csv_text(frame):
    """A frame as CSV text, numbers with at most 6 decimals, always the same for the same frame."""
    return frame.to_csv(index=False, float_format='%.6f', lineterminator='\n')


def write_charts(folder, charts):
    """Writes each chart's PNG, SVG and data files into `folder`: charts is a list of Chart."""
    for chart in charts:
        write_atomically(os.path.join(folder, chart.name + '.png'), chart.png)
        write_atomically(os.path.join(folder, chart.name + '.svg'), chart.svg)
        for name, frame in chart.data.items():
            write_atomically(os.path.join(folder, name + '.csv'), csv_text(frame))
