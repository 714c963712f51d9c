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
    keyboardHelp: 'Keys in the article: j or → next highlight, k or ← previous, Home and End, Enter or Space shows the details, Esc hides them; e edits the highlight, c confirms it, a adds a quote (from the selected words). Ctrl+Z undoes, Ctrl+Shift+Z redoes.',
    fmtJson: 'JSON (all results, with edits)',
    editHeading: 'Corrections',
    undo: 'Undo',
    redo: 'Redo',
    undoHint: 'Ctrl+Z',
    redoHint: 'Ctrl+Shift+Z',
    addQuote: 'Add a quote…',
    forget: 'Forget my edits',
    forgetTitle: 'Forget your edits of this article?',
    forgetQuestion: '{n, plural, one {# edit will be removed from this browser. This cannot be undone; export the JSON first to keep it.} other {# edits will be removed from this browser. This cannot be undone; export the JSON first to keep them.}}',
    nEdits: '{n, plural, =0 {No edits yet; they are kept in this browser only.} one {# edit, kept in this browser only.} other {# edits, kept in this browser only.}}',
    importHint: 'Open or drop an exported .json file to see it again, with its edits.',
    reviewToggle: 'Unchecked, lowest confidence first',
    reviewCount: '{n, plural, =0 {Nothing left to check.} one {# quote to check, lowest confidence first.} other {# quotes to check, lowest confidence first.}}',
    allChecked: 'Every quote is checked.',
    sourcesHeading: 'Sources',
    sourcesTotal: '{n} distinct sources quoted; {quotes} quotes in all.',
    sourcesByKind: 'Sources by kind',
    sourcesEach: 'Quotes and words per source',
    colKind: 'Kind',
    colSources: 'Sources',
    colShare: 'Share of sources',
    colQuotes: 'Quotes',
    colQuoteShare: 'Share of quotes',
    colWords: 'Words',
    colSource: 'Source',
    colActions: 'Actions',
    group_person: 'Named people',
    group_organization: 'Institutions',
    group_media: 'Media',
    group_anonymous: 'Anonymous sources',
    group_place: 'Places',
    group_none: 'No speaker',
    lowConfidence: 'low confidence',
    yourMarks: 'Your marks',
    editedBadge: 'edited',
    checkedBadge: 'checked',
    edit: 'Edit',
    confirm: 'Confirm',
    editThis: 'Edit: {what}',
    confirmThis: 'Checked: {what}',
    editQuote: 'Edit the quote',
    addQuoteTitle: 'Add a missed quote',
    addQuoteHelp: 'The words selected in the article are filled in; or type or paste the quote’s words as the article writes them.',
    quoteWords: 'The quote’s words',
    cueWords: 'Its cue (optional, e.g. “said”)',
    pickCue: 'Select the cue in the article…',
    pickCueHelp: 'Select the cue’s words in the article, then press a (or Add a quote…) to go back to the quote.',
    newSpeaker: 'A new speaker…',
    newSpeakerName: 'New speaker’s name',
    notAQuote: 'Not a quote (remove it)',
    checkedLabel: 'Checked',
    editSpeaker: 'Edit the speaker',
    name: 'Name',
    mergeInto: 'Merge into another speaker',
    noMerge: 'No: keep apart',
    splitMention: 'Split off a wrong mention as a speaker of its own',
    noSplit: 'No: every mention is this speaker',
    mentionSplit: 'Mention split off. Ctrl+Z undoes it.',
    editAmount: 'Edit the amount',
    min: 'At least',
    max: 'At most',
    decimalHint: 'Numbers as digits, with a point for decimals: 1500000 or 2.5. Empty for none.',
    deleteAmount: 'Not an amount (delete it)',
    save: 'Save',
    cancel: 'Cancel',
    needName: 'Give the new speaker a name.',
    needWords: 'Select or type the quote’s words.',
    notInArticle: 'These words are not in the article.',
    cueNotInArticle: 'The cue’s words are not in the article.',
    badNumber: 'Write the number with digits and a point, like 2.5.',
    badCurrency: 'A currency is a three-letter ISO code, like EUR or USD.',
    quoteEdited: 'Quote changed. Ctrl+Z undoes it.',
    quoteRejected: 'Removed: not a quote. Ctrl+Z undoes it.',
    quoteAdded: 'Quote added. Ctrl+Z undoes it.',
    speakerEdited: 'Speaker changed. Ctrl+Z undoes it.',
    speakersMerged: 'Speakers merged. Ctrl+Z undoes it.',
    amountEdited: 'Amount changed. Ctrl+Z undoes it.',
    amountDeleted: 'Amount deleted. Ctrl+Z undoes it.',
    confirmed: 'Marked as checked.',
    unconfirmed: 'No longer marked as checked.',
    undone: 'Edit undone.',
    redone: 'Edit redone.',
    nothingToUndo: 'Nothing to undo.',
    noChange: 'Nothing changed.',
    nothingToRedo: 'Nothing to redo.',
    forgotten: 'Your edits of this article are forgotten.',
    editsRestored: '{n, plural, =0 {No saved edits.} one {# saved edit of this article restored.} other {# saved edits of this article restored.}}',
    editsMerged: '{n, plural, =0 {Edits from another tab merged.} one {Edits from another tab merged: # edit in all.} other {Edits from another tab merged: # edits in all.}}',
    imported: 'Opened {name}: {quotes}.',
    importInvalid: '{name} was not opened: it is not a dixit result ({error}).',
    importTooLarge: '{name} was not opened: {size} is over the {max} limit.',
    storeUnavailable: 'This browser does not let the page keep data (private window or blocked storage): your edits work, but they last only until this page closes. Export them to keep them.',
    storeQuota: 'The browser has no room left to save: the saved copy keeps {saved} edits; all {session} of yours last until this page closes. Export them to keep them.',
    storeFailed: 'Saving failed: the saved copy keeps {saved} edits; all {session} of yours last until this page closes. Export them to keep them.',
    storeCorrupt: 'Part of the saved edits of this article could not be read: {kept} kept, {dropped} set aside.',
    storeCorruptAll: 'The saved edits of this article could not be read and were set aside; none could be kept.',
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
    keyboardHelp: 'Touches dans l’article : j ou → surlignage suivant, k ou ← précédent, Début et Fin, Entrée ou Espace affiche le détail, Échap le masque ; e modifie le surlignage, c le confirme, a ajoute une citation (à partir des mots sélectionnés). Ctrl+Z annule, Ctrl+Maj+Z rétablit.',
    fmtJson: 'JSON (tous les résultats, avec les corrections)',
    editHeading: 'Corrections',
    undo: 'Annuler',
    redo: 'Rétablir',
    undoHint: 'Ctrl+Z',
    redoHint: 'Ctrl+Maj+Z',
    addQuote: 'Ajouter une citation…',
    forget: 'Oublier mes corrections',
    forgetTitle: 'Oublier vos corrections de cet article ?',
    forgetQuestion: '{n, plural, one {# correction sera effacée de ce navigateur. C’est définitif ; exportez d’abord le JSON pour la garder.} other {# corrections seront effacées de ce navigateur. C’est définitif ; exportez d’abord le JSON pour les garder.}}',
    nEdits: '{n, plural, =0 {Aucune correction ; elles ne sont gardées que dans ce navigateur.} one {# correction, gardée dans ce navigateur seulement.} other {# corrections, gardées dans ce navigateur seulement.}}',
    importHint: 'Ouvrez ou déposez un fichier .json exporté pour le revoir, avec ses corrections.',
    reviewToggle: 'Non vérifiées, les moins sûres d’abord',
    reviewCount: '{n, plural, =0 {Plus rien à vérifier.} one {# citation à vérifier, la moins sûre d’abord.} other {# citations à vérifier, les moins sûres d’abord.}}',
    allChecked: 'Toutes les citations sont vérifiées.',
    sourcesHeading: 'Sources',
    sourcesTotal: '{n} sources distinctes citées ; {quotes} citations en tout.',
    sourcesByKind: 'Sources par nature',
    sourcesEach: 'Citations et mots par source',
    colKind: 'Nature',
    colSources: 'Sources',
    colShare: 'Part des sources',
    colQuotes: 'Citations',
    colQuoteShare: 'Part des citations',
    colWords: 'Mots',
    colSource: 'Source',
    colActions: 'Actions',
    group_person: 'Personnes nommées',
    group_organization: 'Institutions',
    group_media: 'Médias',
    group_anonymous: 'Sources anonymes',
    group_place: 'Lieux',
    group_none: 'Sans locuteur',
    lowConfidence: 'confiance faible',
    yourMarks: 'Vos marques',
    editedBadge: 'corrigé',
    checkedBadge: 'vérifié',
    edit: 'Modifier',
    confirm: 'Confirmer',
    editThis: 'Modifier : {what}',
    confirmThis: 'Vérifié : {what}',
    editQuote: 'Modifier la citation',
    addQuoteTitle: 'Ajouter une citation manquée',
    addQuoteHelp: 'Les mots sélectionnés dans l’article sont repris ; sinon tapez ou collez les mots de la citation tels que l’article les écrit.',
    quoteWords: 'Les mots de la citation',
    cueWords: 'Son verbe introducteur (facultatif, par ex. « a déclaré »)',
    pickCue: 'Sélectionner le verbe dans l’article…',
    pickCueHelp: 'Sélectionnez les mots du verbe introducteur dans l’article, puis appuyez sur a (ou Ajouter une citation…) pour revenir à la citation.',
    newSpeaker: 'Un nouveau locuteur…',
    newSpeakerName: 'Nom du nouveau locuteur',
    notAQuote: 'Pas une citation (la retirer)',
    checkedLabel: 'Vérifié',
    editSpeaker: 'Modifier le locuteur',
    name: 'Nom',
    mergeInto: 'Fusionner avec un autre locuteur',
    noMerge: 'Non : les garder distincts',
    splitMention: 'Détacher une mention erronée en locuteur distinct',
    noSplit: 'Non : chaque mention est ce locuteur',
    mentionSplit: 'Mention détachée. Ctrl+Z annule.',
    editAmount: 'Modifier le montant',
    min: 'Au moins',
    max: 'Au plus',
    decimalHint: 'Les nombres en chiffres, avec un point pour les décimales : 1500000 ou 2.5. Vide pour aucun.',
    deleteAmount: 'Pas un montant (le supprimer)',
    save: 'Enregistrer',
    cancel: 'Annuler',
    needName: 'Donnez un nom au nouveau locuteur.',
    needWords: 'Sélectionnez ou tapez les mots de la citation.',
    notInArticle: 'Ces mots ne sont pas dans l’article.',
    cueNotInArticle: 'Les mots du verbe introducteur ne sont pas dans l’article.',
    badNumber: 'Écrivez le nombre en chiffres, avec un point : 2.5.',
    badCurrency: 'Une devise est un code ISO de trois lettres : EUR, USD.',
    quoteEdited: 'Citation modifiée. Ctrl+Z annule.',
    quoteRejected: 'Retirée : ce n’est pas une citation. Ctrl+Z annule.',
    quoteAdded: 'Citation ajoutée. Ctrl+Z annule.',
    speakerEdited: 'Locuteur modifié. Ctrl+Z annule.',
    speakersMerged: 'Locuteurs fusionnés. Ctrl+Z annule.',
    amountEdited: 'Montant modifié. Ctrl+Z annule.',
    amountDeleted: 'Montant supprimé. Ctrl+Z annule.',
    confirmed: 'Marqué comme vérifié.',
    unconfirmed: 'N’est plus marqué comme vérifié.',
    undone: 'Correction annulée.',
    redone: 'Correction rétablie.',
    nothingToUndo: 'Rien à annuler.',
    noChange: 'Rien n’a changé.',
    nothingToRedo: 'Rien à rétablir.',
    forgotten: 'Vos corrections de cet article sont oubliées.',
    editsRestored: '{n, plural, =0 {Aucune correction enregistrée.} one {# correction enregistrée de cet article restaurée.} other {# corrections enregistrées de cet article restaurées.}}',
    editsMerged: '{n, plural, =0 {Corrections d’un autre onglet fusionnées.} one {Corrections d’un autre onglet fusionnées : # en tout.} other {Corrections d’un autre onglet fusionnées : # en tout.}}',
    imported: '{name} ouvert : {quotes}.',
    importInvalid: '{name} n’a pas été ouvert : ce n’est pas un résultat de dixit ({error}).',
    importTooLarge: '{name} n’a pas été ouvert : {size} dépasse la limite de {max}.',
    storeUnavailable: 'Ce navigateur ne laisse pas la page garder de données (fenêtre privée ou stockage bloqué) : vos corrections fonctionnent, mais ne durent que jusqu’à la fermeture de la page. Exportez-les pour les garder.',
    storeQuota: 'Le navigateur n’a plus de place pour enregistrer : la copie enregistrée garde {saved} corrections ; vos {session} corrections durent jusqu’à la fermeture de la page. Exportez-les pour les garder.',
    storeFailed: 'L’enregistrement a échoué : la copie enregistrée garde {saved} corrections ; vos {session} corrections durent jusqu’à la fermeture de la page. Exportez-les pour les garder.',
    storeCorrupt: 'Une partie des corrections enregistrées de cet article était illisible : {kept} gardées, {dropped} mises de côté.',
    storeCorruptAll: 'Les corrections enregistrées de cet article étaient illisibles et ont été mises de côté ; aucune n’a pu être gardée.',
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
