#!/usr/bin/python3
"""The pandas peer of `toc progress` for tools/bench-progress: the same validation and statuses
written with pandas and numpy (Debian python3-pandas), run on the same model and CSV.

    /usr/bin/python3 tools/bench/peer_progress.py models/x/strategy.toml --as-of 2026-01-08 -o statuses.csv

Reads the model's indicators with tomllib (the root file and its includes) and its measurements
with pandas.read_csv; validates the rows as toc does (required columns, known indicators, periods
that are dates, months, quarters, years or financial years and one granularity per indicator,
periods after the strategy's end, numbers, status, interval, numerator ÷ denominator, duplicates
with the provisional → final rule); then judges each indicator by toc's rules (docs/progress.md):
the trajectory from baseline through milestones to the target when there is a numeric target,
else an XmR chart (mean, average moving range, limits, outside limits, runs, trends, two of three
beyond two sigma, improvement winning a conflict) with 12 or more points, else not judged; the
XmR chart is computed for trajectory indicators too, for its variation and assurance. Writes one
row per indicator with the columns of `toc progress --format csv` that it computes (indicator,
status, method, trajectory, expected, variation, assurance, points) and prints a JSON summary.

It has no diagnostics with positions, no ordinal or text measures, no areas or groups beyond
taking the rows for the whole, no freshness, roll-up or pathway findings: it is what a quick
script does for the same statuses, not a replacement for toc.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
from pathlib import Path

import numpy as np
import pandas as pd

from bench_common import load  # the model files, as both Python peers read them

LIMIT = 2.66
TWO_SIGMA = 2 * LIMIT / 3


def load_model(root: Path) -> tuple[dict, dict]:
    """The root's [strategy] and every [indicator.*] of it and its includes."""
    documents = load(root)
    indicators = {}
    for document in documents:
        indicators.update(document.get("indicator", {}))
    return documents[0].get("strategy", {}), indicators


def number(value) -> float | None:
    """A TOML value as a number: numbers, and strings like "45" or "45%"; else None."""
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return float(value)
    if isinstance(value, str):
        try:
            return float(value[:-1] if value.endswith("%") else value)
        except ValueError:
            return None
    return None


def as_date(value) -> dt.date | None:
    return value if isinstance(value, dt.date) else None


# --- periods ---------------------------------------------------------------

def parse_periods(text: pd.Series) -> pd.DataFrame:
    """granularity, first and last day (as datetime64) of each period; granularity None when bad."""
    day = text.str.fullmatch(r"\d{4}-\d{2}-\d{2}")
    d = pd.to_datetime(text.where(day), format="%Y-%m-%d", errors="coerce")
    ok = day & d.notna()
    out = pd.DataFrame({"granularity": pd.Series(np.where(ok, "day", None), index=text.index, dtype=object),
                        "first": d.where(ok), "last": d.where(ok)})
    rest = ~ok & ~day
    if rest.any():
        for i in text.index[rest]:
            g = parse_other(text[i])
            if g:
                out.loc[i, ["granularity", "first", "last"]] = [g[0], pd.Timestamp(g[1]), pd.Timestamp(g[2])]
    return out


def parse_other(t: str):
    if re.fullmatch(r"\d{4}", t):
        y = int(t)
        return "year", dt.date(y, 1, 1), dt.date(y, 12, 31)
    m = re.fullmatch(r"(\d{4})/(\d{2})", t)
    if m and (int(m[1]) + 1) % 100 == int(m[2]):
        y = int(m[1])
        return "financial year", dt.date(y, 4, 1), dt.date(y + 1, 3, 31)
    m = re.fullmatch(r"(\d{4})-Q([1-4])", t)
    if m:
        y, q = int(m[1]), int(m[2])
        return "quarter", dt.date(y, 3 * q - 2, 1), month_end(y, 3 * q)
    m = re.fullmatch(r"(\d{4})-(\d{2})", t)
    if m and 1 <= int(m[2]) <= 12:
        return "month", dt.date(int(m[1]), int(m[2]), 1), month_end(int(m[1]), int(m[2]))
    return None


def month_end(y: int, m: int) -> dt.date:
    return (dt.date(y + m // 12, m % 12 + 1, 1) - dt.timedelta(days=1))


# --- validation --------------------------------------------------------------

def validate(df: pd.DataFrame, indicators: dict, strategy: dict) -> tuple[pd.DataFrame, int]:
    """The rows that pass toc's checks, and how many did not."""
    errors = pd.Series(False, index=df.index)
    df["indicator"] = df["indicator"].fillna("")
    errors |= ~df["indicator"].isin(indicators.keys())
    periods = parse_periods(df["period"].fillna(""))
    df = df.join(periods)
    errors |= df["granularity"].isna()
    end = as_date(strategy.get("end"))
    if end is not None:
        errors |= df["first"] > pd.Timestamp(end)
    measure = df["indicator"].map({k: v.get("measure", "") for k, v in indicators.items()})
    df["value_num"] = pd.to_numeric(df["value"], errors="coerce")
    errors |= df["value_num"].isna() & ~measure.isin(["ordinal", "text"])
    for column in ("numerator", "denominator", "lower", "upper"):
        if column in df:
            df[column + "_num"] = pd.to_numeric(df[column], errors="coerce")
            errors |= df[column].notna() & df[column + "_num"].isna()
        else:
            df[column + "_num"] = np.nan
    status = df["status"].fillna("").str.lower() if "status" in df else pd.Series("", index=df.index)
    errors |= ~status.isin(["", "provisional", "final"])
    df["status_word"] = status
    errors |= (df["lower_num"].notna() & (df["value_num"] < df["lower_num"])) | \
              (df["upper_num"].notna() & (df["value_num"] > df["upper_num"]))
    # numerator ÷ denominator gives the value: × 100 for percentages, × 1 … 100,000 for the rest,
    # within half a unit of the value's last written decimal or 0.5%.
    ratio_rows = df["numerator_num"].notna() & df["denominator_num"].notna()
    errors |= ratio_rows & (df["denominator_num"] == 0)
    ratio = df["numerator_num"] / df["denominator_num"].where(df["denominator_num"] != 0)
    decimals = df["value"].str.extract(r"\.(\d*)", expand=False).str.len().fillna(0)
    precision = 0.5 * np.power(10.0, -decimals)
    agrees = pd.Series(False, index=df.index)
    for scale in (1, 10, 100, 1000, 10000, 100000):
        expected = ratio * scale
        ok = (df["value_num"] - expected).abs() <= np.maximum(precision, 0.005 * expected.abs()) + 1e-9
        agrees |= ok & ((measure != "percentage") | (scale == 100))
    errors |= ratio_rows & ~agrees
    # one granularity per indicator: the first row's
    first_granularity = df[~errors].groupby("indicator")["granularity"].transform("first")
    errors |= (~errors) & (df["granularity"] != first_granularity.reindex(df.index))
    # one figure per indicator, period, area and group; a later final replaces a provisional
    key = ["indicator", "period"] + [c for c in ("area", "group") if c in df]
    good = df[~errors].copy()
    dup = good.duplicated(key, keep=False)
    if dup.any():
        keep = pd.Series(True, index=good.index)
        for _, rows in good[dup].groupby(key, sort=False):
            kept = rows.index[0]
            for i in rows.index[1:]:
                if good.at[kept, "status_word"] == "provisional" and good.at[i, "status_word"] == "final":
                    keep[kept] = False  # the final replaces it (toc keeps the final in its place)
                    kept = i
                else:
                    keep[i] = False
        good = good[keep]
    return good, len(df) - len(good)


# --- judging -----------------------------------------------------------------

def xmr(y: np.ndarray, better: int, target: float | None) -> dict:
    n = len(y)
    mean = y.mean()
    amr = np.abs(np.diff(y)).mean()
    ul, ll = mean + LIMIT * amr, mean - LIMIT * amr
    u2, l2 = mean + TWO_SIGMA * amr, mean - TWO_SIGMA * amr
    outside = np.where(y > ul, 1, np.where(y < ll, -1, 0))
    # runs of 7 on one side of the mean (a point on the mean is on neither side)
    side = np.sign(y - mean).astype(int)
    starts = np.r_[0, np.flatnonzero(np.diff(side)) + 1]
    lengths = np.diff(np.r_[starts, n])
    run = np.repeat(np.where((side[starts] != 0) & (lengths >= 7), side[starts], 0), lengths)
    # trends of 7 points each above (below) the one before; equal neighbours break a trend; a
    # turning point takes the later trend's direction
    step = np.sign(np.diff(y)).astype(int)
    trend = np.zeros(n, dtype=int)
    if n > 1:
        s_starts = np.r_[0, np.flatnonzero(np.diff(step)) + 1]
        s_lengths = np.diff(np.r_[s_starts, n - 1])
        for s, length in zip(s_starts, s_lengths):
            if step[s] != 0 and length + 1 >= 7:
                trend[s:s + length + 1] = step[s]
    # two of three beyond two sigma, all three on one side
    beyond = np.where(y > u2, 1, np.where(y < l2, -1, 0))
    two = np.zeros(n, dtype=int)
    if n >= 3:
        s0, s1, s2 = side[:-2], side[1:-1], side[2:]
        same = (s0 != 0) & (s0 == s1) & (s1 == s2)
        hits = [beyond[k:n - 2 + k] == s0 for k in range(3)]
        window = same & ((hits[0].astype(int) + hits[1] + hits[2]) >= 2)
        for k in range(3):
            flagged = np.flatnonzero(window & hits[k]) + k
            two[flagged] = s0[flagged - k]
    directions = [outside[-1], trend[-1], two[-1], run[-1]]
    first = next((d for d in directions if d != 0), 0)
    if first == 0:
        variation = "common cause"
    elif better == 0:
        variation = "special cause (high)" if first > 0 else "special cause (low)"
    else:
        variation = "improvement" if better in directions else "concern"
    assurance = ""
    if target is not None and better != 0:
        if target > ul:
            assurance = "consistently missed" if better > 0 else "consistently met"
        elif target < ll:
            assurance = "consistently met" if better > 0 else "consistently missed"
        else:
            assurance = "hit and miss"
    return {"variation": variation, "assurance": assurance}


def trajectory(ind: dict, strategy: dict, first_day: dt.date, first_value: float):
    target = number(ind["target"]["value"]) if isinstance(ind.get("target"), dict) else None
    milestones = [(as_date(m.get("date")), number(m.get("value"))) for m in ind.get("targets", [])]
    milestones = [(d, v) for d, v in milestones if d is not None and v is not None]
    if target is None and not milestones:
        return None
    start = None
    base = ind.get("baseline") if isinstance(ind.get("baseline"), dict) else None
    if base is not None and number(base.get("value")) is not None:
        day = as_date(base.get("date")) or as_date(strategy.get("start")) or first_day
        start = (day, number(base.get("value")))
    line = [start or (first_day, first_value)]
    for day, value in milestones:
        if day > line[-1][0]:
            line.append((day, value))
    if target is not None:
        day = as_date(ind["target"].get("date")) or as_date(strategy.get("end"))
        if day is not None and day > line[-1][0]:
            line.append((day, target))
        if day is None and len(line) > 1:
            line[-1] = (line[-1][0], target)
    return line if len(line) > 1 else None


def expected_at(line, day: dt.date) -> float:
    if day <= line[0][0]:
        return line[0][1]
    if day >= line[-1][0]:
        return line[-1][1]
    for (d0, v0), (d1, v1) in zip(line, line[1:]):
        if d1 >= day:
            return v0 + (v1 - v0) * ((day - d0).days / (d1 - d0).days)
    return line[-1][1]


def judge(df: pd.DataFrame, indicators: dict, strategy: dict, as_of: dt.date) -> pd.DataFrame:
    df = df[df["last"] <= pd.Timestamp(as_of)]
    whole = df
    for column in ("area", "group"):
        if column in df:
            whole = whole[whole[column].isna()]
    whole = whole.sort_values(["indicator", "first"], kind="stable")
    groups = {k: g for k, g in whole.groupby("indicator", sort=False)}
    out = []
    for ident, ind in indicators.items():
        row = {"indicator": ident, "status": "no data", "method": "none", "trajectory": "", "expected": "",
               "variation": "", "assurance": "", "points": 0}
        g = groups.get(ident)
        if g is not None and len(g):
            y = g["value_num"].to_numpy(dtype=float)
            last_day = g["last"].iloc[-1].date()
            row["points"] = len(y)
            direction = {"increase": 1, "decrease": -1}.get(ind.get("direction", ""), 0)
            line = trajectory(ind, strategy, g["last"].iloc[0].date(), y[0])
            better, target_now = direction, None
            if line is not None:
                better = direction or (-1 if line[-1][1] < line[0][1] else 1)
                expected = expected_at(line, last_day)
                target_now = expected
                shortfall = better * (expected - y[-1])
                if better * (line[-1][1] - y[-1]) <= 0:
                    verdict = "achieved"
                elif shortfall <= float(ind.get("tolerance", 0)) + 1e-9 * max(1.0, abs(expected)):
                    verdict = "on track"
                elif better * (y[-1] - line[0][1]) > 0:
                    verdict = "behind"
                else:
                    verdict = "off track"
                row.update(status=verdict, method="trajectory", trajectory=verdict, expected=f"{expected:.2f}")
            if len(y) >= 12:
                chart = xmr(y, better, target_now)
                row.update(variation=chart["variation"], assurance=chart["assurance"])
                if line is None:
                    row.update(status={"common cause": "not moving", "improvement": "improving",
                                       "concern": "concern"}.get(chart["variation"], "special cause"),
                               method="XmR")
            elif line is None:
                row.update(status="not judged", method="latest value")
        out.append(row)
    return pd.DataFrame(out).sort_values("indicator")


def main() -> int:
    ap = argparse.ArgumentParser(description="Validate and judge a model's measurements with pandas.")
    ap.add_argument("model", type=Path)
    ap.add_argument("--as-of", required=True, type=dt.date.fromisoformat)
    ap.add_argument("-o", "--output", required=True, help="the statuses as CSV")
    args = ap.parse_args()
    strategy, indicators = load_model(args.model)
    files = [args.model.parent / p for p in strategy.get("measurements", [])]
    frames = [pd.read_csv(f, dtype=str, keep_default_na=False, na_values=[""], encoding="utf-8-sig",
                          skipinitialspace=True) for f in files]
    df = pd.concat(frames, ignore_index=True)
    df.columns = [c.strip().lower() for c in df.columns]
    missing = [c for c in ("indicator", "period", "value") if c not in df]
    if missing:
        print(f"missing columns: {missing}", file=sys.stderr)
        return 1
    good, rejected = validate(df, indicators, strategy)
    statuses = judge(good, indicators, strategy, args.as_of)
    statuses.to_csv(args.output, index=False)
    counts = statuses["status"].value_counts().to_dict()
    print(json.dumps({"rows": len(df), "rejected": rejected, "indicators": len(statuses), "statuses": counts}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
