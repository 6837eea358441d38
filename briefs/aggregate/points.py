"""The front page's key points: three to five lines in the desk's words, each built from stated figures.

A point is a frame from the catalog ("Indices: %(list)s.") filled with figures exactly as stated
(``wording.said_move``: a bound stays a bound, an intraday figure says so) and carries the
evidence ids of every figure it names, so each line keeps its footnotes. Nothing is computed:
no averages, no sums, no figure an article did not state.
"""
from __future__ import annotations

from briefs.edition import N_, Edition
from briefs.wording import bound_of, moment, said_figure

STATED_CLOSE = ("close", "", "limit_up", "limit_down")
INDICES_SHOWN = 3
SECTORS_SHOWN = 3
MOVERS_SHOWN = 4
ELSEWHERE_SHOWN = 4
BOUND_WORDS = {"at_least": N_("at least %(what)s"), "about": N_("about %(what)s"), "at_most": N_("at most %(what)s")}


class _Point:
    """One line being written: its phrases and the evidence ids they cite."""

    def __init__(self, edition: Edition):
        self.edition = edition
        self.phrases: list[str] = []
        self.evidence: list[str] = []

    def move(self, entry: dict, fig: dict) -> str:
        self.evidence.append(fig["evidence"])
        return self.edition.gettext("%(name)s %(move)s") % {
            "name": self.edition.name(entry), "move": said_figure(fig, self.edition)}

    def cite(self, fig: dict) -> None:
        self.evidence.append(fig["evidence"])

    def done(self, frame: str) -> dict | None:
        if not self.phrases:
            return None
        _ = self.edition.gettext
        return {"text": _(frame) % {"list": _("; ").join(self.phrases)},
                "evidence": list(dict.fromkeys(self.evidence))}


def _indices(indices: list[dict], market: str, edition: Edition) -> dict | None:
    point = _Point(edition)
    home = [i for i in indices if i["market"] == market and i.get("pct_change")
            and i["pct_change"]["qualifier"] in STATED_CLOSE][:INDICES_SHOWN]
    for position, index in enumerate(home):
        phrase = point.move(index, index["pct_change"])
        level = index.get("level")
        if position == 0 and level and level["qualifier"] in STATED_CLOSE:
            point.cite(level)
            phrase = edition.gettext("%(move)s at %(level)s") % {"move": phrase, "level": edition.number(level["value"])}
        point.phrases.append(phrase)
    return point.done(N_("Indices: %(list)s."))


def leading_and_lagging(sectors: list[dict], shown: int = SECTORS_SHOWN) -> tuple[list[dict], list[dict]]:
    """The sectors with the largest stated gains (largest first) and losses (largest first); the key
    points and the front page's table show the same ones."""
    stated = [s for s in sectors if s.get("figure")]
    leading = sorted((s for s in stated if s["move"] > 0), key=lambda s: -s["move"])[:shown]
    lagging = sorted((s for s in stated if s["move"] < 0), key=lambda s: s["move"])[:shown]
    return leading, lagging


def largest_movers(movers: dict, shown: int = MOVERS_SHOWN) -> list[dict]:
    """The ETFs and stocks with the largest stated moves, either way, largest first."""
    ranked = [i for group in ("stocks", "etfs") for side in ("up", "down") for i in movers.get(group, {}).get(side, [])]
    return sorted(ranked, key=lambda i: (-abs(i["pct_change"]["value"]), i["code"]))[:shown]


def _sectors(sectors: list[dict], edition: Edition) -> dict | None:
    _ = edition.gettext
    point = _Point(edition)
    leading, lagging = leading_and_lagging(sectors)
    if leading:
        point.phrases.append(_(", ").join(point.move(s, s["figure"]) for s in leading))
    said = [s for s in sectors if s.get("leader") and s not in leading + lagging]
    for sector in said[:1]:
        point.cite(sector["leader"])
        led = _("%(sector)s led") if sector["leader"]["direction"] == "up" else _("%(sector)s led losses")
        point.phrases.append(led % {"sector": edition.name(sector)})
    if lagging:
        point.phrases.append(_("lagging: %(list)s") % {
            "list": _(", ").join(point.move(s, s["figure"]) for s in lagging)})
    return point.done(N_("Sectors: %(list)s."))


def _movers(movers: dict, edition: Edition) -> dict | None:
    point = _Point(edition)
    chosen = largest_movers(movers)
    codes = {i["code"] for i in chosen}
    chosen += [i for i in movers.get("limit_up", []) + movers.get("limit_down", []) if i["code"] not in codes]
    if chosen:
        point.phrases.append(edition.gettext(", ").join(point.move(i, i["pct_change"]) for i in chosen))
    return point.done(N_("Movers: %(list)s."))


def _market(flows: list[dict], edition: Edition) -> dict | None:
    _ = edition.gettext
    point = _Point(edition)
    wide = [f for f in flows if f["kind"] == "market"]
    for flow in wide:
        amount = edition.quantity(abs(flow["value"]) if flow["metric"] in ("turnover_change", "net_inflow")
                                  else flow["value"], flow["unit"])
        if bound_of(flow["qualifier"]):  # "intraday:at_least": the bound here, the moment after the phrase
            amount = edition.label(BOUND_WORDS, bound_of(flow["qualifier"])) % {"what": amount}
        if flow["metric"] == "turnover" and not str(flow.get("code") or "").endswith(".MARKET"):
            # "沪市成交额6123.5亿元": one exchange's or board's turnover says whose, beside the market's own
            phrase = _("%(name)s turnover %(amount)s") % {"name": edition.name(flow), "amount": amount}
        elif flow["metric"] == "turnover":
            phrase = _("turnover %(amount)s") % {"amount": amount}
        elif flow["metric"] == "turnover_change":
            phrase = (_("%(amount)s more than the previous day") if flow["value"] > 0
                      else _("%(amount)s less than the previous day")) % {"amount": amount}
        elif flow["metric"] == "net_inflow":
            phrase = (_("%(name)s net inflow %(amount)s") if flow["value"] >= 0
                      else _("%(name)s net outflow %(amount)s")) % {"name": edition.name(flow), "amount": amount}
        elif flow["metric"] == "count":
            phrase = amount
        else:
            continue
        when = moment(flow["qualifier"], edition)  # "半日成交额": a half-day turnover says so, as a move does
        if when:
            phrase += f"（{when}）" if edition.chinese else f" ({when})"
        point.cite(flow)
        point.phrases.append(phrase)
    return point.done(N_("Turnover and breadth: %(list)s."))


def _elsewhere(indices: list[dict], market: str, edition: Edition) -> dict | None:
    point = _Point(edition)
    away = [i for i in indices if i["market"] != market and i.get("pct_change")][:ELSEWHERE_SHOWN]
    for index in away:
        phrase = point.move(index, index["pct_change"])
        # (once: a move the text itself dated to the session before already says so)
        said = str(index["pct_change"].get("qualifier", "")).startswith("previous_session")
        if index.get("session") == "previous" and not said:
            phrase += ("" if edition.chinese else " ") + edition.paren(edition.gettext("previous session"))
        point.phrases.append(phrase)
    return point.done(N_("Elsewhere: %(list)s."))


def key_points(indices: list[dict], sectors: list[dict], movers: dict, flows: list[dict], market: str,
               edition: Edition) -> list[dict]:
    """The front page's lines, each ``{"text", "evidence": [ids]}``: the edition market's index closes,
    its leading and lagging sectors, the largest movers, turnover and breadth, and other markets."""
    points = [_indices(indices, market, edition), _sectors(sectors, edition), _movers(movers, edition),
              _market(flows, edition), _elsewhere(indices, market, edition)]
    return [p for p in points if p]
