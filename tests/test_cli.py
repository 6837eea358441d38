"""The command line: help for every command, configuration and its errors."""
from __future__ import annotations

import json

import click
import pytest
from click.testing import CliRunner

from briefs.cli import main
from briefs.config import load_config
from briefs.errors import ConfigError


def _commands(group: click.Group, prefix=()):
    for name, command in group.commands.items():
        yield (*prefix, name), command
        if isinstance(command, click.Group):
            yield from _commands(command, (*prefix, name))


def test_main_help_lists_commands():
    result = CliRunner().invoke(main, ["--help"])
    assert result.exit_code == 0
    assert "build" in result.output and "Every figure" in result.output


@pytest.mark.parametrize("path", [p for p, _ in _commands(main)], ids=lambda p: " ".join(p))
def test_every_command_has_help(path):
    result = CliRunner().invoke(main, [*path, "--help"])
    assert result.exit_code == 0
    command = dict(_commands(main))[path]
    assert command.help and len(command.help) > 40
    for param in command.params:
        if isinstance(param, click.Option) and param.name != "help":
            assert param.help, f"{' '.join(path)} {param.opts[0]} has no help"


def test_every_command_is_in_the_readme():
    from tests.conftest import ROOT

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for path, _ in _commands(main):
        assert f"briefs {' '.join(path)}" in readme


def test_config_reports_every_error_at_once(tmp_path):
    config = tmp_path / "briefs.toml"
    config.write_text('market = "mars"\nformats = ["html", "docx"]\ncolour = "red"\n[email]\nto = ["not-an-address"]\n')
    with pytest.raises(ConfigError) as caught:
        load_config(config, env={})
    message = caught.value.message
    for key in ("market", "formats", "colour", "email.to"):
        assert f"{key}:" in message, message


def test_environment_and_flags_override_in_order(tmp_path):
    config = tmp_path / "briefs.toml"
    config.write_text('title = "From file"\nmarket = "hk"\nout = "file-out"\n')
    loaded = load_config(config, env={"BRIEFS_TITLE": "From env", "BRIEFS_OUT": "env-out"},
                         flags={"out": "flag-out"})
    assert (loaded.title, loaded.market, str(loaded.out)) == ("From env", "hk", "flag-out")
    assert str(loaded.tz) == "Asia/Hong_Kong"


def test_bad_environment_value_names_the_variable():
    with pytest.raises(ConfigError) as caught:
        load_config(None, env={"BRIEFS_STRICT": "perhaps", "BRIEFS_TIMEZONE": "Mars/Olympus"})
    assert "BRIEFS_STRICT" in caught.value.message and "BRIEFS_TIMEZONE" in caught.value.message


def test_config_error_exit_code_and_one_clear_message(tmp_path, sample_env):
    config = tmp_path / "briefs.toml"
    config.write_text('market = "mars"\n')
    result = CliRunner().invoke(main, ["build", "--config", str(config), "--out", str(tmp_path / "o")])
    assert result.exit_code == 2
    assert "market: must be one of cn, hk, us" in result.output
    assert "Traceback" not in result.output


def test_inputs_from_config_with_date_placeholder(tmp_path, sample_env):
    feed = tmp_path / "feeds" / "2025-09-16"
    feed.mkdir(parents=True)
    record = {"title": "沪指收涨0.04%", "outlet": "测试", "published": "2025-09-16 15:00",
              "body": "9月16日，沪指收涨0.04%，深证成指涨0.45%。"}
    (feed / "a.jsonl").write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    config = tmp_path / "briefs.toml"
    config.write_text(f'inputs = ["{tmp_path}/feeds/{{date}}/*.jsonl"]\nformats = ["json"]\n')
    result = CliRunner().invoke(main, ["build", "--config", str(config), "--date", "2025-09-16",
                                       "--out", str(tmp_path / "o")])
    assert result.exit_code == 0, result.output
    brief = json.loads((tmp_path / "o" / "2025-09-16" / "brief.json").read_text(encoding="utf-8"))
    assert [(i["code"], i["pct_change"]["value"]) for i in brief["indices"]] == [("000001.SH", 0.04),
                                                                                  ("399001.SZ", 0.45)]


def test_missing_input_is_a_clear_error(tmp_path, sample_env):
    result = CliRunner().invoke(main, ["build", "--input", str(tmp_path / "nothing-*.jsonl"),
                                       "--out", str(tmp_path / "o"), "--date", "2025-09-16"])
    assert result.exit_code == 3
    assert "no input file matches" in result.output


def test_day_without_valid_articles_is_an_error_not_an_empty_brief(tmp_path, sample_env, expect_warnings):
    expect_warnings("record has no body")
    (tmp_path / "a.jsonl").write_text('{"title": "no body here"}\n', encoding="utf-8")
    result = CliRunner().invoke(main, ["build", "--input", str(tmp_path / "a.jsonl"), "--date", "2025-09-16",
                                       "--out", str(tmp_path / "o")])
    assert result.exit_code == 3
    assert "no valid article" in result.output
    assert not (tmp_path / "o" / "2025-09-16").exists()


def test_strict_turns_a_warning_into_failure_and_writes_nothing(tmp_path, sample_env, expect_warnings):
    expect_warnings("malformed JSON")
    good = {"title": "t", "published": "2025-09-16 15:00", "body": "沪指收涨0.04%。"}
    (tmp_path / "a.jsonl").write_text(json.dumps(good, ensure_ascii=False) + "\n{broken\n", encoding="utf-8")
    args = ["build", "--input", str(tmp_path / "a.jsonl"), "--date", "2025-09-16", "--format", "json"]
    lenient = CliRunner().invoke(main, [*args, "--out", str(tmp_path / "lenient")])
    assert lenient.exit_code == 0
    assert f"{tmp_path / 'a.jsonl'}:2: malformed JSON" in lenient.stderr
    strict = CliRunner().invoke(main, [*args, "--out", str(tmp_path / "strict"), "--strict"])
    assert strict.exit_code == 1
    assert not (tmp_path / "strict" / "2025-09-16").exists()
