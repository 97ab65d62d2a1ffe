#!/usr/bin/env python3
"""Re-save a CSV export the way French Excel does: ';' delimiter, decimal commas without trailing
zeros, dates as dd/mm/yyyy hh:mm, leading zeros of numeric codes lost, minimal quoting, Windows-1252,
CRLF line ends. Used to build the excel-fr-* samples from the real-layout ones.

usage: excel_fr_resave.py SOURCE.csv TARGET.csv [--day-first] [--tab]
  --day-first  the source writes slashed dates day first (DD/MM/YYYY) instead of month first
  --tab        the source is TAB-delimited (Amazon flat files), not comma-delimited
"""
import csv
import io
import re
import sys

DECIMAL = re.compile(r'^-?\d+\.\d+$')
THOUSANDS = re.compile(r'^-?\d{1,3}(,\d{3})+\.\d+$')
LEADING_ZERO = re.compile(r'^0\d+$')
SLASH_DATE = re.compile(r'^(\d{1,2})/(\d{1,2})/(\d{2}|\d{4})$')
ISO_DT = re.compile(r'^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(:\d{2})?( [+-]\d{4})?$')


def convert(value, day_first):
    v = value
    if THOUSANDS.match(v):
        v = v.replace(',', '')
    if DECIMAL.match(v):
        whole, frac = v.split('.')
        frac = frac.rstrip('0')
        return whole + (',' + frac if frac else '')
    if LEADING_ZERO.match(v):
        return v.lstrip('0') or '0'
    m = SLASH_DATE.match(v)
    if m:
        a, b, y = m.groups()
        day, month = (a, b) if day_first else (b, a)
        year = y if len(y) == 4 else '20' + y
        return f'{int(day):02d}/{int(month):02d}/{year}'
    m = ISO_DT.match(v)
    if m:
        y, mo, d, h, mi = m.groups()[:5]
        return f'{d}/{mo}/{y} {h}:{mi}'
    return v


def main():
    args = [a for a in sys.argv[1:] if not a.startswith('--')]
    day_first = '--day-first' in sys.argv
    delimiter = '\t' if '--tab' in sys.argv else ','
    source, target = args
    with open(source, encoding='utf-8-sig', newline='') as f:
        rows = list(csv.reader(f, delimiter=delimiter))
    out = io.StringIO()
    writer = csv.writer(out, delimiter=';', lineterminator='\r\n', quoting=csv.QUOTE_MINIMAL)
    writer.writerow(rows[0])
    for row in rows[1:]:
        writer.writerow([convert(v, day_first) for v in row])
    with open(target, 'w', encoding='cp1252', errors='replace', newline='') as f:
        f.write(out.getvalue())


if __name__ == '__main__':
    main()
