"""``callredact query DIR "SQL"`` over the analytics Parquet."""

import argparse
import csv
import io
import json

import pytest

from pipeline.query import add_query_arguments, run_query
from tests.pipeline.test_analytics import MIXED, make_policy, run_analytics
from tests.pipeline.test_anonym_fakes import pii_heavy_calls

N_CALLS = 7


@pytest.fixture(scope="module")
def output_dir(tmp_path_factory):
    out = tmp_path_factory.mktemp("run")
    planted = pii_heavy_calls(N_CALLS)
    run_analytics(out, make_policy(MIXED), planted, planted.manifest, num_shards=3)
    return out


def query(output_dir, sql, *options):
    parser = argparse.ArgumentParser()
    add_query_arguments(parser)
    out, err = io.StringIO(), io.StringIO()
    code = run_query(parser.parse_args([str(output_dir), sql, *options]), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def test_count_of_calls_is_the_number_of_input_calls(output_dir):
    code, out, _ = query(output_dir, "select count(*) as n from calls", "--format", "json")
    assert code == 0 and json.loads(out) == [{"n": N_CALLS}]


def test_table_output_is_aligned_with_a_row_count(output_dir):
    code, out, _ = query(output_dir, "select count(*) as n from calls")
    lines = out.splitlines()
    assert code == 0
    assert lines[0].strip() == "n" and set(lines[1]) == {"-"}
    assert lines[2].strip() == str(N_CALLS) and lines[-1] == "(1 row)"


def test_csv_output_and_joins_between_the_views(output_dir):
    sql = (
        "select c.queue, count(*) as spans, sum(e.entity_type = 'CREDIT_CARD') as cards "
        "from entities e join calls c using (call_id) group by 1 order by 1"
    )
    code, out, _ = query(output_dir, sql, "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert code == 0 and [r["queue"] for r in rows] == ["billing", "support"]
    assert sum(int(r["spans"]) for r in rows) == N_CALLS * 10
    assert sum(int(r["cards"]) for r in rows) == N_CALLS * 2


def test_maps_and_timestamps_render_as_json(output_dir):
    sql = (
        "select entity_counts['CREDIT_CARD'] as cards, entity_counts, start_time "
        "from calls order by call_id limit 1"
    )
    code, out, _ = query(output_dir, sql, "--format", "json")
    (row,) = json.loads(out)
    assert code == 0 and row["cards"] == 2 and row["entity_counts"]["PERSON"] == 3


def test_bad_sql_is_one_line_and_exit_1(output_dir):
    code, out, err = query(output_dir, "select nope from calls")
    assert code == 1 and out == ""
    assert err.startswith("callredact: error: SQL failed:") and err.count("\n") == 1


def test_a_folder_without_analytics_says_what_to_do(tmp_path):
    code, _, err = query(tmp_path, "select 1")
    assert code == 1 and "run redact-text with --output" in err
