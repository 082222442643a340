"""The plotting side of gwsim: `gwsim report DIR` and `gwsim compare DIR_A DIR_B` call this script.

    python3 gwsim_report.py report DIR
    python3 gwsim_report.py compare DIR_A DIR_B OUT

Exit codes as gwsim's: 0 success, 2 bad input (a missing or malformed folder or file, named in the message), 1 an
internal error. Messages are `gwsim: error: ...`, never a traceback (set GWSIM_REPORT_TRACEBACK=1 to see one).
"""

import importlib
import os
import sys


def _usage():
    raise SystemExit('usage: gwsim_report.py report DIR | compare DIR_A DIR_B OUT')


def _report(folder):
    """The report of a run's folder, or of an ensemble's (which has results.sqlite); returns the page's path."""
    from ensembledata import is_ensemble
    if is_ensemble(folder):
        from ensemble_report import write_report
        from ensembledata import read_ensemble
        return write_report(read_ensemble(folder))
    from run_report import write_report
    from rundata import read_run
    return write_report(read_run(folder))


def _main(argv):
    try:
        for module in ('matplotlib', 'pandas'):
            importlib.import_module(module)
    except ImportError as e:
        print(f'gwsim: error: the report needs Python 3 with matplotlib and pandas (Debian: python3-matplotlib, '
              f'python3-pandas; scripts/setup installs them): {e}', file=sys.stderr)
        return 2
    from rundata import ReportError
    try:
        if len(argv) == 2 and argv[0] == 'report':
            print(_report(argv[1]))
        elif len(argv) == 4 and argv[0] == 'compare':
            from compare import compare
            print(compare(argv[1], argv[2], argv[3]), end='')
        else:
            _usage()
    except ReportError as e:
        print(f'gwsim: error: {e}', file=sys.stderr)
        return 2
    except OSError as e:
        print(f'gwsim: error: {e.filename or ""}: {e.strerror}', file=sys.stderr)
        return 2
    return 0


def main(argv):
    try:
        return _main(argv)
    except Exception as e:  # a bug: said in one line, not a traceback
        if os.environ.get('GWSIM_REPORT_TRACEBACK'):
            raise
        print(f'gwsim: internal error: report: {type(e).__name__}: {e}', file=sys.stderr)
        return 1


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
