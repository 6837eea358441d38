"""The places market reports name, and the market each one means.

"Australia's S&P/ASX 200", "In India, the Sensex", "Toyota fell 2.1% in Tokyo", "the Kospi in Seoul": a place
says where a name trades. One vocabulary serves the readers that ask (which market an unknown name trades in,
whether a known company's move was on a listing the reference lacks, where a name's words end).
"""
from __future__ import annotations

# the market a place means, by its lower-case spelling
PLACE_MARKETS = {"japan": "jp", "tokyo": "jp", "south korea": "kr", "seoul": "kr", "australia": "au", "sydney": "au",
                 "india": "in", "mumbai": "in", "taiwan": "tw", "taipei": "tw", "hong kong": "hk",
                 "mainland china": "cn", "shanghai": "cn", "shenzhen": "cn", "new york": "us", "the us": "us",
                 "the u.s.": "us", "the united states": "us", "日本": "jp", "东京": "jp", "東京": "jp", "韩国": "kr",
                 "韓國": "kr", "澳大利亚": "au", "澳洲": "au", "印度": "in", "台湾": "tw", "台灣": "tw"}
# the places above as a pattern's alternatives, in English and in Chinese
PLACE = r"Japan|Tokyo|South Korea|Seoul|Australia|Sydney|India|Mumbai|Taiwan|Taipei|Hong Kong|mainland China|" \
        r"Shanghai|Shenzhen|New York|the (?:US|U\.S\.|United States)"
PLACE_ZH = r"日本|东京|東京|韩国|韓國|澳大利亚|澳洲|印度|台湾|台灣"
# cities of exchanges whose listings the reference does not hold ("TSMC jumped 4.2% in Taipei")
CITIES_ELSEWHERE = r"Taipei|Taiwan|Tokyo|Seoul|London|Frankfurt|Paris|Amsterdam|Zurich|Sydney|Mumbai|Singapore|Toronto"
# every city a name may be said to trade in, right after it ("the Kospi in Seoul")
TRADING_CITIES = rf"{CITIES_ELSEWHERE}|Hong Kong|Shanghai|Shenzhen|New York"
