// The interface in French and English: a string table, the chosen locale, and
// the Intl formatters that follow it. Elements carry data-i18n="key" (their
// text) and data-i18n-attr="attr:key;attr:key" (their attributes).

const STRINGS = {
  en: {
    tagline: 'Who said what, and how much. Everything runs in your browser: no text leaves this page.',
    uiLanguage: 'Interface language',
    inputHeading: 'Article',
    articleLabel: 'Article text',
    articlePlaceholder: 'Paste or type a news article here, or drop a .txt or .html file',
    dropHint: 'Drop a .txt or .html file to open it',
    largeText: 'A large text ({size}): the box shows its beginning, the whole text is annotated. Clear to type another one.',
    annotate: 'Annotate',
    annotateHint: 'Ctrl+Enter',
    sample: 'Sample article',
    openFile: 'Open a file…',
    clear: 'Clear',
    textLanguage: 'Text language',
    languageNames: { en: 'English', fr: 'French' },
    langAuto: 'Detect automatically',
    langAutoFound: 'Detect automatically ({lang})',
    loading: 'Loading the annotator…',
    loadFailed: 'The annotator failed to load: {error}',
    ready: 'Ready. dixit {version}, languages: {languages}.',
    reading: 'Reading {name}…',
    loaded: 'Opened {name} ({size}).',
    loadedHtml: 'Opened {name} ({size}); its HTML was reduced to text.',
    pastedHtml: 'The pasted HTML was reduced to text.',
    fileUnreadable: 'Cannot open {name}: it is not a text or HTML file.',
    sampleLoaded: 'Sample article loaded.',
    sampleMissing: 'The sample article is not available.',
    annotating: 'Annotating…',
    annotatingBig: 'Annotating {size}… {seconds} s',
    rendering: 'Showing the highlights… {percent}',
    done: '{quotes} · {speakers} · {amounts} · {ms} ms',
    empty: 'Paste or type some text first.',
    error: 'Error: {error}',
    nQuotes: '{n, plural, =0 {no quotes} one {# quote} other {# quotes}}',
    nSpeakers: '{n, plural, =0 {no speakers} one {# speaker} other {# speakers}}',
    nAmounts: '{n, plural, =0 {no amounts} one {# amount} other {# amounts}}',
    progressLabel: 'Progress',
    resultHeading: 'Annotated article',
    resultEmpty: 'The highlighted article appears here.',
    legend: 'Show',
    kind_quote: 'Quotes',
    kind_speaker: 'Speakers',
    kind_amount: 'Amounts',
    detected: 'Language: {lang} (detected)',
    chosen: 'Language: {lang} (chosen)',
    keyboardHelp: 'Keys in the article: j or → next highlight, k or ← previous, Home and End, Enter or Space shows the details, Esc hides them.',
    articleRegion: 'Annotated article, {summary}',
    whoSaidWhat: 'Who said what',
    unattributed: 'Speaker not identified',
    noQuotes: 'No quotes found.',
    amountsHeading: 'Amounts',
    noAmounts: 'No amounts found.',
    colText: 'Text',
    colValue: 'Value',
    colCurrency: 'Currency',
    colEquivalents: 'Equivalents',
    showMore: 'Show {n} more',
    goToQuote: 'Go to the quote: {text}',
    goToAmount: 'Go to the amount: {text}',
    goToSpeaker: 'Go to {name}',
    exportHeading: 'Export',
    exportFormat: 'Format',
    fmtJson: 'JSON (all results)',
    fmtQuotes: 'CSV of quotes',
    fmtAmounts: 'CSV of amounts',
    download: 'Download',
    copy: 'Copy',
    copied: 'Copied to the clipboard.',
    copyFailed: 'Copying failed: {error}',
    downloaded: 'Saved {name}.',
    nothingToExport: 'Annotate a text first.',
    cardQuote: 'Quote',
    cardAmount: 'Amount',
    cardSpeaker: 'Speaker',
    speaker: 'Speaker',
    role: 'Role',
    cue: 'Cue',
    type: 'Type',
    confidence: 'Confidence',
    kind: 'Kind',
    unknown: 'not identified',
    none: '—',
    value: 'Value',
    currency: 'Currency',
    range: 'Range',
    rangeBoth: 'from {min} to {max}',
    rangeMin: 'at least {min}',
    rangeMax: 'at most {max}',
    approximate: 'Approximate',
    yes: 'yes',
    restates: 'Restates',
    restatedAs: 'Restated as',
    quotesOf: 'Quotes',
    mentions: 'Mentions',
    type_direct: 'direct',
    type_indirect: 'indirect',
    type_mixed: 'mixed (partly direct)',
    type_according_to: 'according to',
    kind_person: 'person',
    kind_organization: 'organisation',
    kind_place: 'place',
    kind_media: 'media',
    kind_anonymous: 'anonymous source',
  },
  fr: {
    tagline: 'Qui a dit quoi, et combien. Tout se passe dans votre navigateur : aucun texte ne quitte cette page.',
    uiLanguage: 'Langue de l’interface',
    inputHeading: 'Article',
    articleLabel: 'Texte de l’article',
    articlePlaceholder: 'Collez ou tapez un article ici, ou déposez un fichier .txt ou .html',
    dropHint: 'Déposez un fichier .txt ou .html pour l’ouvrir',
    largeText: 'Texte volumineux ({size}) : la zone n’en montre que le début, le texte entier est annoté. Effacez pour en saisir un autre.',
    annotate: 'Annoter',
    annotateHint: 'Ctrl+Entrée',
    sample: 'Article d’exemple',
    openFile: 'Ouvrir un fichier…',
    clear: 'Effacer',
    textLanguage: 'Langue du texte',
    languageNames: { en: 'anglais', fr: 'français' },
    langAuto: 'Détection automatique',
    langAutoFound: 'Détection automatique ({lang})',
    loading: 'Chargement de l’annotateur…',
    loadFailed: 'L’annotateur n’a pas pu être chargé : {error}',
    ready: 'Prêt. dixit {version}, langues : {languages}.',
    reading: 'Lecture de {name}…',
    loaded: '{name} ouvert ({size}).',
    loadedHtml: '{name} ouvert ({size}) ; son HTML a été réduit à du texte.',
    pastedHtml: 'Le HTML collé a été réduit à du texte.',
    fileUnreadable: 'Impossible d’ouvrir {name} : ce n’est ni un fichier texte ni un fichier HTML.',
    sampleLoaded: 'Article d’exemple chargé.',
    sampleMissing: 'L’article d’exemple n’est pas disponible.',
    annotating: 'Annotation en cours…',
    annotatingBig: 'Annotation de {size}… {seconds} s',
    rendering: 'Affichage des surlignages… {percent}',
    done: '{quotes} · {speakers} · {amounts} · {ms} ms',
    empty: 'Collez ou tapez d’abord un texte.',
    error: 'Erreur : {error}',
    nQuotes: '{n, plural, =0 {aucune citation} one {# citation} other {# citations}}',
    nSpeakers: '{n, plural, =0 {aucun locuteur} one {# locuteur} other {# locuteurs}}',
    nAmounts: '{n, plural, =0 {aucun montant} one {# montant} other {# montants}}',
    progressLabel: 'Progression',
    resultHeading: 'Article annoté',
    resultEmpty: 'L’article surligné s’affiche ici.',
    legend: 'Afficher',
    kind_quote: 'Citations',
    kind_speaker: 'Locuteurs',
    kind_amount: 'Montants',
    detected: 'Langue : {lang} (détectée)',
    chosen: 'Langue : {lang} (choisie)',
    keyboardHelp: 'Touches dans l’article : j ou → surlignage suivant, k ou ← précédent, Début et Fin, Entrée ou Espace affiche le détail, Échap le masque.',
    articleRegion: 'Article annoté, {summary}',
    whoSaidWhat: 'Qui a dit quoi',
    unattributed: 'Locuteur non identifié',
    noQuotes: 'Aucune citation trouvée.',
    amountsHeading: 'Montants',
    noAmounts: 'Aucun montant trouvé.',
    colText: 'Texte',
    colValue: 'Valeur',
    colCurrency: 'Devise',
    colEquivalents: 'Équivalences',
    showMore: 'Afficher {n} de plus',
    goToQuote: 'Aller à la citation : {text}',
    goToAmount: 'Aller au montant : {text}',
    goToSpeaker: 'Aller à {name}',
    exportHeading: 'Exporter',
    exportFormat: 'Format',
    fmtJson: 'JSON (tous les résultats)',
    fmtQuotes: 'CSV des citations',
    fmtAmounts: 'CSV des montants',
    download: 'Télécharger',
    copy: 'Copier',
    copied: 'Copié dans le presse-papiers.',
    copyFailed: 'La copie a échoué : {error}',
    downloaded: '{name} enregistré.',
    nothingToExport: 'Annotez d’abord un texte.',
    cardQuote: 'Citation',
    cardAmount: 'Montant',
    cardSpeaker: 'Locuteur',
    speaker: 'Locuteur',
    role: 'Fonction',
    cue: 'Verbe introducteur',
    type: 'Type',
    confidence: 'Confiance',
    kind: 'Nature',
    unknown: 'non identifié',
    none: '—',
    value: 'Valeur',
    currency: 'Devise',
    range: 'Fourchette',
    rangeBoth: 'de {min} à {max}',
    rangeMin: 'au moins {min}',
    rangeMax: 'au plus {max}',
    approximate: 'Approximatif',
    yes: 'oui',
    restates: 'Équivaut à',
    restatedAs: 'Converti en',
    quotesOf: 'Citations',
    mentions: 'Mentions',
    type_direct: 'directe',
    type_indirect: 'indirecte',
    type_mixed: 'mixte (en partie directe)',
    type_according_to: 'selon',
    kind_person: 'personne',
    kind_organization: 'organisation',
    kind_place: 'lieu',
    kind_media: 'média',
    kind_anonymous: 'source anonyme',
  },
};

export const UI_LANGUAGES = Object.keys(STRINGS);
const STORAGE_KEY = 'dixit.ui-language';

let current = pickInitial();
const listeners = new Set();

function pickInitial() {
  try {
    const saved = localStorage.getItem(STORAGE_KEY);
    if (saved && STRINGS[saved]) return saved;
  } catch { /* storage may be disabled */ }
  for (const tag of navigator.languages || [navigator.language || 'en']) {
    const base = String(tag).slice(0, 2).toLowerCase();
    if (STRINGS[base]) return base;
  }
  return 'en';
}

export function locale() {
  return current;
}

export function setLocale(code) {
  if (!STRINGS[code] || code === current) return;
  current = code;
  try { localStorage.setItem(STORAGE_KEY, code); } catch { /* ignore */ }
  for (const fn of listeners) fn(code);
}

export function onLocaleChange(fn) {
  listeners.add(fn);
}

// t('key', {name: 'x'}): {name} is replaced; {n, plural, =0 {…} one {# …} other {# …}} picks a form.
export function t(key, params = {}) {
  const template = STRINGS[current][key] ?? STRINGS.en[key] ?? key;
  const plural = template.match(/^\{(\w+), plural, (.*)\}$/);
  if (plural) {
    const n = Number(params[plural[1]]);
    const forms = Object.fromEntries([...plural[2].matchAll(/(=\d+|\w+) \{([^}]*)\}/g)].map((m) => [m[1], m[2]]));
    const form = forms[`=${n}`] ?? forms[intl(Intl.PluralRules).select(n)] ?? forms.other;
    return form.replace('#', formatNumber(n));
  }
  return template.replace(/\{(\w+)\}/g, (m, name) => (name in params ? String(params[name]) : m));
}

// Applies the table to the static parts of the page.
export function translateDocument(root = document) {
  document.documentElement.lang = current;
  for (const el of root.querySelectorAll('[data-i18n]')) el.textContent = t(el.dataset.i18n);
  for (const el of root.querySelectorAll('[data-i18n-attr]')) {
    for (const pair of el.dataset.i18nAttr.split(';')) {
      const [attr, key] = pair.split(':');
      if (attr && key) el.setAttribute(attr.trim(), t(key.trim()));
    }
  }
}

// Intl objects are slow to make (a first Intl.DisplayNames costs some 20 ms of
// the page's start-up): each is made once per locale and options.
const intlCache = new Map();
function intl(Kind, options) {
  const key = `${Kind.name} ${current} ${JSON.stringify(options)}`;
  let made = intlCache.get(key);
  if (!made) {
    made = new Kind(Kind === Intl.DisplayNames ? [current] : current, options);
    intlCache.set(key, made);
  }
  return made;
}

export function formatNumber(n, options) {
  return intl(Intl.NumberFormat, options).format(n);
}

export function formatPercent(x) {
  return intl(Intl.NumberFormat, { style: 'percent', maximumFractionDigits: 0 }).format(x);
}

export function formatBytes(bytes) {
  const units = ['byte', 'kilobyte', 'megabyte'];
  let i = 0;
  let v = bytes;
  while (v >= 1000 && i < units.length - 1) { v /= 1000; i++; }
  return intl(Intl.NumberFormat, { style: 'unit', unit: units[i], unitDisplay: 'short', maximumFractionDigits: 1 }).format(v);
}

// The name of a language ("fr" → "French" / "français"): the table's own, else
// the browser's (a language added to the core later needs no entry here).
export function languageName(code) {
  const own = (STRINGS[current].languageNames ?? {})[code];
  if (own) return own;
  try {
    return intl(Intl.DisplayNames, { type: 'language' }).of(code) || code;
  } catch {
    return code;
  }
}

export function currencyName(code) {
  try {
    return intl(Intl.DisplayNames, { type: 'currency' }).of(code) || code;
  } catch {
    return code;
  }
}

// A decimal string ("200000000", "1.5") formatted for the locale, in its
// currency when it has one. Strings keep their exact digits.
export function formatMoney(value, currency) {
  const base = { maximumFractionDigits: 2 };
  if (currency && /^[A-Z]{3}$/.test(currency)) {
    try {
      return intl(Intl.NumberFormat, { ...base, style: 'currency', currency, minimumFractionDigits: 0 }).format(value);
    } catch { /* an unknown code: fall through */ }
  }
  const number = intl(Intl.NumberFormat, base).format(value);
  return currency ? `${number} ${currency}` : number;
}
