// How an amount reads in the interface: its value (or range) for the locale,
// with the approximation mark. Formatting only: the numbers come from the core.
import { formatMoney, t } from './i18n.js';

export function amountValue(a) {
  if (a.value != null) return (a.approx ? '≈ ' : '') + formatMoney(a.value, a.currency);
  const range = amountRange(a);
  return range ? (a.approx ? '≈ ' : '') + range : t('none');
}

export function amountRange(a) {
  const min = a.min != null ? formatMoney(a.min, a.currency) : null;
  const max = a.max != null ? formatMoney(a.max, a.currency) : null;
  if (min && max) return t('rangeBoth', { min, max });
  if (min) return t('rangeMin', { min });
  if (max) return t('rangeMax', { max });
  return null;
}

export function quoteType(type) {
  return t(`type_${type}`) === `type_${type}` ? type : t(`type_${type}`);
}

export function speakerKind(kind) {
  return t(`kind_${kind}`) === `kind_${kind}` ? kind : t(`kind_${kind}`);
}
