#!/bin/sh
# Extract the messages (briefs.pot), merge them into every catalog and compile the catalogs.
# Run from the repository root by `make messages`; review the .po diffs and translate what is new.
set -e
BIN=${BIN:-.venv/bin}
$BIN/pybabel extract -F briefs/locale/babel.cfg -k count:2,3 -k plural_text:1,2 -k N_plural:1,2 \
    --no-location --sort-output --project briefs -o briefs/locale/briefs.pot .
for catalog in briefs/locale/*/LC_MESSAGES/briefs.po; do
    $BIN/pybabel update --no-fuzzy-matching -i briefs/locale/briefs.pot -D briefs -o "$catalog" \
        -l "$(basename "$(dirname "$(dirname "$catalog")")")"
done
$BIN/pybabel compile --statistics -D briefs -d briefs/locale
