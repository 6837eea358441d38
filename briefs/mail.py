"""The email form of the brief: a real MIME message, written as ``brief.eml``.

Structure::

    multipart/mixed
      multipart/alternative
        text/plain                (its own template)
        multipart/related
          text/html               (CSS inlined; charts as <img src="cid:...">)
          image/png ...           (one per chart, Content-ID)
      application/pdf             (when attach_pdf)
"""
from __future__ import annotations

import hashlib
from datetime import datetime
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime

from briefs.brief import Brief
from briefs.charts import Chart
from briefs.edition import Edition
from briefs.errors import RenderError


def inline_css(html: str) -> str:
    """The page with its CSS moved into style attributes, as mail clients need; media queries stay
    in a style tag for the clients that read them. Nothing remote is fetched."""
    import css_inline

    inliner = css_inline.CSSInliner(keep_at_rules=True, load_remote_stylesheets=False)
    return inliner.inline(html)


def _header(value: str, name: str) -> str:
    if "\n" in value or "\r" in value:
        raise RenderError(f"email header {name} contains a line break; refusing to build the message")
    return value


def subject(brief: Brief) -> str:
    """The subject line: title, date and the headline's lead figure, in the brief's language:
    "Market Brief 2025-09-16: Shanghai Composite Index +0.04%, robotics & machinery led"."""
    edition = Edition.of(brief.language)
    lead = brief.headline.get("lead", "")
    if not lead:
        return edition.gettext("%(title)s %(date)s") % {"title": brief.title, "date": brief.date}
    return edition.gettext("%(title)s %(date)s: %(lead)s") % {"title": brief.title, "date": brief.date, "lead": lead}


def compose(brief: Brief, html: str, text: str, charts: list[Chart], *, sender: str, recipients: list[str],
            sent: datetime, pdf: bytes | None = None, unsubscribe: str = "") -> EmailMessage:
    """Build the message. ``sent`` is the build time, so the same inputs give the same message.
    ``unsubscribe`` (a mailto: or https: address) becomes the List-Unsubscribe header."""
    message = EmailMessage(policy=SMTP)
    message["Subject"] = _header(subject(brief), "Subject")
    message["From"] = _header(sender, "From")
    message["To"] = _header(", ".join(recipients) if recipients else "undisclosed-recipients:;", "To")
    message["Date"] = format_datetime(sent)
    if unsubscribe:
        message["List-Unsubscribe"] = _header(f"<{unsubscribe}>", "List-Unsubscribe")
    # ids and boundaries derive from the content, so the same brief gives the same bytes
    digest = hashlib.sha256((html + text).encode("utf-8")).hexdigest()
    domain = sender.rpartition("@")[2] or "briefs.localhost"
    message["Message-ID"] = f"<brief-{brief.market}-{brief.date}-{digest[:16]}@{domain}>"
    message.set_content(text, subtype="plain", charset="utf-8")
    message.add_alternative(html, subtype="html", charset="utf-8")
    html_part = message.get_payload()[1]
    for chart in charts:
        html_part.add_related(chart.png, maintype="image", subtype="png", cid=f"<chart-{chart.name}@briefs>",
                              filename=f"chart-{chart.name}.png")
    if pdf is not None:
        message.add_attachment(pdf, maintype="application", subtype="pdf",
                               filename=f"brief-{brief.date}.pdf")
    for number, part in enumerate(message.walk()):
        if part.is_multipart():
            part.set_boundary(f"=_briefs_{digest[16:32]}_{number}")
    return message
