"""Cheap tests before expensive patterns: most sentences hold none of the words a rule needs."""
from __future__ import annotations

import re


def hint_pattern(*hints: str) -> re.Pattern:
    """One pattern for a set of plain substrings (of lower-cased text, when the hints are lower case): one
    scan instead of one ``in`` test per substring. Made once at import, so the hot path only searches."""
    return re.compile("|".join(re.escape(hint) for hint in hints))
