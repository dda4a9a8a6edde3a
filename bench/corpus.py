#!/usr/bin/env python3
"""Writes a deterministic, valid buurtgids site of N entries for benchmarks.

    python3 bench/corpus.py --entries 10000 --out /tmp/corpus-10k [--seed 1] [--words 120] [--photos 0]

The same seed and size give the same files. The site has 36 areas (wijken and kernen with
postcodes) and entries of every kind in realistic proportions, with Dutch titles, B1
summaries, bodies of about --words words, schedules of every form, costs, audiences,
categories, accessibility facts and references between entries. `buurtgids check` accepts
it without errors.
"""

import argparse
import bisect
import os
import random
import re
import shutil
import subprocess

TODAY = "2026-11-23"

AREA_NAMES = [
    "Centrum", "Noord", "Zuid", "Oost", "West", "De Akkers", "Bloemenbuurt", "Havenkwartier",
    "Heikamp", "Oudeweer", "De Meent", "Kloosterveld", "Molenwijk", "Vogelbuurt", "Rivierenbuurt",
    "Schildersbuurt", "Stationskwartier", "Het Broek", "Hoogland", "Laagveld", "Nieuwe Haven",
    "Oude Haven", "Kerkdorp", "Veldhoven-Noord", "Beekdal", "Zandberg", "Ekkersrijt", "Donkhorst",
    "Geffen", "Hedel", "Nuland", "Vinkel", "Rosmalen-Oost", "Maliskamp", "Empel", "Orthen",
]

# Word pools for titles and text, Dutch, as a sociale kaart writes.
ACTIVITY_WORDS = [
    "koffieochtend", "taalcafé", "repair café", "wandelgroep", "breicafé", "kookclub",
    "eettafel", "stoelyoga", "sjoelclub", "biljartmiddag", "computerles", "digicafé",
    "dementiecafé", "mantelzorgcafé", "zangkoor", "fietsgroep", "moestuinclub", "kledingruil",
    "spelletjesmiddag", "jongerenavond", "kinderclub", "huiswerkklas", "valpreventietraining",
    "seniorenzwemmen", "buurtlunch", "soepmiddag", "kerststukjes maken", "schilderclub",
    "leesclub", "rummikubmiddag", "bingoavond", "buurtmaaltijd", "voorleesuurtje",
]
SERVICE_WORDS = [
    "formulierenhulp", "schuldhulp", "inloop sociaal wijkteam", "ouderenadvies",
    "belastingaangifte", "juridisch spreekuur", "klussendienst", "maaltijdservice",
    "boodschappenhulp", "vervoersdienst", "mantelzorgondersteuning", "thuisadministratie",
    "budgetcoaching", "opvoedingsspreekuur", "woonadvies", "energiecoach",
]
PLACE_WORDS = ["Buurthuis", "Wijkcentrum", "Dorpshuis", "Ontmoetingsplek", "Bibliotheek", "Buurtkamer"]
PLACE_NAMES = ["De Linde", "'t Anker", "De Klaproos", "De Meent", "Het Heike", "De Akker",
               "De Vlinder", "De Eik", "Het Baken", "De Brug", "De Hoeksteen", "Het Kruispunt"]
ROLES = ["Preventiewerker", "Buurtverbinder", "Wijkondersteuner", "Ouderenadviseur",
         "Jongerenwerker", "Mantelzorgconsulent", "Opbouwwerker"]
FIRST = ["Anna", "Bram", "Fatima", "Kees", "Marloes", "Mohamed", "Ingrid", "Petra", "Sander",
         "Yusuf", "Els", "Jeroen", "Sanne", "Ahmed", "Lotte", "Willem", "Noor", "Ruud"]
LAST = ["de Wit", "Jansen", "El Amrani", "van Dijk", "Smit", "Hendriks", "Bakker", "Visser",
        "de Boer", "Mulder", "Yilmaz", "Peters", "van den Berg", "Dekker", "Kaya", "Bos"]
VOLUNTEER_WORDS = ["Gastvrouw of gastheer", "Chauffeur", "Maatje", "Taalmaatje",
                   "Reparateur", "Kok", "Begeleider", "Voorlezer", "Tuinier", "Bezoekvrijwilliger",
                   "Klusser", "Computerhulp", "Coördinator"]
SENTENCES = [
    "Iedereen is welkom, u hoeft zich niet aan te melden.",
    "Kom gezellig langs voor een kop koffie of thee.",
    "Vrijwilligers helpen u graag verder.",
    "De ingang is zonder drempel en er is een invalidentoilet.",
    "Neem gerust een buurvrouw of buurman mee.",
    "U kunt ook bellen als u een vraag heeft.",
    "Mantelzorgers kunnen hier even op adem komen.",
    "In de schoolvakanties zijn er soms andere tijden.",
    "Er is een lift naar de eerste verdieping.",
    "Wij werken samen met de bibliotheek en het sociaal wijkteam.",
    "Heeft u hulp nodig bij het invullen van formulieren? Vraag het ons.",
    "Samen eten is gezelliger dan alleen.",
    "De wandelingen zijn rustig en niet te lang.",
    "Kinderen mogen meekomen, er is speelgoed.",
    "We zoeken nog vrijwilligers die willen helpen.",
    "Alles wat u vertelt blijft tussen ons.",
    "Na afloop drinken we samen nog iets.",
    "Het buurthuis is goed te bereiken met de bus.",
    "Voor ouderen die slecht ter been zijn is er vervoer.",
    "Nieuwkomers kunnen hier Nederlands oefenen in een gezellige groep.",
]
# A Dutch vocabulary for body text, so that the search index sees what a real directory
# has: a few words in nearly every entry, most words in few, and many compounds. Nouns
# with their plural; compounds are made from them (with a linking -s- or -en- where Dutch
# puts one) and drawn with Zipf frequencies, as words are in real text.
NOUNS = [
    ("buurt", "buurten"), ("huis", "huizen"), ("wijk", "wijken"), ("koffie", "koffies"),
    ("ochtend", "ochtenden"), ("middag", "middagen"), ("avond", "avonden"), ("week", "weken"),
    ("groep", "groepen"), ("club", "clubs"), ("tuin", "tuinen"), ("school", "scholen"),
    ("kind", "kinderen"), ("ouder", "ouders"), ("zorg", "zorgen"), ("hulp", "hulpen"),
    ("vraag", "vragen"), ("taal", "talen"), ("les", "lessen"), ("boek", "boeken"),
    ("maaltijd", "maaltijden"), ("soep", "soepen"), ("fiets", "fietsen"), ("wandeling", "wandelingen"),
    ("vrijwilliger", "vrijwilligers"), ("werk", "werken"), ("dienst", "diensten"), ("team", "teams"),
    ("geld", "gelden"), ("schuld", "schulden"), ("brief", "brieven"), ("formulier", "formulieren"),
    ("computer", "computers"), ("telefoon", "telefoons"), ("bus", "bussen"), ("auto", "auto's"),
    ("kerk", "kerken"), ("markt", "markten"), ("plein", "pleinen"), ("park", "parken"),
    ("straat", "straten"), ("dorp", "dorpen"), ("stad", "steden"), ("kamer", "kamers"),
    ("keuken", "keukens"), ("tafel", "tafels"), ("stoel", "stoelen"), ("spel", "spellen"),
    ("muziek", "muzieken"), ("lied", "liederen"), ("koor", "koren"), ("dans", "dansen"),
    ("sport", "sporten"), ("zwembad", "zwembaden"), ("gezondheid", "gezondheden"), ("dokter", "dokters"),
    ("apotheek", "apotheken"), ("zuster", "zusters"), ("familie", "families"), ("vriend", "vrienden"),
    ("buurman", "buurmannen"), ("buurvrouw", "buurvrouwen"), ("jongere", "jongeren"), ("oudere", "ouderen"),
    ("senior", "senioren"), ("mantelzorger", "mantelzorgers"), ("nieuwkomer", "nieuwkomers"), ("gezin", "gezinnen"),
    ("baby", "baby's"), ("peuter", "peuters"), ("moeder", "moeders"), ("vader", "vaders"),
    ("advies", "adviezen"), ("gesprek", "gesprekken"), ("bezoek", "bezoeken"), ("uitje", "uitjes"),
    ("reis", "reizen"), ("feest", "feesten"), ("markt", "markten"), ("winkel", "winkels"),
    ("kleding", "kledingen"), ("voedsel", "voedsels"), ("bank", "banken"), ("pakket", "pakketten"),
    ("energie", "energieen"), ("woning", "woningen"), ("huur", "huren"), ("toeslag", "toeslagen"),
    ("belasting", "belastingen"), ("aangifte", "aangiftes"), ("uitkering", "uitkeringen"), ("pensioen", "pensioenen"),
    ("rijbewijs", "rijbewijzen"), ("paspoort", "paspoorten"), ("gemeente", "gemeenten"), ("loket", "loketten"),
    ("spreekuur", "spreekuren"), ("inloop", "inlopen"), ("kantoor", "kantoren"), ("bibliotheek", "bibliotheken"),
    ("lezing", "lezingen"), ("cursus", "cursussen"), ("training", "trainingen"), ("workshop", "workshops"),
    ("schilder", "schilders"), ("hout", "houten"), ("klus", "klussen"), ("reparatie", "reparaties"),
    ("naaimachine", "naaimachines"), ("brei", "breien"), ("wol", "wollen"), ("bloem", "bloemen"),
    ("groente", "groenten"), ("fruit", "fruiten"), ("brood", "broden"), ("taart", "taarten"),
    ("thee", "theeen"), ("water", "wateren"), ("wandel", "wandels"), ("natuur", "naturen"),
    ("bos", "bossen"), ("hond", "honden"), ("kat", "katten"), ("dier", "dieren"),
    ("eenzaamheid", "eenzaamheden"), ("rouw", "rouwen"), ("dementie", "dementies"), ("geheugen", "geheugens"),
    ("beweging", "bewegingen"), ("balans", "balansen"), ("val", "vallen"), ("rollator", "rollators"),
    ("rolstoel", "rolstoelen"), ("vervoer", "vervoeren"), ("chauffeur", "chauffeurs"), ("rit", "ritten"),
    ("maatje", "maatjes"), ("coach", "coaches"), ("begeleiding", "begeleidingen"), ("ondersteuning", "ondersteuningen"),
    ("opvoeding", "opvoedingen"), ("huiswerk", "huiswerken"), ("studie", "studies"), ("baan", "banen"),
    ("sollicitatie", "sollicitaties"), ("stage", "stages"), ("vakantie", "vakanties"), ("zomer", "zomers"),
    ("winter", "winters"), ("kerst", "kersten"), ("pasen", "pasens"), ("jaar", "jaren"),
    ("maand", "maanden"), ("dag", "dagen"), ("uur", "uren"), ("moment", "momenten"),
    ("plek", "plekken"), ("ruimte", "ruimtes"), ("zaal", "zalen"), ("podium", "podia"),
    ("film", "films"), ("theater", "theaters"), ("museum", "musea"), ("kunst", "kunsten"),
    ("foto", "foto's"), ("verhaal", "verhalen"), ("krant", "kranten"), ("nieuws", "nieuwsen"),
]
VERBS = [
    ("helpen", "helpt"), ("komen", "komt"), ("drinken", "drinkt"), ("eten", "eet"), ("koken", "kookt"),
    ("wandelen", "wandelt"), ("praten", "praat"), ("leren", "leert"), ("lezen", "leest"), ("spelen", "speelt"),
    ("zingen", "zingt"), ("dansen", "danst"), ("fietsen", "fietst"), ("zwemmen", "zwemt"), ("werken", "werkt"),
    ("ontmoeten", "ontmoet"), ("luisteren", "luistert"), ("invullen", "vult in"), ("aanmelden", "meldt aan"),
    ("ophalen", "haalt op"), ("brengen", "brengt"), ("repareren", "repareert"), ("maken", "maakt"),
    ("organiseren", "organiseert"), ("ondersteunen", "ondersteunt"), ("begeleiden", "begeleidt"),
    ("bezoeken", "bezoekt"), ("vertellen", "vertelt"), ("delen", "deelt"), ("oefenen", "oefent"),
    ("bewegen", "beweegt"), ("tuinieren", "tuiniert"), ("schilderen", "schildert"), ("breien", "breit"),
    ("zoeken", "zoekt"), ("vinden", "vindt"), ("regelen", "regelt"), ("bellen", "belt"), ("mailen", "mailt"),
]
ADJECTIVES = [
    "gezellig", "rustig", "gratis", "klein", "groot", "nieuw", "oud", "warm", "vrolijk", "sportief",
    "creatief", "gezond", "makkelijk", "dichtbij", "toegankelijk", "vertrouwd", "persoonlijk", "open",
    "sociaal", "lokaal", "wekelijks", "maandelijks", "laagdrempelig", "betaalbaar", "samen", "veilig",
]
PREPOSITIONS = ["in", "bij", "met", "voor", "na", "op", "naar", "rond", "tijdens", "zonder"]
TEMPLATES = [
    "De {n} {v3} elke week {p} de {n}.",
    "Wij {vi} graag {p} {np} en {np}.",
    "Er is een {ae} {n} voor {np}.",
    "U kunt {p} de {n} {vi}.",
    "Samen {vi} we {p} het {n}, het is {a}.",
    "Voor {np} is er ook {n} en {n}.",
    "Bij de {n} kunt u {a} {vi} met andere {np}.",
    "Wie {p} de {n} wil {vi}, is {a} welkom.",
]


def adj_e(a):
    if a.endswith(("ig", "isch", "ief")) or a in ("gratis", "samen", "open"):
        return a + ("e" if not a.endswith("ief") else "") if a not in ("gratis", "samen", "open") else a
    return a + "e"


def build_vocabulary(r, size=20000):
    """Nouns in order of frequency: the plain nouns first, then compounds."""
    words = [n for n, _ in NOUNS] + [p for _, p in NOUNS]
    seen = set(words)
    heads = [n for n, _ in NOUNS]
    while len(words) < size:
        a, b = r.choice(heads), r.choice(heads)
        if a == b:
            continue
        link = r.choice(["", "", "", "s", "en"]) if not a.endswith(("s", "e")) else ""
        w = a + link + b
        if w not in seen:
            seen.add(w)
            words.append(w)
    return words


DAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
NTH = ["eerste", "tweede", "derde", "vierde", "laatste"]
CATEGORIES = [("actief", "Actieve vrijwilligers en inwoners"),
              ("voorzieningen", "Preventieve en voorliggende voorzieningen"),
              ("ontmoeten", "Gastvrije ontmoetingsplekken"),
              ("samenwerken", "Samenwerken in de wijk"),
              ("verbinder", "Verbinder in de wijk of kern")]
AUDIENCES = ["iedereen", "ouderen", "jongeren", "kinderen", "mantelzorgers", "nieuwkomers"]


def slug(text):
    out = []
    for c in text.lower().replace("'t ", "t ").replace("é", "e").replace("ö", "o"):
        out.append(c if c.isalnum() and c.isascii() else "-")
    return "-".join(p for p in "".join(out).split("-") if p)


def quote(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


class Corpus:
    def __init__(self, seed, words):
        self.r = random.Random(seed)
        self.words = words
        self.ids = {}
        self.vocabulary = build_vocabulary(random.Random(seed))
        # Zipf: the word of rank k is drawn with weight 1/k.
        weights, total = [], 0.0
        for k in range(len(self.vocabulary)):
            total += 1.0 / (k + 1)
            weights.append(total)
        self.cumulative = weights

    def noun(self):
        x = self.r.random() * self.cumulative[-1]
        return self.vocabulary[bisect.bisect_left(self.cumulative, x)]

    def sentence(self):
        r = self.r
        if r.random() < 0.3:
            return r.choice(SENTENCES)
        t = r.choice(TEMPLATES)
        fill = {"n": self.noun, "np": self.noun, "v3": lambda: r.choice(VERBS)[1],
                "vi": lambda: r.choice(VERBS)[0], "a": lambda: r.choice(ADJECTIVES),
                "ae": lambda: adj_e(r.choice(ADJECTIVES)), "p": lambda: r.choice(PREPOSITIONS)}
        out = re.sub(r"\{(\w+)\}", lambda m: fill[m.group(1)](), t)
        return out[0].upper() + out[1:]

    def unique(self, kind, base):
        n = self.ids.setdefault((kind, base), 0)
        self.ids[(kind, base)] = n + 1
        return base if n == 0 else f"{base}-{n + 1}"

    def body(self):
        out, count = [], 0
        while count < self.words:
            s = self.sentence()
            out.append(s)
            count += len(s.split())
        paragraphs = [" ".join(out[i:i + 5]) for i in range(0, len(out), 5)]
        return "\n\n".join(paragraphs) + "\n"

    def schedule(self):
        r = self.r
        time = r.choice(["09:30-11:00", "10:00-12:00", "13:30-15:30", "14:00-16:00", "19:00-21:00"])
        form = r.randrange(5)
        if form == 0:
            rule = f"  - weekly: {r.choice(DAYS[:6])}\n"
        elif form == 1:
            days = sorted(r.sample(range(6), 2))
            rule = f"  - weekly: [{DAYS[days[0]]}, {DAYS[days[1]]}]\n"
        elif form == 2:
            rule = f"  - weekly: {r.choice(DAYS[:5])}\n    every: 2\n    from: 2026-09-0{r.randrange(1, 8)}\n"
        elif form == 3:
            rule = f"  - monthly: {r.choice(NTH)} {r.choice(DAYS[:6])}\n"
        else:
            day = r.randrange(1, 28)
            rule = f"  - dates: [2026-12-{day:02d}, 2027-01-{day:02d}, 2027-02-{day:02d}]\n"
        return rule + f"    time: {quote(time)}\n"

    def common(self, areas, allow_all=True):
        r = self.r
        lines = []
        if allow_all and r.random() < 0.15:
            lines.append("areas: all")
        else:
            lines.append(f"areas: [{', '.join(sorted(r.sample(areas, r.choice([1, 1, 2]))))}]")
        lines.append(f"categories: [{r.choice(CATEGORIES)[0]}]")
        lines.append(f"audience: [{', '.join(sorted(r.sample(AUDIENCES, r.choice([1, 2]))))}]")
        lines.append(f"reviewed: 2026-{r.randrange(7, 11):02d}-{r.randrange(1, 29):02d}")
        return "\n".join(lines) + "\n"


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def generate(n, out, seed, words):
    c = Corpus(seed, words)
    r = c.r
    if os.path.exists(out):
        shutil.rmtree(out)
    content = os.path.join(out, "content")
    cats = "".join(f'\n[[categories]]\nid = "{i}"\nname = "{name}"\n' for i, name in CATEGORIES)
    auds = "".join(f'\n[[audiences]]\nid = "{a}"\nname = "{a.capitalize()}"\n' for a in AUDIENCES)
    write(os.path.join(out, "site.toml"),
          'title = "Sociale kaart Benchmark"\nbase_url = "https://example.org/sociale-kaart/"\n'
          'report_email = "redactie@example.org"\nstale_after_days = 365\n' + cats + auds
          + '\n[accessibility]\nstatus = "B"\ndate = 2026-10-01\n'
          + '\n[open_data]\nprovince = "Noord-Brabant"\n')

    areas = []
    for i, name in enumerate(AREA_NAMES):
        aid = slug(name)
        areas.append(aid)
        kind = "kern" if i % 4 == 3 else "wijk"
        write(os.path.join(content, "areas", aid + ".md"),
              f"---\nname: {quote(name)}\nkind: {kind}\npostcodes: [{5200 + i}]\n"
              f"summary: {quote(f'{name} is een {kind} met een eigen buurthuis.')}\n---\n{c.body()}")

    counts = {"organisations": max(5, n * 4 // 100), "places": max(5, n * 8 // 100),
              "people": max(5, n * 8 // 100), "services": n * 15 // 100,
              "volunteering": n * 15 // 100}
    counts["activities"] = max(1, n - len(areas) - sum(counts.values()))

    orgs = []
    for i in range(counts["organisations"]):
        name = f"Stichting {r.choice(PLACE_NAMES).replace(chr(39) + 't ', 'Het ')} {r.choice(AREA_NAMES)}"
        oid = c.unique("org", slug(name))
        orgs.append(oid)
        write(os.path.join(content, "organisations", oid + ".yaml"),
              f"name: {quote(name)}\nsummary: Organisatie voor welzijn en ontmoeting in de buurt.\n"
              f"phone: \"0413 {100000 + i}\"\nemail: info{i}@example.org\nreviewed: 2026-10-01\n")

    places = []
    for i in range(counts["places"]):
        name = f"{r.choice(PLACE_WORDS)} {r.choice(PLACE_NAMES)}"
        pid = c.unique("place", slug(name))
        places.append(pid)
        a = r.choice(areas)
        write(os.path.join(content, "places", pid + ".md"),
              f"---\nname: {quote(name)}\nsummary: Gezellige plek om binnen te lopen.\nareas: [{a}]\n"
              f"categories: [ontmoeten]\naddress:\n  street: {quote(f'Dorpsstraat {i + 1}')}\n"
              f"  postcode: \"{5200 + areas.index(a)} AB\"\n  city: Benchmark\n"
              f"opening_hours:\n  - weekly: [maandag, dinsdag, woensdag, donderdag, vrijdag]\n    time: \"09:00-17:00\"\n"
              f"accessibility:\n  wheelchair: {str(r.random() < 0.7).lower()}\n  hearing_loop: {str(r.random() < 0.4).lower()}\n"
              f"facilities: [koffie en thee, wifi]\norganisation: {r.choice(orgs)}\nreviewed: 2026-10-01\n---\n{c.body()}")

    people = []
    for i in range(counts["people"]):
        name = f"{r.choice(FIRST)} {r.choice(LAST)}"
        pid = c.unique("person", slug(name))
        people.append(pid)
        write(os.path.join(content, "people", pid + ".md"),
              f"---\nname: {quote(name)}\nrole: {r.choice(ROLES)}\norganisation: {r.choice(orgs)}\n"
              f"summary: {quote(f'{name} helpt u verder met elke vraag.')}\n" + c.common(areas) +
              f"phone: \"06 {10000000 + i}\"\noffice_hours:\n{c.schedule()}---\n{c.body()}")

    def offer(kind, folder, words, count):
        for i in range(count):
            base = r.choice(words)
            title = f"{base[0].upper()}{base[1:]} {r.choice(PLACE_NAMES)}"
            eid = c.unique(kind, slug(title))
            cost = r.choice(["gratis", "gratis", "2.50", "vrijwillige bijdrage"])
            write(os.path.join(content, folder, eid + ".md"),
                  f"---\ntitle: {quote(title)}\nsummary: {quote(f'{base.capitalize()} voor iedereen in de buurt. Kom gerust eens kijken.')}\n"
                  + c.common(areas) + f"place: {r.choice(places)}\nschedule:\n{c.schedule()}"
                  f"cost: {cost if cost != 'vrijwillige bijdrage' else quote(cost)}\norganiser: {r.choice(orgs)}\n"
                  f"contact: {r.choice(people)}\n---\n{c.body()}")

    offer("activity", "activities", ACTIVITY_WORDS, counts["activities"])
    offer("service", "services", SERVICE_WORDS, counts["services"])

    for i in range(counts["volunteering"]):
        title = f"{r.choice(VOLUNTEER_WORDS)} bij {r.choice(PLACE_NAMES)}"
        vid = c.unique("vol", slug(title))
        write(os.path.join(content, "volunteering", vid + ".md"),
              f"---\ntitle: {quote(title)}\nsummary: Help mee en leer nieuwe mensen kennen.\n"
              + c.common(areas) + f"organisation: {r.choice(orgs)}\nhours_per_week: \"2 tot 4\"\n"
              f"requirements: [VOG]\nemail: vrijwilligers{i}@example.org\nvalid_until: 2027-12-31\n---\n{c.body()}")

    write(os.path.join(content, "pages", "over-deze-gids.md"),
          "---\ntitle: Over deze gids\nsummary: Wat u in deze gids vindt.\nfooter: true\n---\n" + c.body())
    return n


def add_photos(out, count, seed):
    """Gives `count` entries (activities and people, spread evenly) a phone-sized photo:
    16 pictures of 1600 by 1200 made with ImageMagick, each written `count / 16` times
    with a JPEG comment naming its copy, so every photo is a file of its own."""
    if count <= 0:
        return
    content = os.path.join(out, "content")
    files = sorted(
        os.path.join(folder, name)
        for folder in (os.path.join(content, "people"), os.path.join(content, "activities"))
        for name in os.listdir(folder))
    step = max(1, len(files) // count)
    chosen = files[::step][:count]
    images = os.path.join(out, "static", "images")
    os.makedirs(images, exist_ok=True)
    base = []
    for i in range(16):
        path = os.path.join(images, f"base-{i}.jpg")
        subprocess.run(["convert", "-seed", str(seed * 100 + i), "-size", "1600x1200",
                        "plasma:fractal", "-blur", "0x1", "-quality", "85", path], check=True)
        with open(path, "rb") as f:
            base.append(f.read())
        os.remove(path)
    for n, file in enumerate(chosen):
        jpeg = base[n % 16]
        note = f"photo {n}".encode()
        comment = b"\xff\xfe" + (len(note) + 2).to_bytes(2, "big") + note
        with open(os.path.join(images, f"foto-{n}.jpg"), "wb") as f:
            f.write(jpeg[:2] + comment + jpeg[2:])
        with open(file, encoding="utf-8") as f:
            text = f.read()
        text = text.replace("---\n", f"---\nimage:\n  src: images/foto-{n}.jpg\n  alt: Foto {n}\n", 1)
        with open(file, "w", encoding="utf-8") as f:
            f.write(text)


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--entries", type=int, required=True)
    p.add_argument("--out", required=True)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--words", type=int, default=120, help="words per body (the search benchmark uses 360)")
    p.add_argument("--photos", type=int, default=0, help="entries with a photo (needs ImageMagick)")
    a = p.parse_args()
    generate(a.entries, a.out, a.seed, a.words)
    add_photos(a.out, a.photos, a.seed)


if __name__ == "__main__":
    main()
