//! The field catalogue: every field a content file may hold, described once.
//!
//! Each kind of entry has its list of fields, in the order an editor fills them in. A
//! field says its key in the file, its Dutch label and hint (plain language, for the
//! editors of a foundation), its meaning in English (for an English site's JSON Schema),
//! an example value, the spreadsheet headings that mean it and how the CMS asks for it.
//! `buurtgids cms` makes its forms from this, `buurtgids new` its commented template,
//! `buurtgids import` the headings it knows and `buurtgids schema` the descriptions an
//! editor reads while typing. The serde structs of `raw.rs` say what a file may hold and
//! a test checks that they and this catalogue name the same fields.
//!
//! Adding a field to a kind is one entry here (in the kind's list below), its serde
//! field in `raw.rs` and, where residents see it, its line in the theme.

use super::model::Kind;

/// One field of a content file.
#[derive(Debug, Clone, Copy)]
pub struct Field {
    /// The key in the file: `phone`.
    pub key: &'static str,
    /// What the CMS form and the JSON Schema call it, in Dutch: "Telefoon".
    pub label: &'static str,
    /// A Dutch sentence for an editor (B1): what to fill in. May be empty.
    pub hint: &'static str,
    /// What it means, in English, for the JSON Schema of an English site.
    pub en: &'static str,
    /// A value as `buurtgids new` writes it (YAML after `key: `, lines of a block after
    /// `key:`). `{area}`, `{place}`, `{person}`, `{organisation}`, `{category}` and
    /// `{audience}` become an id of the site's own. Empty: `new` writes the parts'
    /// examples, or leaves the field out.
    pub example: &'static str,
    /// Spreadsheet headings (lowercase) that mean this field, for `buurtgids import`.
    pub headings: &'static [&'static str],
    /// The name `import` and a mapping file use for the column, when it is not the key.
    pub column: Option<&'static str>,
    /// How the CMS asks for it, and what parts it has.
    pub widget: Widget,
    /// `check` gives an error without it.
    pub required: bool,
    /// Written out (not commented) in a new file, though it may be left out.
    pub suggested: bool,
    /// A pattern the CMS checks while an editor types, with its Dutch message.
    pub pattern: Option<(&'static str, &'static str)>,
    /// Whether the CMS form asks for it. Not for `slug` (the CMS names the file) and
    /// not for a rule's `closed`: its three states (left out, `true`, `false`) do not
    /// fit a switch, which the CMS saves as `false` when untouched.
    pub cms: bool,
}

/// How a value is asked for in the CMS, with the parts of a value that has parts.
#[derive(Debug, Clone, Copy)]
pub enum Widget {
    /// One line of text.
    Line,
    /// A few lines of text.
    Text,
    /// The Markdown text below the front matter.
    Markdown,
    /// A number; `float` for a fraction, `min` the least.
    Number { float: bool, min: Option<u32> },
    /// Yes or no, with what leaving it out means when that is a value.
    YesNo { default: Option<bool> },
    /// A date, written YYYY-MM-DD.
    Date,
    /// One of a few words.
    Choice(&'static [&'static str]),
    /// Categories or audiences of site.toml, by id.
    Terms(Terms),
    /// Other entries of a kind, by id.
    Ref { to: Kind, many: bool },
    /// A list of values of one field.
    List(&'static Field),
    /// A group of fields: an address, a picture.
    Group(&'static [Field]),
    /// A list of schedule rules, each with these fields.
    Rules(&'static [Field]),
    /// Days of the week.
    Days,
    /// Days of a week of the month: `eerste dinsdag`.
    MonthDays,
    /// A picture in `static/`.
    Picture,
    /// Languages of the list in `spoken.rs`, by name or code.
    Languages,
}

/// Which terms of site.toml a field takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Terms {
    Categories,
    Audiences,
}

impl Field {
    /// The name `import` and mapping files use: `street`, `when`, `title`.
    pub fn column(&self) -> &'static str {
        self.column.unwrap_or(self.key)
    }

    /// The parts of a group or of a schedule rule.
    pub fn parts(&self) -> &'static [Field] {
        match self.widget {
            Widget::Group(parts) | Widget::Rules(parts) => parts,
            _ => &[],
        }
    }
}

/// What a kind is called in the CMS: plural, singular and a line about it; and after
/// "een nieuwe" in a new file.
pub struct KindText {
    pub plural: &'static str,
    pub singular: &'static str,
    pub about: &'static str,
    pub noun: &'static str,
    /// What it is, in English.
    pub en: &'static str,
}

pub fn kind_text(kind: Kind) -> KindText {
    let (plural, singular, about, noun, en) = match kind {
        Kind::Area => (
            "Wijken en kernen",
            "Wijk of kern",
            "Elke wijk of kern heeft een eigen pagina.",
            "wijk of kern",
            "A wijk (neighbourhood) or kern (village core): `content/areas/`.",
        ),
        Kind::Organisation => (
            "Organisaties",
            "Organisatie",
            "Wie organiseert: stichtingen, verenigingen, kerken, de bibliotheek.",
            "organisatie",
            "Who runs things: a foundation, a club, a church, a library: `content/organisations/`.",
        ),
        Kind::Place => (
            "Ontmoetingsplekken",
            "Ontmoetingsplek",
            "Buurthuizen, dorpshuizen, de bibliotheek: waar mensen elkaar ontmoeten.",
            "ontmoetingsplek",
            "A meeting place (ontmoetingsplek): a buurthuis, a library, a café: `content/places/`.",
        ),
        Kind::Activity => (
            "Activiteiten",
            "Activiteit",
            "Wat er te doen is: koffieochtenden, taalcafés, wandelingen.",
            "activiteit",
            "Something to do: a koffieochtend, a taalcafé, a walk: `content/activities/`.",
        ),
        Kind::Service => (
            "Hulp en voorzieningen",
            "Voorziening",
            "Sociaal wijkteam, formulierenhulp, schuldhulp en andere hulp.",
            "voorziening (hulp of advies)",
            "Help and provisions (voorzieningen): sociaal wijkteam, formulierenhulp, schuldhulp: `content/services/`.",
        ),
        Kind::Person => (
            "Mensen",
            "Persoon",
            "Preventiewerkers, buurtverbinders en wijkondersteuners.",
            "contactpersoon",
            "A preventiewerker, buurtverbinder or wijkondersteuner: `content/people/`.",
        ),
        Kind::Volunteering => (
            "Vrijwilligerswerk",
            "Vacature",
            "Waar vrijwilligers nodig zijn.",
            "vrijwilligersvacature",
            "A volunteer opening (vrijwilligersvacature): `content/volunteering/`.",
        ),
        Kind::Page => (
            "Pagina's",
            "Pagina",
            "Losse pagina's, zoals de toegankelijkheidsverklaring.",
            "pagina",
            "A free page: about, privacy: `content/pages/`.",
        ),
    };
    KindText {
        plural,
        singular,
        about,
        noun,
        en,
    }
}

/// The fields of a kind, in the order an editor fills them in.
pub fn of(kind: Kind) -> &'static [Field] {
    match kind {
        Kind::Area => AREA_FIELDS,
        Kind::Organisation => ORGANISATION_FIELDS,
        Kind::Place => PLACE_FIELDS,
        Kind::Activity => ACTIVITY_FIELDS,
        Kind::Service => SERVICE_FIELDS,
        Kind::Person => PERSON_FIELDS,
        Kind::Volunteering => VOLUNTEERING_FIELDS,
        Kind::Page => PAGE_FIELDS,
    }
}

/// A field with nothing said yet, for `..BLANK`.
const BLANK: Field = Field {
    key: "",
    label: "",
    hint: "",
    en: "",
    example: "",
    headings: &[],
    column: None,
    widget: Widget::Line,
    required: false,
    suggested: false,
    pattern: None,
    cms: true,
};

// The fields every kind has, and the areas, categories and audiences of listed kinds.

/// Headings of a title or name, whatever the kind.
const TITLE_HEADINGS: &[&str] = &[
    "naam",
    "titel",
    "title",
    "name",
    "activiteit",
    "naam activiteit",
    "naam van de activiteit",
    "dienst",
    "voorziening",
    "vacature",
    "naam vacature",
    "functie",
];

const TITLE: Field = Field {
    key: "title",
    label: "Titel",
    hint: "De naam die bewoners zien. Kort en duidelijk.",
    en: "What residents see as the heading. Keep it short and clear.",
    headings: TITLE_HEADINGS,
    required: true,
    ..BLANK
};
/// The name of an area, organisation, place or person: not an activity's headings.
const NAME: Field = Field {
    key: "name",
    label: "Naam",
    headings: &["naam", "titel", "title", "name"],
    column: Some("title"),
    ..TITLE
};
const SUMMARY: Field = Field {
    key: "summary",
    label: "Korte omschrijving",
    hint: "Eén of twee korte zinnen in eenvoudige taal (B1), voor lijsten en zoeken.",
    en: "One or two short sentences in plain Dutch (B1), shown in lists and search results.",
    headings: &[
        "korte omschrijving",
        "korte beschrijving",
        "samenvatting",
        "summary",
        "intro",
        "kort",
    ],
    widget: Widget::Text,
    required: true,
    ..BLANK
};
const AREAS: Field = Field {
    key: "areas",
    label: "Wijken en kernen",
    hint: "Voor welke wijken of kernen. Zonder wijk of kern staat het op geen enkele wijkpagina.",
    en: "The areas (wijken or kernen) this is for, by their id: `[centrum, oudeweer]`, or `all` for the whole municipality.",
    example: "[{area}]",
    headings: &[
        "wijk",
        "wijken",
        "buurt",
        "buurten",
        "kern",
        "kernen",
        "wijk/kern",
        "wijk of kern",
        "wijken/kernen",
        "gebied",
        "dorp",
        "areas",
        "area",
    ],
    widget: Widget::Ref {
        to: Kind::Area,
        many: true,
    },
    suggested: true,
    ..BLANK
};
const CATEGORIES: Field = Field {
    key: "categories",
    label: "Onderwerpen",
    hint: "",
    en: "Categories from `site.toml`, by id: `[ontmoeten]`.",
    example: "[{category}]",
    headings: &[
        "categorie",
        "categorieën",
        "categorieen",
        "thema",
        "thema's",
        "onderwerp",
        "categories",
    ],
    widget: Widget::Terms(Terms::Categories),
    ..BLANK
};
const AUDIENCE: Field = Field {
    key: "audience",
    label: "Voor wie",
    hint: "",
    en: "Who it is for, from the audiences in `site.toml`: `[ouderen, mantelzorgers]`.",
    example: "[{audience}]",
    headings: &["doelgroep", "doelgroepen", "voor wie", "audience"],
    widget: Widget::Terms(Terms::Audiences),
    ..BLANK
};
const IMAGE: Field = Field {
    key: "image",
    label: "Foto",
    hint: "Een foto, met wat erop staat voor wie de foto niet kan zien.",
    en: "A picture, with `src` and `alt` (a description of what it shows).",
    widget: Widget::Group(&[
        Field {
            key: "src",
            label: "Foto",
            hint: "",
            en: "The file, relative to the site's `static/` folder: `images/buurthuis.jpg`.",
            example: "images/foto.jpg",
            widget: Widget::Picture,
            required: true,
            ..BLANK
        },
        Field {
            key: "alt",
            label: "Wat is er te zien",
            hint: "Voor wie de foto niet kan zien, zoals: zes mensen aan een lange tafel met soep.",
            en: "What the picture shows, for people who cannot see it: \"Zes mensen aan een lange tafel met soep\". Write `alt: \"\"` only for a purely decorative picture.",
            example: "Zes mensen aan een lange tafel met soep",
            required: true,
            ..BLANK
        },
    ]),
    ..BLANK
};
const LANGUAGES: Field = Field {
    key: "languages",
    label: "Talen",
    hint: "Alleen als het ook in een andere taal kan dan Nederlands: kies alle talen, ook Nederlands.",
    en: "The languages it is held in, when not only Dutch, by name or code: `[Nederlands, Arabisch]` or `[nl, ar]`.",
    example: "[Nederlands, Arabisch, Turks]",
    headings: &[
        "talen",
        "taal",
        "voertaal",
        "in welke taal",
        "languages",
        "language",
    ],
    widget: Widget::Languages,
    ..BLANK
};
const KEYWORDS: Field = Field {
    key: "keywords",
    label: "Zoekwoorden",
    hint: "Woorden waarmee bewoners dit zoeken, maar die niet in de tekst staan: eenzaam, vervoer, geldzorgen.",
    en: "Words residents search with that the text does not use: `[eenzaam, alleen]`. Found like the summary.",
    example: "[eenzaam, samen eten]",
    headings: &[
        "zoekwoorden",
        "trefwoorden",
        "zoektermen",
        "tags",
        "keywords",
    ],
    widget: Widget::List(&Field {
        key: "keyword",
        label: "Zoekwoord",
        required: true,
        ..BLANK
    }),
    ..BLANK
};
const SLUG: Field = Field {
    key: "slug",
    label: "Webadres",
    hint: "Het laatste deel van het webadres. Anders de naam van dit bestand.",
    en: "The last part of the web address. Default: the file name. Lowercase letters, digits and hyphens only.",
    example: "ander-adres",
    cms: false,
    ..BLANK
};
const REVIEWED: Field = Field {
    key: "reviewed",
    label: "Laatst gecontroleerd",
    hint: "De datum waarop u alles op deze pagina nog klopte.",
    en: "The date an editor last checked this entry: `2026-09-15`.",
    headings: &[
        "gecontroleerd",
        "laatst gecontroleerd",
        "bijgewerkt",
        "laatst bijgewerkt",
        "gecheckt",
        "datum controle",
        "reviewed",
    ],
    widget: Widget::Date,
    suggested: true,
    ..BLANK
};
const VALID_FROM: Field = Field {
    key: "valid_from",
    label: "Zichtbaar vanaf",
    hint: "Niet op de site voor deze datum.",
    en: "Not shown before this date: `2026-10-01`.",
    headings: &[
        "zichtbaar vanaf",
        "geldig vanaf",
        "publiceren vanaf",
        "valid from",
    ],
    widget: Widget::Date,
    ..BLANK
};
const VALID_UNTIL: Field = Field {
    key: "valid_until",
    label: "Zichtbaar tot en met",
    hint: "Niet op de site na deze datum.",
    en: "Not shown after this date: `2027-03-31`.",
    headings: &[
        "zichtbaar tot",
        "geldig tot",
        "publiceren tot",
        "valid until",
    ],
    widget: Widget::Date,
    ..BLANK
};
const DRAFT: Field = Field {
    key: "draft",
    label: "Concept",
    hint: "Aan: nog niet op de site.",
    en: "`ja` (or `true`) keeps the entry off the site (it is built only with `--drafts`).",
    widget: Widget::YesNo {
        default: Some(false),
    },
    ..BLANK
};
const BODY: Field = Field {
    key: "body",
    label: "Tekst",
    hint: "Meer uitleg, voor op de pagina zelf.",
    en: "The text of the page, in Markdown, below the front matter.",
    headings: &[
        "omschrijving",
        "beschrijving",
        "toelichting",
        "description",
        "tekst",
        "meer informatie",
        "informatie",
        "uitgebreide omschrijving",
    ],
    column: Some("description"),
    widget: Widget::Markdown,
    ..BLANK
};

// Ways to reach someone.

const PHONE: Field = Field {
    key: "phone",
    label: "Telefoon",
    hint: "Bijvoorbeeld 0413 123 456",
    en: "Phone number: `0413 123 456`.",
    example: "\"0413 123 456\"",
    headings: &[
        "telefoon",
        "telefoonnummer",
        "tel",
        "tel.",
        "telefoonnr",
        "telefoonnr.",
        "mobiel",
        "phone",
    ],
    ..BLANK
};
const EMAIL: Field = Field {
    key: "email",
    label: "E-mail",
    hint: "",
    en: "E-mail address.",
    example: "info@example.org",
    headings: &["e-mail", "email", "mail", "e-mailadres", "emailadres"],
    pattern: Some((
        r"^[^@\s]+@[^@\s]+\.[^@\s]+$",
        "Een e-mailadres, zoals naam@voorbeeld.nl",
    )),
    ..BLANK
};
const WEBSITE: Field = Field {
    key: "website",
    label: "Website",
    hint: "Het hele adres, met https://",
    en: "Web page with more information: `https://www.example.org`.",
    example: "https://www.example.org",
    headings: &[
        "website",
        "site",
        "internet",
        "link",
        "url",
        "webadres",
        "webpagina",
    ],
    pattern: Some((r"^https?://", "Begin met https://")),
    ..BLANK
};
const CONTACT: Field = Field {
    key: "contact",
    label: "Contactpersoon",
    hint: "",
    en: "Who to ask, by the id of a person.",
    example: "{person}",
    headings: &["contactpersoon", "contact", "aanspreekpunt"],
    widget: Widget::Ref {
        to: Kind::Person,
        many: false,
    },
    ..BLANK
};

const ADDRESS: Field = Field {
    key: "address",
    label: "Adres",
    hint: "",
    en: "The postal address.",
    headings: &["adres", "bezoekadres", "address"],
    widget: Widget::Group(&[
        Field {
            key: "street",
            label: "Straat en huisnummer",
            hint: "Bijvoorbeeld Lindeplein 4",
            en: "Street and number: `Lindeplein 4`.",
            example: "Lindeplein 4",
            headings: &["straat", "straat en huisnummer", "straatnaam", "street"],
            required: true,
            ..BLANK
        },
        Field {
            key: "postcode",
            label: "Postcode",
            hint: "",
            en: "Postcode: `5431 AB`.",
            example: "\"5431 AB\"",
            headings: &["postcode"],
            required: true,
            pattern: Some((r"^\d{4} ?[A-Za-z]{2}$", "Een postcode zoals 5431 AB")),
            ..BLANK
        },
        Field {
            key: "city",
            label: "Plaats",
            hint: "",
            en: "Town: `Lindewaard`.",
            example: "Lindewaard",
            headings: &["plaats", "woonplaats", "plaatsnaam", "city"],
            required: true,
            ..BLANK
        },
    ]),
    ..BLANK
};

const YES_NO: Widget = Widget::YesNo { default: None };
const DO_NOT_KNOW: &str = "Zet aan als het zo is. Weet u het niet? Laat dit dan leeg.";

const ACCESSIBILITY: Field = Field {
    key: "accessibility",
    label: "Toegankelijkheid",
    hint: "Wat iemand met een beperking moet weten. Vul alleen in wat u zeker weet.",
    en: "What a visitor with a disability needs to know. Leave out what you do not know.",
    headings: &["toegankelijkheid", "accessibility"],
    widget: Widget::Group(&[
        Field {
            key: "wheelchair",
            label: "Toegankelijk met rolstoel of rollator",
            hint: DO_NOT_KNOW,
            en: "Can you get in and around with a wheelchair or rollator? `ja` or `nee` (`true` or `false`).",
            example: "ja",
            headings: &[
                "rolstoel",
                "rolstoeltoegankelijk",
                "rolstoel toegankelijk",
                "toegankelijk voor rolstoel",
                "rolstoelvriendelijk",
                "toegankelijk",
                "wheelchair",
            ],
            widget: YES_NO,
            ..BLANK
        },
        Field {
            key: "hearing_loop",
            label: "Ringleiding",
            hint: DO_NOT_KNOW,
            en: "Is there a hearing loop (ringleiding)?",
            example: "nee",
            headings: &["ringleiding", "hearing loop"],
            widget: YES_NO,
            ..BLANK
        },
        Field {
            key: "accessible_toilet",
            label: "Invalidentoilet",
            hint: DO_NOT_KNOW,
            en: "Is there a toilet for people with a disability (invalidentoilet)?",
            example: "ja",
            headings: &[
                "invalidentoilet",
                "aangepast toilet",
                "toegankelijk toilet",
                "mindervalidentoilet",
            ],
            widget: YES_NO,
            ..BLANK
        },
        Field {
            key: "disabled_parking",
            label: "Invalidenparkeerplaats in de buurt",
            hint: DO_NOT_KNOW,
            en: "Is there a parking space for people with a disability nearby?",
            example: "ja",
            headings: &[
                "invalidenparkeerplaats",
                "gehandicaptenparkeerplaats",
                "gehandicaptenparkeren",
            ],
            widget: YES_NO,
            ..BLANK
        },
        Field {
            key: "notes",
            label: "Toelichting",
            hint: "Bijvoorbeeld: de ingang is aan de achterkant.",
            en: "Anything else, in plain words: \"De ingang is aan de achterkant, bij de parkeerplaats.\"",
            example: "De ingang zonder drempel is aan de achterkant.",
            widget: Widget::Text,
            ..BLANK
        },
    ]),
    ..BLANK
};

const REGISTRATION: Field = Field {
    key: "registration",
    label: "Aanmelden",
    hint: "Alleen invullen als mensen zich moeten aanmelden.",
    en: "How to sign up, if people must.",
    headings: &[
        "aanmelden",
        "aanmelding",
        "opgeven",
        "inschrijven",
        "registratie",
        "aanmelden nodig",
        "registration",
    ],
    widget: Widget::Group(&[
        Field {
            key: "required",
            label: "Aanmelden is nodig",
            hint: "",
            en: "Must people sign up before they come? Default `ja`.",
            example: "ja",
            widget: Widget::YesNo {
                default: Some(true),
            },
            ..BLANK
        },
        Field {
            key: "how",
            label: "Hoe aanmelden",
            hint: "Bijvoorbeeld: bel of app Anja, uiterlijk maandag.",
            en: "How, in plain words: \"Bel of app Anja, uiterlijk maandag.\"",
            example: "Bel of app Anja, uiterlijk maandag.",
            widget: Widget::Text,
            ..BLANK
        },
        Field {
            example: "\"06 1234 5678\"",
            ..PHONE
        },
        EMAIL,
        Field {
            label: "Website om aan te melden",
            en: "Web page to sign up.",
            example: "",
            ..WEBSITE
        },
    ]),
    ..BLANK
};

// A schedule: the rules of when something is on.

const DATE: Field = Field {
    key: "date",
    label: "Datum",
    hint: "",
    en: "A date, YYYY-MM-DD.",
    widget: Widget::Date,
    ..BLANK
};

/// The fields of one schedule rule.
pub const RULE: &[Field] = &[
    Field {
        key: "weekly",
        label: "Elke week op",
        hint: "Kies de dagen. Of kies hieronder een week van de maand, of losse data.",
        en: "Every week (or every `every` weeks) on these days: `tuesday` or `[maandag, donderdag]`. Dutch and English day names both work, and short forms like `di`.",
        headings: &["dag", "dagen", "weekdag", "day"],
        column: Some("day"),
        widget: Widget::Days,
        ..BLANK
    },
    Field {
        key: "every",
        label: "Om de hoeveel weken",
        hint: "Alleen bij 'elke week op': 2 is om de week. Vul dan ook 'vanaf' in.",
        en: "With `weekly`: the number of weeks between two times, for example `2` for every other week. Needs `from`, the first date, so the right weeks are counted.",
        widget: Widget::Number {
            float: false,
            min: Some(1),
        },
        ..BLANK
    },
    Field {
        key: "monthly",
        label: "Elke maand op",
        hint: "Bijvoorbeeld eerste dinsdag.",
        en: "Once a month: `first tuesday`, `laatste vrijdag`, or a list like `[first tuesday, third tuesday]`. Words: first/eerste, second/tweede, third/derde, fourth/vierde, last/laatste.",
        widget: Widget::MonthDays,
        ..BLANK
    },
    Field {
        key: "dates",
        label: "Losse data",
        hint: "Voor iets dat maar een paar keer is.",
        en: "Single dates, written as YYYY-MM-DD: `[2026-12-24, 2027-01-08]`.",
        headings: &["datum", "data", "date"],
        column: Some("date"),
        widget: Widget::List(&DATE),
        ..BLANK
    },
    Field {
        key: "time",
        label: "Tijd",
        hint: "Begin en einde, zoals 10:00-12:00. Of alleen het begin: 19:30.",
        en: "Start and end time, 24-hour clock: `\"10:00-12:00\"`, or only a start: `\"19:30\"`.",
        headings: &["tijd", "tijdstip", "van-tot", "hoe laat", "time"],
        pattern: Some((
            r"^\s*\d{1,2}[:.]\d{2}(\s*-\s*\d{1,2}[:.]\d{2})?\s*$",
            "Schrijf de tijd zoals 10:00-12:00",
        )),
        ..BLANK
    },
    Field {
        key: "from",
        label: "Vanaf",
        hint: "De eerste dag van een seizoen.",
        en: "The first date of a season (YYYY-MM-DD). Nothing happens before it.",
        headings: &[
            "startdatum",
            "begindatum",
            "vanaf",
            "start",
            "eerste keer",
            "from",
        ],
        widget: Widget::Date,
        ..BLANK
    },
    Field {
        key: "until",
        label: "Tot en met",
        hint: "De laatste dag van een seizoen.",
        en: "The last date of a season (YYYY-MM-DD), included.",
        headings: &[
            "einddatum",
            "t/m",
            "tot en met",
            "tot",
            "laatste keer",
            "until",
        ],
        widget: Widget::Date,
        ..BLANK
    },
    Field {
        key: "except",
        label: "Niet op",
        hint: "Bijvoorbeeld feestdagen.",
        en: "Dates on which it does not take place, for example holidays: `[2026-12-29]`.",
        widget: Widget::List(&DATE),
        ..BLANK
    },
    Field {
        key: "closed",
        label: "Als alles dicht is",
        hint: "Laat leeg: in de vakanties uit site.toml gaat een wekelijkse of maandelijkse regel niet door, losse data wel. nee: gaat altijd door. ja: ook losse data niet.",
        en: "Whether the site's closed periods (`[agenda] closed` in site.toml, say the Christmas holiday) skip this rule's dates. By default a rule that repeats (`weekly`, `monthly`) is skipped there and single `dates` are not: a date written out takes place. `closed: nee` (or `false`) keeps a weekly rule on during the closed periods, `closed: ja` (or `true`) makes them skip single dates too.",
        widget: YES_NO,
        cms: false,
        ..BLANK
    },
    Field {
        key: "note",
        label: "Opmerking",
        hint: "Bijvoorbeeld: niet in de schoolvakanties.",
        en: "A short remark for residents, for example `niet in de schoolvakanties`.",
        ..BLANK
    },
    Field {
        key: "place",
        label: "Op een andere plek",
        hint: "Alleen als het ergens anders is dan de plek hierboven.",
        en: "Where, by the id of a place, when it differs from the entry's own place (a person's office hours in two places, say).",
        widget: Widget::Ref {
            to: Kind::Place,
            many: false,
        },
        ..BLANK
    },
];

/// The headings of a column that says when, in words: "di 10.00-12.00".
const WHEN_HEADINGS: &[&str] = &[
    "wanneer",
    "dag en tijd",
    "dagen en tijden",
    "dag/tijd",
    "tijden",
    "rooster",
    "openingstijden",
    "spreekuur",
    "spreekuren",
    "inloop",
    "inlooptijden",
    "when",
];

const SCHEDULE_EXAMPLE: &str = concat!(
    "  - weekly: [dinsdag, donderdag]\n",
    "    time: \"10:00-12:00\"\n",
    "    # Niet op deze datums:\n",
    "    # except: [2026-12-29]\n",
    "    # Gaat door als alles dicht is (de vakanties in site.toml):\n",
    "    # closed: nee\n",
    "  # Of elke eerste maandag van de maand:\n",
    "  # - monthly: eerste maandag\n",
    "  #   time: \"19:30-21:00\"\n",
    "  # Of op losse datums (die gaan ook door als alles dicht is):\n",
    "  # - dates: [2026-12-12, 2027-01-09]"
);

const SCHEDULE: Field = Field {
    key: "schedule",
    label: "Wanneer",
    hint: "",
    en: "When; see \"schedule\" in the README.",
    example: SCHEDULE_EXAMPLE,
    headings: WHEN_HEADINGS,
    column: Some("when"),
    widget: Widget::Rules(RULE),
    ..BLANK
};

// Where.

const WHERE: Field = Field {
    key: "place",
    label: "Waar",
    hint: "Een van de ontmoetingsplekken. Of vul hieronder een adres in.",
    en: "Where, by the id of a place. Or give `address`.",
    example: "{place}",
    headings: &["locatie", "plek", "waar", "accommodatie", "gebouw", "place"],
    widget: Widget::Ref {
        to: Kind::Place,
        many: false,
    },
    ..BLANK
};
const OTHER_ADDRESS: Field = Field {
    hint: "Alleen als het niet bij een van de ontmoetingsplekken is.",
    en: "Where, when it is not one of the places.",
    ..ADDRESS
};
const COST: Field = Field {
    key: "cost",
    label: "Kosten",
    hint: "0 of gratis, een bedrag in euro zoals 2.50, of tekst zoals vrijwillige bijdrage.",
    en: "What it costs: `0` or `gratis` for free, an amount in euros like `2.50`, or a text like `vrijwillige bijdrage`.",
    example: "gratis",
    headings: &[
        "kosten",
        "prijs",
        "bijdrage",
        "eigen bijdrage",
        "entree",
        "cost",
    ],
    ..BLANK
};
const ORGANISATION_HEADINGS: &[&str] = &[
    "organisatie",
    "organisator",
    "aanbieder",
    "georganiseerd door",
    "door",
    "organiser",
    "organisation",
];
const ORGANISER: Field = Field {
    key: "organiser",
    label: "Georganiseerd door",
    hint: "",
    en: "Who organises it, by the id of an organisation.",
    example: "{organisation}",
    headings: ORGANISATION_HEADINGS,
    column: Some("organisation"),
    widget: Widget::Ref {
        to: Kind::Organisation,
        many: false,
    },
    ..BLANK
};
const ORGANISATION: Field = Field {
    key: "organisation",
    column: None,
    ..ORGANISER
};

// The kinds.

const AREA_FIELDS: &[Field] = &[
    NAME,
    Field {
        example: "Waar de wijk ligt en wat er is.",
        ..SUMMARY
    },
    Field {
        key: "kind",
        label: "Soort",
        hint: "Een wijk (in de stad) of een kern (een dorp).",
        en: "`wijk` or `kern`.",
        example: "wijk",
        headings: &["soort", "type", "wijk of kern", "kind"],
        widget: Widget::Choice(&["wijk", "kern"]),
        required: true,
        ..BLANK
    },
    Field {
        key: "parent",
        label: "Hoort bij",
        hint: "Het grotere gebied, als dat er is.",
        en: "The larger area this one is part of, by id (optional).",
        example: "{area}",
        headings: &["onderdeel van", "hoort bij", "parent"],
        widget: Widget::Ref {
            to: Kind::Area,
            many: false,
        },
        ..BLANK
    },
    Field {
        key: "postcodes",
        label: "Postcodes",
        hint: "De vier cijfers van de postcodes, zodat bewoners hun wijk vinden.",
        en: "The 4-digit postcodes of this area, so residents can find it: `[5431, 5432]`.",
        example: "[5431, 5432]",
        headings: &["postcodes", "postcode", "postcodegebied"],
        widget: Widget::List(&Field {
            key: "postcode",
            label: "Postcode",
            required: true,
            pattern: Some((r"^\d{4}$", "Vier cijfers, zoals 5431")),
            ..BLANK
        }),
        ..BLANK
    },
    IMAGE,
    KEYWORDS,
    SLUG,
    REVIEWED,
    VALID_FROM,
    VALID_UNTIL,
    DRAFT,
    BODY,
];

const ORGANISATION_FIELDS: &[Field] = &[
    Field {
        headings: &[
            "organisatie",
            "naam organisatie",
            "naam",
            "titel",
            "title",
            "name",
        ],
        ..NAME
    },
    Field {
        example: "Wat de organisatie doet, voor wie.",
        ..SUMMARY
    },
    AREAS,
    CATEGORIES,
    AUDIENCE,
    WEBSITE,
    PHONE,
    EMAIL,
    Field {
        hint: "Het postadres.",
        ..ADDRESS
    },
    IMAGE,
    KEYWORDS,
    SLUG,
    REVIEWED,
    VALID_FROM,
    VALID_UNTIL,
    DRAFT,
    BODY,
];

const PLACE_FIELDS: &[Field] = &[
    Field {
        headings: &[
            "ontmoetingsplek",
            "locatie",
            "naam locatie",
            "gebouw",
            "naam",
            "titel",
            "title",
            "name",
        ],
        ..NAME
    },
    Field {
        example: "Wat voor plek het is en wie er binnen kan lopen.",
        ..SUMMARY
    },
    AREAS,
    CATEGORIES,
    AUDIENCE,
    Field {
        hint: "Een plek heeft altijd een adres.",
        en: "Where it is.",
        required: true,
        ..ADDRESS
    },
    Field {
        key: "geo",
        label: "Plek op de kaart",
        hint: "Waar op de kaart, in graden.",
        en: "A location on the map, in WGS84 degrees.",
        widget: Widget::Group(&[
            Field {
                key: "lat",
                label: "Breedtegraad",
                hint: "Bijvoorbeeld 51.6978",
                en: "Latitude, for example `51.6978`.",
                example: "51.6978",
                headings: &["lat", "breedtegraad", "latitude"],
                widget: Widget::Number {
                    float: true,
                    min: None,
                },
                required: true,
                ..BLANK
            },
            Field {
                key: "lon",
                label: "Lengtegraad",
                hint: "Bijvoorbeeld 5.3037",
                en: "Longitude, for example `5.3037`.",
                example: "5.3037",
                headings: &["lon", "lng", "lengtegraad", "longitude"],
                widget: Widget::Number {
                    float: true,
                    min: None,
                },
                required: true,
                ..BLANK
            },
        ]),
        ..BLANK
    },
    Field {
        key: "opening_hours",
        label: "Openingstijden",
        en: "When it is open; see \"schedule\" in the README.",
        ..SCHEDULE
    },
    ACCESSIBILITY,
    Field {
        key: "facilities",
        label: "Wat is er",
        hint: "Bijvoorbeeld koffie en thee, wifi, computer.",
        en: "What there is: `[koffie en thee, wifi, computer]`.",
        example: "[koffie en thee, wifi]",
        headings: &["faciliteiten", "voorzieningen", "facilities"],
        widget: Widget::List(&Field {
            key: "facility",
            label: "Voorziening",
            required: true,
            ..BLANK
        }),
        ..BLANK
    },
    Field {
        label: "Beheerd door",
        en: "The organisation that runs it, by id.",
        ..ORGANISATION
    },
    PHONE,
    EMAIL,
    WEBSITE,
    IMAGE,
    KEYWORDS,
    SLUG,
    REVIEWED,
    VALID_FROM,
    VALID_UNTIL,
    DRAFT,
    BODY,
];

const HOW_TO_REACH: Field = Field {
    key: "how_to_reach",
    label: "Hoe krijgt u hulp",
    hint: "Bijvoorbeeld: loop binnen, of bel voor een afspraak thuis.",
    en: "How to get help, in plain words: \"Loop binnen, of bel voor een afspraak thuis.\"",
    example: "Loop binnen, of bel voor een afspraak thuis.",
    headings: &[
        "hoe bereikbaar",
        "werkwijze",
        "hoe werkt het",
        "how to reach",
    ],
    widget: Widget::Text,
    ..BLANK
};

const ACTIVITY_FIELDS: &[Field] = &[
    TITLE,
    Field {
        example: "Wat u samen doet, en voor wie het is.",
        ..SUMMARY
    },
    AREAS,
    CATEGORIES,
    AUDIENCE,
    WHERE,
    OTHER_ADDRESS,
    SCHEDULE,
    COST,
    ORGANISER,
    CONTACT,
    PHONE,
    EMAIL,
    WEBSITE,
    REGISTRATION,
    ACCESSIBILITY,
    LANGUAGES,
    IMAGE,
    KEYWORDS,
    SLUG,
    REVIEWED,
    VALID_FROM,
    VALID_UNTIL,
    DRAFT,
    BODY,
];

const SERVICE_FIELDS: &[Field] = &[
    TITLE,
    Field {
        example: "Waarmee u geholpen wordt, en door wie.",
        ..SUMMARY
    },
    AREAS,
    CATEGORIES,
    AUDIENCE,
    WHERE,
    OTHER_ADDRESS,
    Field {
        label: "Inlooptijden",
        en: "Walk-in hours (inloop); see \"schedule\" in the README.",
        ..SCHEDULE
    },
    Field {
        example: "gratis",
        en: "What it costs; usually `gratis`.",
        ..COST
    },
    Field {
        label: "Aangeboden door",
        en: "Who offers it, by the id of an organisation.",
        ..ORGANISER
    },
    CONTACT,
    PHONE,
    EMAIL,
    WEBSITE,
    HOW_TO_REACH,
    REGISTRATION,
    ACCESSIBILITY,
    LANGUAGES,
    IMAGE,
    KEYWORDS,
    SLUG,
    REVIEWED,
    VALID_FROM,
    VALID_UNTIL,
    DRAFT,
    BODY,
];

const PERSON_FIELDS: &[Field] = &[
    NAME,
    Field {
        example: "Waarvoor u deze persoon kunt bellen of mailen.",
        ..SUMMARY
    },
    AREAS,
    CATEGORIES,
    AUDIENCE,
    Field {
        key: "role",
        label: "Functie",
        hint: "Bijvoorbeeld Preventiewerker of Buurtverbinder.",
        en: "What they do: `Preventiewerker`, `Buurtverbinder`.",
        example: "Buurtverbinder",
        headings: &["functie", "rol", "role"],
        required: true,
        ..BLANK
    },
    Field {
        label: "Werkt voor",
        en: "Who they work for, by the id of an organisation.",
        ..ORGANISATION
    },
    Field {
        example: "\"06 1234 5678\"",
        ..PHONE
    },
    Field {
        example: "naam@example.org",
        ..EMAIL
    },
    Field {
        key: "office_hours",
        label: "Spreekuren",
        hint: "Kies bij elk spreekuur de plek.",
        en: "Office hours (spreekuur); give each a `place`. See \"schedule\" in the README.",
        example: "  - weekly: woensdag\n    time: \"09:00-11:00\"\n    place: {place}",
        ..SCHEDULE
    },
    Field {
        label: "Spreekt",
        hint: "Alleen als deze persoon ook een andere taal spreekt dan Nederlands: kies alle talen, ook Nederlands.",
        en: "The languages they speak, when not only Dutch, by name or code: `[Nederlands, Turks]`.",
        example: "[Nederlands, Turks]",
        ..LANGUAGES
    },
    IMAGE,
    KEYWORDS,
    SLUG,
    REVIEWED,
    VALID_FROM,
    VALID_UNTIL,
    DRAFT,
    BODY,
];

const VOLUNTEERING_FIELDS: &[Field] = &[
    TITLE,
    Field {
        example: "Wat u als vrijwilliger doet.",
        ..SUMMARY
    },
    AREAS,
    CATEGORIES,
    AUDIENCE,
    Field {
        label: "Organisatie",
        hint: "Wie zoekt een vrijwilliger.",
        en: "Who is looking for a volunteer, by the id of an organisation.",
        required: true,
        ..ORGANISATION
    },
    Field {
        key: "hours_per_week",
        label: "Uren per week",
        hint: "Bijvoorbeeld 2, of 2 tot 4.",
        en: "About how many hours a week: `2` or `2 tot 4`.",
        example: "2",
        headings: &[
            "uren per week",
            "uren",
            "aantal uren",
            "tijdsinvestering",
            "hours per week",
        ],
        ..BLANK
    },
    Field {
        key: "when",
        label: "Wanneer",
        hint: "Bijvoorbeeld: op dinsdagochtend.",
        en: "When, in plain words: `op dinsdagochtend`.",
        example: "op dinsdagochtend",
        headings: WHEN_HEADINGS,
        ..BLANK
    },
    Field {
        key: "requirements",
        label: "Wat vragen we",
        hint: "Bijvoorbeeld rijbewijs B, VOG.",
        en: "What you need: `[rijbewijs B, VOG]`.",
        example: "[rijbewijs B, VOG]",
        headings: &[
            "eisen",
            "vereisten",
            "wat vragen wij",
            "wat vragen we",
            "wat we vragen",
            "requirements",
        ],
        widget: Widget::List(&Field {
            key: "requirement",
            label: "Eis",
            required: true,
            ..BLANK
        }),
        ..BLANK
    },
    CONTACT,
    PHONE,
    EMAIL,
    WEBSITE,
    Field {
        key: "how_to_respond",
        label: "Hoe reageren",
        hint: "Bijvoorbeeld: bel of mail Fatima.",
        en: "How to respond, in plain words: \"Bel of mail Fatima.\"",
        example: "Bel of mail Anja.",
        headings: &[
            "reageren",
            "hoe reageren",
            "aanmelden",
            "reactie",
            "how to respond",
        ],
        widget: Widget::Text,
        ..BLANK
    },
    Field {
        hint: "",
        en: "Where, by the id of a place (optional).",
        ..WHERE
    },
    IMAGE,
    KEYWORDS,
    SLUG,
    REVIEWED,
    VALID_FROM,
    VALID_UNTIL,
    DRAFT,
    BODY,
];

const PAGE_FIELDS: &[Field] = &[
    TITLE,
    Field {
        example: "Waar deze pagina over gaat.",
        ..SUMMARY
    },
    Field {
        key: "footer",
        label: "In de voettekst",
        hint: "Aan: een link naar deze pagina onderaan elke pagina.",
        en: "Show a link to this page in the footer: `ja` or `nee`.",
        example: "ja",
        widget: Widget::YesNo {
            default: Some(false),
        },
        ..BLANK
    },
    IMAGE,
    KEYWORDS,
    SLUG,
    REVIEWED,
    VALID_FROM,
    VALID_UNTIL,
    DRAFT,
    BODY,
];
