//! Open Referral's Human Services Data Specification (HSDS) 3.0, the open-data format of
//! community resource directories: what other systems (a national platform, a
//! neighbouring municipality's directory) read from this one.
//!
//! Organisations become `organization`s; activities and services `service`s, with their
//! schedules (iCalendar rules), phones, the contact person, the areas they serve and the
//! place they happen at (`service_at_location`); places become `location`s with their
//! address, opening hours and accessibility. Volunteer openings and areas have no HSDS
//! table: the areas appear as each service's `service_area`s.
//!
//! The export is a static copy of the HSDS API's list responses: `services.json`,
//! `organizations.json` and `service_at_locations.json`, each one `Page` with every
//! record, and `index.json` for the API's root; and the same records as HSDS's tabular
//! form, a Frictionless data package: one CSV file per table and `datapackage.json`.
//! A service needs an organisation in the tabular form, so an activity or service
//! without an organiser is listed under the site's owner (`owner` in site.toml). Every id is a UUID (version 5) made from
//! the site's address and the entry's kind and id, so it is the same in every build and
//! differs between two sites with an entry of the same name.

use serde_json::{Map, Value, json};

use crate::content::model::{Accessibility, Address, Contact, Offer};
use crate::content::schedule::{Nth, Rule, Schedule, TimeRange};
use crate::content::{Details, Entry, Kind};
use crate::output::File;
use crate::plan;
use crate::view::Views;

/// Where the build writes the export, inside the site.
pub const DIR: &str = "open-data/hsds/";

/// The HSDS version the export follows.
pub const VERSION: &str = "3.0";

/// The whole export: the three lists and the root.
pub fn export(views: &Views) -> Vec<File> {
    use rayon::prelude::*;
    let hsds = Hsds { views };
    // Records are made in parallel, and the three large lists serialised side by side;
    // the order of every list is the site's, whichever thread finishes first.
    let mut organizations: Vec<Value> = views
        .of_kind(Kind::Organisation, None)
        .into_par_iter()
        .map(|i| hsds.organization(i))
        .collect();
    let offers: Vec<usize> = [Kind::Activity, Kind::Service]
        .into_iter()
        .flat_map(|kind| views.of_kind(kind, None))
        .collect();
    let services: Vec<Value> = offers.par_iter().map(|&i| hsds.service(i)).collect();
    if services
        .iter()
        .any(|s| s["organization_id"] == hsds.owner()["id"])
    {
        organizations.push(hsds.owner());
    }
    // The list's records name their service too, without its own nested lists.
    let at_locations = || {
        let records: Vec<Value> = offers
            .par_iter()
            .zip(&services)
            .flat_map_iter(|(&i, service)| {
                let summary = hsds.summary_of(service);
                hsds.service_at_locations(i)
                    .into_iter()
                    .map(move |mut record| {
                        if let Some(map) = record.as_object_mut() {
                            map.insert("service".into(), summary.clone());
                        }
                        record
                    })
            })
            .collect();
        page(&records)
    };
    let (at_locations, (organizations_page, services_page)) = rayon::join(at_locations, || {
        rayon::join(|| page(&organizations), || page(&services))
    });
    let root = json!({
        "version": VERSION,
        "profile": "https://docs.openreferral.org/en/3.0/hsds/",
        "openapi_url": "https://raw.githubusercontent.com/openreferral/specification/3.0/schema/openapi.json",
    });
    let mut files = vec![
        File::new("index.json", root.to_string() + "\n", false),
        File::new("organizations.json", organizations_page, false),
        File::new("services.json", services_page, false),
        File::new("service_at_locations.json", at_locations, false),
    ];
    files.extend(tabular(views, organizations, services));
    files
}

/// The API's `Page` with every record on it, as compact JSON (at 10,000 entries the
/// services are 27 MB indented and 16 MB without).
fn page(contents: &[Value]) -> String {
    #[derive(serde::Serialize)]
    struct Page<'a> {
        total_items: usize,
        total_pages: usize,
        page_number: usize,
        size: usize,
        first_page: bool,
        last_page: bool,
        empty: bool,
        contents: &'a [Value],
    }
    let page = Page {
        total_items: contents.len(),
        total_pages: 1,
        page_number: 1,
        size: contents.len(),
        first_page: true,
        last_page: true,
        empty: contents.is_empty(),
        contents,
    };
    serde_json::to_string(&page).expect("plain data serialises") + "\n"
}

struct Hsds<'a, 'v> {
    views: &'a Views<'v>,
}

impl Hsds<'_, '_> {
    /// The UUID of a record: version 5, in the URL namespace, of the site's address with
    /// `#` and the record's path (`organisation/welzijn`, `service/koffie/schedule/2`).
    fn id(&self, path: &str) -> String {
        let name = format!("{}#{path}", self.views.urls.absolute(""));
        uuid::Uuid::new_v5(&uuid::Uuid::NAMESPACE_URL, name.as_bytes()).to_string()
    }

    fn entry_id(&self, e: &Entry) -> String {
        self.id(&format!("{}/{}", e.kind.name(), e.id))
    }

    fn url(&self, e: &Entry) -> String {
        self.views.urls.absolute(&plan::entry_path(e))
    }

    /// The UUID of a referenced entry that is on the site.
    fn reference(&self, kind: Kind, id: &str) -> Option<(String, &Entry)> {
        let (i, e) = self.views.get(kind, id)?;
        self.views.published[i].then(|| (self.entry_id(e), e))
    }

    fn organization(&self, i: usize) -> Value {
        let e = &self.views.entries[i];
        let id = self.entry_id(e);
        let mut o = record(&id, e);
        put(&mut o, "uri", Some(self.url(e)));
        if let Details::Organisation { contact, address } = &e.details {
            put(&mut o, "email", contact.email.clone());
            put(&mut o, "website", contact.website.clone());
            o.insert(
                "phones".into(),
                json!(self.phones(
                    contact,
                    &format!("organisation/{}", e.id),
                    "organization_id",
                    &id
                )),
            );
            // The organisation's own address is a location of its own.
            if let Some(address) = address {
                let path = format!("organisation/{}/location", e.id);
                let location_id = self.id(&path);
                let mut l = Map::new();
                l.insert("id".into(), json!(location_id));
                l.insert("location_type".into(), json!("physical"));
                l.insert("organization_id".into(), json!(id));
                l.insert("name".into(), json!(e.title));
                l.insert(
                    "addresses".into(),
                    json!([self.address(address, &path, &location_id)]),
                );
                o.insert("locations".into(), json!([l]));
            }
        }
        Value::Object(o)
    }

    fn service(&self, i: usize) -> Value {
        let e = &self.views.entries[i];
        let id = self.entry_id(e);
        let path = format!("{}/{}", e.kind.name(), e.id);
        let mut s = record(&id, e);
        s.insert("url".into(), json!(self.url(e)));
        s.insert("status".into(), json!("active"));
        let (Details::Activity(offer) | Details::Service(offer)) = &e.details else {
            return Value::Object(s);
        };
        let organization = offer
            .organiser
            .as_ref()
            .and_then(|r| self.reference(Kind::Organisation, &r.id));
        match &organization {
            Some((org_id, org)) => {
                s.insert("organization_id".into(), json!(org_id));
                s.insert("organization".into(), json!(self.organization_summary(org)));
            }
            None => {
                let owner = self.owner();
                s.insert("organization_id".into(), owner["id"].clone());
                s.insert("organization".into(), owner);
            }
        }
        put(&mut s, "email", offer.contact_info.email.clone());
        put(&mut s, "fees_description", self.fees(offer));
        let audience: Vec<&str> = e
            .audience
            .iter()
            .filter_map(|r| self.views.config.audiences.iter().find(|a| a.id == r.id))
            .map(|a| a.name.as_str())
            .collect();
        if !audience.is_empty() {
            s.insert("eligibility_description".into(), json!(audience.join(", ")));
        }
        if let Some(reviewed) = e.reviewed {
            s.insert("assured_date".into(), json!(reviewed.to_string()));
            s.insert(
                "last_modified".into(),
                json!(format!("{reviewed}T00:00:00Z")),
            );
        }
        s.insert(
            "phones".into(),
            json!(self.phones(&offer.contact_info, &path, "service_id", &id)),
        );
        s.insert(
            "schedules".into(),
            json!(self.schedules(&offer.schedule, &path, "service_id", &id)),
        );
        s.insert(
            "service_areas".into(),
            json!(self.service_areas(e, &path, &id)),
        );
        s.insert("languages".into(), json!(self.languages(e, &path, &id)));
        s.insert(
            "service_at_locations".into(),
            json!(self.service_at_locations(i)),
        );
        let contact = offer
            .contact
            .as_ref()
            .and_then(|r| self.contact(&r.id, &path, &id));
        s.insert(
            "contacts".into(),
            json!(contact.into_iter().collect::<Vec<_>>()),
        );
        Value::Object(s)
    }

    /// The site's owner, as the organisation of what names no organiser.
    fn owner(&self) -> Value {
        let config = &self.views.config;
        json!({
            "id": self.id("owner"),
            "name": config.owner,
            "description": config.description,
            "uri": self.views.urls.absolute(""),
        })
    }

    /// A service without its nested lists, as the list of services at locations names it.
    fn summary_of(&self, service: &Value) -> Value {
        let mut s = service.as_object().cloned().unwrap_or_default();
        for nested in [
            "phones",
            "schedules",
            "service_areas",
            "languages",
            "service_at_locations",
            "contacts",
            "organization",
        ] {
            s.remove(nested);
        }
        Value::Object(s)
    }

    /// An organisation as a service names it: its own fields, not its lists.
    fn organization_summary(&self, org: &Entry) -> Value {
        let mut o = record(&self.entry_id(org), org);
        put(&mut o, "uri", Some(self.url(org)));
        if let Details::Organisation { contact, .. } = &org.details {
            put(&mut o, "email", contact.email.clone());
            put(&mut o, "website", contact.website.clone());
        }
        Value::Object(o)
    }

    /// Where an activity or service takes place: its place, and the places of schedules
    /// that name another one, each once; or its own address.
    fn service_at_locations(&self, i: usize) -> Vec<Value> {
        let e = &self.views.entries[i];
        let service_id = self.entry_id(e);
        let path = format!("{}/{}", e.kind.name(), e.id);
        let (Details::Activity(offer) | Details::Service(offer)) = &e.details else {
            return Vec::new();
        };
        let mut places: Vec<&str> = offer.place.iter().map(|r| r.id.as_str()).collect();
        for s in &offer.schedule {
            if let Some(place) = &s.place {
                if !places.contains(&place.id.as_str()) {
                    places.push(&place.id);
                }
            }
        }
        let mut found: Vec<Value> = places
            .into_iter()
            .filter_map(|place| {
                let (i, _) = self.views.get(Kind::Place, place)?;
                let location = self.location(i)?;
                let location_id = location["id"].as_str()?.to_owned();
                Some(json!({
                    "id": self.id(&format!("{path}/at/{place}")),
                    "service_id": service_id,
                    "location_id": location_id,
                    "location": location,
                }))
            })
            .collect();
        if found.is_empty() {
            if let Some(address) = &offer.address {
                let location_path = format!("{path}/location");
                let location_id = self.id(&location_path);
                found.push(json!({
                    "id": self.id(&format!("{path}/at")),
                    "service_id": service_id,
                    "location_id": location_id,
                    "location": {
                        "id": location_id,
                        "location_type": "physical",
                        "name": e.title,
                        "addresses": [self.address(address, &location_path, &location_id)],
                    },
                }));
            }
        }
        found
    }

    /// A place as a location, if it is on the site.
    fn location(&self, i: usize) -> Option<Value> {
        if !self.views.published[i] {
            return None;
        }
        let e = &self.views.entries[i];
        let Details::Place {
            address,
            geo,
            opening_hours,
            accessibility,
            organisation,
            contact,
            ..
        } = &e.details
        else {
            return None;
        };
        let id = self.entry_id(e);
        let path = format!("place/{}", e.id);
        let mut l = Map::new();
        l.insert("id".into(), json!(id));
        l.insert("location_type".into(), json!("physical"));
        l.insert("url".into(), json!(self.url(e)));
        if let Some((org_id, _)) = organisation
            .as_ref()
            .and_then(|r| self.reference(Kind::Organisation, &r.id))
        {
            l.insert("organization_id".into(), json!(org_id));
        }
        l.insert("name".into(), json!(e.title));
        l.insert("description".into(), json!(e.summary));
        if let Some((lat, lon)) = geo {
            l.insert("latitude".into(), json!(lat));
            l.insert("longitude".into(), json!(lon));
        }
        l.insert(
            "addresses".into(),
            json!([self.address(address, &path, &id)]),
        );
        l.insert(
            "phones".into(),
            json!(self.phones(contact, &path, "location_id", &id)),
        );
        l.insert(
            "schedules".into(),
            json!(self.schedules(opening_hours, &path, "location_id", &id)),
        );
        if let Some(a) = accessibility {
            l.insert(
                "accessibility".into(),
                json!([self.accessibility(a, &path, &id)]),
            );
        }
        Some(Value::Object(l))
    }

    fn address(&self, a: &Address, path: &str, location_id: &str) -> Value {
        json!({
            "id": self.id(&format!("{path}/address")),
            "location_id": location_id,
            "address_1": a.street,
            "city": a.city,
            "state_province": self.views.config.open_data.province,
            "postal_code": a.postcode,
            "country": "NL",
            "address_type": "physical",
        })
    }

    fn accessibility(&self, a: &Accessibility, path: &str, location_id: &str) -> Value {
        let view = self.views.access(a);
        let facts: Vec<String> = view
            .facts
            .iter()
            .map(|f| format!("{}: {}", f.label, f.answer))
            .collect();
        let mut record = Map::new();
        record.insert(
            "id".into(),
            json!(self.id(&format!("{path}/accessibility"))),
        );
        record.insert("location_id".into(), json!(location_id));
        record.insert("description".into(), json!(facts.join("; ")));
        put(&mut record, "details", a.notes.clone());
        Value::Object(record)
    }

    /// The phone number of a contact block, as a list of none or one.
    fn phones(&self, contact: &Contact, path: &str, owner_field: &str, owner: &str) -> Vec<Value> {
        contact
            .phone
            .iter()
            .map(|number| {
                json!({
                    "id": self.id(&format!("{path}/phone")),
                    owner_field: owner,
                    "number": number,
                    "type": "voice",
                })
            })
            .collect()
    }

    /// The languages a service is held in, each with its name in the site's language and
    /// its ISO 639 code.
    fn languages(&self, e: &Entry, path: &str, service_id: &str) -> Vec<Value> {
        e.languages()
            .iter()
            .map(|l| {
                json!({
                    "id": self.id(&format!("{path}/language/{}", l.code)),
                    "service_id": service_id,
                    "name": l.name(&self.views.config.language),
                    "code": l.code,
                })
            })
            .collect()
    }

    /// The contact person of a service, if on the site.
    fn contact(&self, person: &str, path: &str, service_id: &str) -> Option<Value> {
        let (_, p) = self.reference(Kind::Person, person)?;
        let Details::Person { role, contact, .. } = &p.details else {
            return None;
        };
        let contact_path = format!("{path}/contact/{person}");
        let id = self.id(&contact_path);
        let mut c = Map::new();
        c.insert("id".into(), json!(id));
        c.insert("service_id".into(), json!(service_id));
        c.insert("name".into(), json!(p.title));
        if !role.is_empty() {
            c.insert("title".into(), json!(role));
        }
        put(&mut c, "email", contact.email.clone());
        c.insert(
            "phones".into(),
            json!(self.phones(contact, &contact_path, "contact_id", &id)),
        );
        Some(Value::Object(c))
    }

    /// The areas an entry is for, as service areas; municipality-wide as one area named
    /// after the whole municipality.
    fn service_areas(&self, e: &Entry, path: &str, service_id: &str) -> Vec<Value> {
        let areas: Vec<(String, String, Option<String>)> = match &e.areas {
            crate::content::Areas::All => {
                vec![("all".into(), self.views.t("all_areas"), None)]
            }
            crate::content::Areas::List(list) => list
                .iter()
                .filter_map(|r| {
                    let (i, a) = self.views.get(Kind::Area, &r.id)?;
                    Some((
                        a.id.clone(),
                        a.title.clone(),
                        self.views.published[i].then(|| self.url(a)),
                    ))
                })
                .collect(),
        };
        areas
            .into_iter()
            .map(|(area, name, url)| {
                let mut record = Map::new();
                record.insert("id".into(), json!(self.id(&format!("{path}/area/{area}"))));
                record.insert("service_id".into(), json!(service_id));
                record.insert("name".into(), json!(name));
                put(&mut record, "uri", url);
                Value::Object(record)
            })
            .collect()
    }

    /// Schedules as HSDS schedules: a weekly or monthly rule as iCalendar's FREQ, BYDAY
    /// and INTERVAL; single dates as one schedule each. Times are local time in the
    /// Netherlands, as the site shows them.
    fn schedules(
        &self,
        schedules: &[Schedule],
        path: &str,
        owner_field: &str,
        owner: &str,
    ) -> Vec<Value> {
        let mut out = Vec::new();
        for (n, s) in schedules.iter().enumerate() {
            let base = |id: String| {
                let mut r = Map::new();
                r.insert("id".into(), json!(id));
                r.insert(owner_field.into(), json!(owner));
                if let Some(TimeRange { start, end }) = s.time {
                    r.insert("opens_at".into(), json!(hh_mm(start)));
                    if let Some(end) = end {
                        r.insert("closes_at".into(), json!(hh_mm(end)));
                    }
                }
                r.insert(
                    "description".into(),
                    json!(crate::view::capitalise(
                        &s.describe(self.views.lang, self.views.today.year())
                    )),
                );
                put(&mut r, "notes", s.note.clone());
                r
            };
            let id = self.id(&format!("{path}/schedule/{n}"));
            match &s.rule {
                Rule::Weekly { days, every } => {
                    let mut r = base(id);
                    r.insert("freq".into(), json!("WEEKLY"));
                    r.insert("wkst".into(), json!("MO"));
                    let codes: Vec<&str> = days.iter().map(|d| day_code(*d)).collect();
                    r.insert("byday".into(), json!(codes.join(",")));
                    if *every > 1 {
                        r.insert("interval".into(), json!(every));
                    }
                    validity(&mut r, s);
                    out.push(Value::Object(r));
                }
                Rule::Monthly { days } => {
                    let mut r = base(id);
                    r.insert("freq".into(), json!("MONTHLY"));
                    let codes: Vec<String> = days
                        .iter()
                        .map(|(nth, d)| format!("{}{}", nth_code(*nth), day_code(*d)))
                        .collect();
                    r.insert("byday".into(), json!(codes.join(",")));
                    validity(&mut r, s);
                    out.push(Value::Object(r));
                }
                Rule::Dates(dates) => {
                    for (k, date) in dates.iter().enumerate() {
                        let mut r = base(self.id(&format!("{path}/schedule/{n}/{k}")));
                        let day = date.to_string();
                        r.insert("valid_from".into(), json!(day));
                        r.insert("valid_to".into(), json!(day));
                        r.insert("dtstart".into(), json!(day));
                        out.push(Value::Object(r));
                    }
                }
            }
        }
        out
    }

    fn fees(&self, offer: &Offer) -> Option<String> {
        self.views.cost(&offer.cost).map(|cost| cost.text)
    }
}

/// The fields every record built from an entry has: id, name and description.
fn record(id: &str, e: &Entry) -> Map<String, Value> {
    let mut m = Map::new();
    m.insert("id".into(), json!(id));
    m.insert("name".into(), json!(e.title));
    m.insert(
        "description".into(),
        json!(if e.summary.is_empty() {
            &e.title
        } else {
            &e.summary
        }),
    );
    m
}

/// Sets `key` when there is a value: HSDS fields are left out rather than null.
fn put(m: &mut Map<String, Value>, key: &str, value: Option<String>) {
    if let Some(v) = value.filter(|v| !v.is_empty()) {
        m.insert(key.into(), json!(v));
    }
}

/// When a rule starts and ends: `dtstart` from its first date (needed with an
/// interval), `valid_from` and `valid_to` as its dates.
fn validity(r: &mut Map<String, Value>, s: &Schedule) {
    if let Some(from) = s.from {
        r.insert("dtstart".into(), json!(from.to_string()));
        r.insert("valid_from".into(), json!(from.to_string()));
    }
    if let Some(until) = s.until {
        r.insert("valid_to".into(), json!(until.to_string()));
        r.insert("until".into(), json!(until.to_string()));
    }
}

fn hh_mm(t: jiff::civil::Time) -> String {
    format!("{:02}:{:02}", t.hour(), t.minute())
}

fn day_code(d: jiff::civil::Weekday) -> &'static str {
    use jiff::civil::Weekday::*;
    match d {
        Monday => "MO",
        Tuesday => "TU",
        Wednesday => "WE",
        Thursday => "TH",
        Friday => "FR",
        Saturday => "SA",
        Sunday => "SU",
    }
}

fn nth_code(n: Nth) -> &'static str {
    match n {
        Nth::First => "1",
        Nth::Second => "2",
        Nth::Third => "3",
        Nth::Fourth => "4",
        Nth::Last => "-1",
    }
}

/// HSDS's tables in the order of the data package, with their files.
const TABLES: [(&str, &str); 11] = [
    ("organization", "organizations.csv"),
    ("service", "services.csv"),
    ("location", "locations.csv"),
    ("service_at_location", "service_at_location.csv"),
    ("address", "addresses.csv"),
    ("phone", "phones.csv"),
    ("contact", "contacts.csv"),
    ("schedule", "schedules.csv"),
    ("service_area", "service_areas.csv"),
    ("language", "languages.csv"),
    ("accessibility", "accessibility.csv"),
];

/// The rows of each table, each record once.
#[derive(Default)]
struct Tables {
    rows: std::collections::BTreeMap<&'static str, Vec<Map<String, Value>>>,
    seen: std::collections::HashSet<(&'static str, String)>,
}

impl Tables {
    fn add(&mut self, table: &'static str, row: Map<String, Value>) {
        let id = row
            .get("id")
            .and_then(Value::as_str)
            .unwrap_or("")
            .to_owned();
        if self.seen.insert((table, id)) {
            self.rows.entry(table).or_default().push(row);
        }
    }

    /// Moves the records of the list `key` of `record` into `table`.
    fn take(&mut self, record: &mut Map<String, Value>, key: &str, table: &'static str) {
        if let Some(Value::Array(items)) = record.remove(key) {
            for item in items {
                if let Value::Object(row) = item {
                    self.add(table, row);
                }
            }
        }
    }

    fn location(&mut self, mut location: Map<String, Value>) {
        self.take(&mut location, "addresses", "address");
        self.take(&mut location, "phones", "phone");
        self.take(&mut location, "schedules", "schedule");
        self.take(&mut location, "accessibility", "accessibility");
        self.add("location", location);
    }
}

/// The tabular form: the records of the JSON lists, one row per record in the CSV file
/// of its table, and `datapackage.json` describing the files.
fn tabular(views: &Views, organizations: Vec<Value>, services: Vec<Value>) -> Vec<File> {
    let mut tables = Tables::default();
    for o in organizations {
        let Value::Object(mut o) = o else {
            continue;
        };
        tables.take(&mut o, "phones", "phone");
        if let Some(Value::Array(locations)) = o.remove("locations") {
            for l in locations {
                if let Value::Object(l) = l {
                    tables.location(l);
                }
            }
        }
        tables.add("organization", o);
    }
    for s in services {
        let Value::Object(mut s) = s else {
            continue;
        };
        s.remove("organization");
        tables.take(&mut s, "phones", "phone");
        tables.take(&mut s, "schedules", "schedule");
        tables.take(&mut s, "service_areas", "service_area");
        tables.take(&mut s, "languages", "language");
        if let Some(Value::Array(items)) = s.remove("service_at_locations") {
            for item in items {
                let Value::Object(mut at) = item else {
                    continue;
                };
                if let Some(Value::Object(location)) = at.remove("location") {
                    tables.location(location);
                }
                at.remove("service");
                tables.add("service_at_location", at);
            }
        }
        if let Some(Value::Array(contacts)) = s.remove("contacts") {
            for c in contacts {
                let Value::Object(mut c) = c else { continue };
                tables.take(&mut c, "phones", "phone");
                tables.add("contact", c);
            }
        }
        tables.add("service", s);
    }
    let mut files = Vec::new();
    let mut resources = Vec::new();
    for (table, path) in TABLES {
        let Some(rows) = tables.rows.get(table) else {
            continue;
        };
        // Columns: `id` first, then the others by name; a column is a number when any
        // row has a number there.
        let mut columns: Vec<&str> = rows
            .iter()
            .flat_map(|r| r.keys().map(String::as_str))
            .collect::<std::collections::BTreeSet<_>>()
            .into_iter()
            .collect();
        columns.sort_by_key(|c| *c != "id");
        let mut text = csv_line(columns.iter().map(|c| (*c).to_owned()));
        for row in rows {
            text.push_str(&csv_line(columns.iter().map(|c| match row.get(*c) {
                None | Some(Value::Null) => String::new(),
                Some(Value::String(s)) => s.clone(),
                Some(other) => other.to_string(),
            })));
        }
        let fields: Vec<Value> = columns
            .iter()
            .map(|c| {
                let number = rows.iter().any(|r| r.get(*c).is_some_and(Value::is_number));
                json!({"name": c, "type": if number { "number" } else { "string" }})
            })
            .collect();
        resources.push(json!({
            "name": table,
            "path": path,
            "profile": "tabular-data-resource",
            "format": "csv",
            "mediatype": "text/csv",
            "encoding": "utf-8",
            "schema": {"fields": fields, "primaryKey": "id"},
        }));
        files.push(File::new(path.to_owned(), text, false));
    }
    let package = json!({
        "profile": "tabular-data-package",
        "name": "hsds",
        "title": views.config.title,
        "description": format!("HSDS {VERSION}: {}", views.config.description),
        "homepage": views.urls.absolute(""),
        "resources": resources,
    });
    files.push(File::new(
        "datapackage.json",
        serde_json::to_string_pretty(&package).expect("plain data serialises") + "\n",
        false,
    ));
    files
}

/// One CSV line (RFC 4180): a field with a comma, quote or line break is quoted, with
/// its quotes doubled; lines end in CRLF.
fn csv_line(fields: impl Iterator<Item = String>) -> String {
    let mut line = String::new();
    for (n, field) in fields.enumerate() {
        if n > 0 {
            line.push(',');
        }
        if field.contains([',', '"', '\n', '\r']) {
            line.push('"');
            line.push_str(&field.replace('"', "\"\""));
            line.push('"');
        } else {
            line.push_str(&field);
        }
    }
    line.push_str("\r\n");
    line
}

#[cfg(test)]
mod tests {
    use super::csv_line;

    #[test]
    fn csv_fields_with_commas_quotes_and_line_breaks_are_quoted() {
        let line = csv_line(
            ["a", "b,c", "zeg \"ja\"", "twee\nregels", ""]
                .into_iter()
                .map(String::from),
        );
        assert_eq!(line, "a,\"b,c\",\"zeg \"\"ja\"\"\",\"twee\nregels\",\r\n");
    }
}
