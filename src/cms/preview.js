// The preview beside a form of the CMS: the entry as the site shows it, in the site's own
// stylesheet and with the structure of its entry pages (kind, title, summary, the
// practical facts, the page text, wijken and subjects), so an editor sees what residents
// will see while typing. Written by `buurtgids cms` with the editors' page; it runs there
// only, never on the site. Decap CMS draws it; Sveltia CMS takes the stylesheet.
(() => {
  'use strict';
  const cms = window.CMS;
  if (!cms) return;

  // The site's stylesheets have a fingerprint in their names: read them from the home
  // page, one folder up from this page.
  fetch(new URL('../', document.baseURI))
    .then((r) => (r.ok ? r.text().then((html) => [r.url, html]) : ['', '']))
    .then(([url, html]) => {
      const page = new DOMParser().parseFromString(html, 'text/html');
      for (const link of page.querySelectorAll('link[rel~="stylesheet"]')) {
        cms.registerPreviewStyle(new URL(link.getAttribute('href'), url).href);
      }
    })
    .catch(() => {});

  const h = window.h;
  const createClass = window.createClass;
  if (typeof h !== 'function' || typeof createClass !== 'function' || !cms.registerPreviewTemplate) {
    return;
  }

  // Shown above the facts, under them, or not at all.
  const HEAD = ['title', 'name', 'role', 'summary', 'body'];
  const FOOT = ['areas', 'categories', 'reviewed'];
  const HIDDEN = ['draft', 'keywords', 'image', 'valid_from', 'valid_until'];
  // The facts the site's pages show first, in their order; the others follow.
  const FIRST = ['schedule', 'opening_hours', 'hours_per_week', 'when', 'place', 'address', 'cost', 'audience'];
  const rank = (f) => (FIRST.includes(f.name) ? FIRST.indexOf(f.name) : FIRST.length);
  // The headings of the site's pages where they differ from the form's labels.
  const HEADINGS = { areas: 'Wijk of kern', categories: 'Onderwerp' };

  const plain = (v) => (v && typeof v.toJS === 'function' ? v.toJS() : v);
  const empty = (v) => v === undefined || v === null || v === '' ||
    (Array.isArray(v) && v.every(empty)) ||
    (typeof v === 'object' && !Array.isArray(v) && Object.values(v).every(empty));
  const list = (v) => (Array.isArray(v) ? v : [v]);
  const date = (v) => {
    const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(String(v));
    if (!m) return String(v);
    return new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })
      .format(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  };
  const joined = (words) => (words.length < 2 ? words.join('')
    : `${words.slice(0, -1).join(', ')} en ${words[words.length - 1]}`);

  const Preview = createClass({
    getInitialState() {
      return { names: {} };
    },

    // The names of the entries a relation field may point at, read once per collection.
    componentDidMount() {
      const collections = new Set();
      const walk = (fields) => (fields || []).forEach((f) => {
        if (f.widget === 'relation') collections.add(f.collection);
        walk(f.fields);
        if (f.field) walk([f.field]);
      });
      walk(plain(this.props.collection.get('fields')));
      for (const name of collections) {
        Promise.resolve(this.props.getCollection(name)).then((entries) => {
          const names = {};
          for (const e of (plain(entries) || []).map(plain)) {
            const data = plain(e.data) || {};
            names[e.slug] = data.title || data.name || e.slug;
          }
          this.setState((s) => ({ names: { ...s.names, [name]: names } }));
        }).catch(() => {});
      }
    },

    // What a field's value reads as on the site, or nothing for an empty one.
    shown(field, value) {
      if (empty(value)) return null;
      switch (field.widget) {
        case 'boolean':
          return value ? 'ja' : 'nee';
        case 'datetime':
          return date(value);
        case 'select': {
          const options = (field.options || []).map((o) => (typeof o === 'object' ? o : { label: o, value: o }));
          return list(value).map((v) => (options.find((o) => o.value === v) || { label: v }).label).join(', ');
        }
        case 'relation': {
          const names = this.state.names[field.collection] || {};
          return list(value).map((v) => names[v] || v).join(', ');
        }
        case 'object':
          return h('ul', { className: 'plain' }, (field.fields || []).map((f) => {
            const v = this.shown(f, value[f.name]);
            if (v === null) return null;
            const yes = f.widget === 'boolean' ? (value[f.name] ? 'yes' : 'no') : undefined;
            return h('li', { key: f.name, className: yes }, f.widget === 'boolean' ? `${f.label}: ${v}` : v);
          }));
        case 'list':
          if (field.fields) {
            return h('ul', { className: 'plain' }, list(value).filter((rule) => !empty(rule))
              .map((rule, i) => h('li', { key: i }, this.rule(field, rule))));
          }
          if (field.field) return list(value).map((v) => this.shown(field.field, v)).join(', ');
          return list(value).join(', ');
        default:
          return String(value);
      }
    },

    // One rule of a schedule or opening hours as a sentence.
    rule(field, rule) {
      const part = (name) => (field.fields || []).find((f) => f.name === name) || { widget: 'string' };
      const words = [];
      if (!empty(rule.weekly)) {
        const days = joined(list(rule.weekly));
        words.push(rule.every > 1 ? `Om de ${rule.every} weken op ${days}` : `Elke ${days}`);
      }
      if (!empty(rule.monthly)) words.push(`Elke ${joined(list(rule.monthly))} van de maand`);
      if (!empty(rule.dates)) words.push(`Op ${joined(list(rule.dates).map(date))}`);
      if (rule.time) {
        const [start, end] = String(rule.time).split('-');
        words.push(end ? `van ${start} tot ${end}` : `om ${start}`);
      }
      let text = words.join(' ');
      if (rule.from) text += `, vanaf ${date(rule.from)}`;
      if (rule.until) text += `, tot en met ${date(rule.until)}`;
      if (!empty(rule.except)) text += `, niet op ${joined(list(rule.except).map(date))}`;
      if (rule.place) text += ` (${this.shown(part('place'), rule.place)})`;
      return rule.note ? [text, h('br', { key: 'br' }), h('span', { key: 'note', className: 'note' }, rule.note)] : text;
    },

    render() {
      const collection = this.props.collection;
      const fields = plain(collection.get('fields')) || [];
      const data = plain(this.props.entry.get('data')) || {};
      const kind = collection.get('name');
      const field = (name) => fields.find((f) => f.name === name);
      const facts = fields
        .filter((f) => !HEAD.includes(f.name) && !FOOT.includes(f.name) && !HIDDEN.includes(f.name))
        .sort((a, b) => rank(a) - rank(b))
        .map((f) => [f, this.shown(f, data[f.name])])
        .filter(([, v]) => v !== null);
      const foot = FOOT.filter((name) => field(name) && !empty(data[name])).map((name) => {
        if (name === 'reviewed') return h('p', { key: name }, `Laatst gecontroleerd op ${date(data.reviewed)}.`);
        return h('p', { key: name }, `${HEADINGS[name]}: ${this.shown(field(name), data[name])}`);
      });
      return h('main', { id: 'main' }, h('div', { className: 'wrap' },
        h('article', { className: `entry entry-${kind}` },
          h('p', { className: 'kind-label' }, collection.get('label_singular')),
          h('h1', null, data.title || data.name || ''),
          data.role ? h('p', { className: 'role' }, data.role) : null,
          data.summary ? h('p', { className: 'lead' }, data.summary) : null,
          facts.length ? h('section', { className: 'facts', 'aria-labelledby': 'facts-title' },
            h('h2', { id: 'facts-title' }, 'Praktisch'),
            h('dl', null, facts.map(([f, v]) => h('div', { key: f.name, className: 'fact' },
              h('dt', null, f.label), h('dd', null, v))))) : null,
          field('body') && !empty(data.body) ? h('div', { className: 'body' }, this.props.widgetFor('body')) : null,
          foot.length ? h('footer', { className: 'entry-meta' }, foot) : null)));
    },
  });

  // The collections of the configuration, filled in by `buurtgids cms`.
  for (const name of [/* collections */]) {
    cms.registerPreviewTemplate(name, Preview);
  }
})();
