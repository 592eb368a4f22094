// Words of the mail layer that are not about forwarding, per language. Data only. They live in
// shared/mime rather than in the notice engine's lexicons because the notice engine reads mail
// through this layer (shared/notice imports shared/mime, never the reverse).

/**
 * What a plain part says when it only points to the HTML version ("view this email in your
 * browser", "Darstellung", "version en ligne"): regular-expression alternatives, matched
 * case-insensitively.
 */
export const BROWSER_STUB_PHRASES: readonly string[] = [
  "\\b(?:html|browser|navigateur|navegador|webbläsare|przeglądar|selaime|prohlížeč)",
  "\\b(?:web|online)[- ]?(?:version|versie|versione|versão|versión)",
  "version (?:en ligne|web)|versi[oó]n (?:web|online|en l[ií]nea)|versão (?:web|online)",
  "\\bto view this (?:e-?mail|message)|view (?:it )?online|darstellung|nicht korrekt angezeigt",
  "ne s'affiche pas|no se muestra|wordt niet goed|bekijk|weergeven|anzeigen|afficher|visualizar|visualizza",
];
