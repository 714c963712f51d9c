// Keyboard navigation from highlight to highlight in the article, with one tab
// stop (a roving tabindex): j / → / ↓ next, k / ← / ↑ previous, Home, End,
// Enter or Space shows or hides the card, Escape hides it; other keys go to
// onKey(key, target) (the edit keys), which says whether it used them. Walks the DOM from
// the current highlight, so a long article with many thousands costs nothing.

export function createNavigation({ container, isVisible, cards, onKey }) {
  let stop = null; // the mark that currently holds tabindex=0

  const isStop = (el) => el.matches('mark.hl[data-part="first"]') && isVisible(el.dataset.kind);
  const walker = () => document.createTreeWalker(container, NodeFilter.SHOW_ELEMENT, {
    acceptNode: (el) => (isStop(el) ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP),
  });
  const firstStop = () => walker().nextNode();
  const lastStop = () => {
    const w = walker();
    let el = container.lastElementChild;
    while (el && el.lastElementChild) el = el.lastElementChild;
    if (!el) return null;
    if (isStop(el)) return el;
    w.currentNode = el;
    return w.previousNode();
  };
  const stepFrom = (el, delta) => {
    const w = walker();
    w.currentNode = el;
    return delta > 0 ? w.nextNode() : w.previousNode();
  };

  function setStop(mark) {
    if (stop && stop !== mark) stop.removeAttribute('tabindex');
    stop = mark;
    if (mark) {
      mark.tabIndex = 0;
      container.tabIndex = -1;
    } else {
      container.tabIndex = 0;
    }
  }

  function focus(mark, { scroll = true } = {}) {
    if (!mark) return;
    setStop(mark);
    mark.focus({ preventScroll: true });
    if (scroll) {
      const reduce = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
      mark.scrollIntoView({ block: 'nearest', inline: 'nearest', behavior: reduce ? 'auto' : 'smooth' });
    }
  }

  function move(delta) {
    const active = document.activeElement;
    if (active && container.contains(active) && active !== container && isStop(active)) {
      focus(stepFrom(active, delta) || active);
    } else if (stop && stop.isConnected && isStop(stop)) {
      focus(stop);
    } else {
      focus(delta > 0 ? firstStop() : lastStop());
    }
  }

  container.addEventListener('keydown', (e) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const key = e.key;
    if (key === 'j' || key === 'ArrowRight' || key === 'ArrowDown') move(1);
    else if (key === 'k' || key === 'ArrowLeft' || key === 'ArrowUp') move(-1);
    else if (key === 'Home') focus(firstStop());
    else if (key === 'End') focus(lastStop());
    else if ((key === 'Enter' || key === ' ') && e.target.matches('mark.hl')) cards.toggle(e.target);
    else if (key === 'Escape') cards.hide();
    else if (!(onKey && onKey(key, e.target))) return;
    e.preventDefault();
  });

  // A click on a highlight focuses it (its first piece) and makes it the tab stop.
  container.addEventListener('click', (e) => {
    let mark = null;
    for (let el = e.target.closest('mark.hl'); el && container.contains(el); el = el.parentElement.closest('mark.hl')) {
      if (isVisible(el.dataset.kind)) { mark = el; break; }
    }
    if (!mark) return;
    if (mark.dataset.part !== 'first') mark = container.querySelector(`mark[data-key="${CSS.escape(mark.dataset.key)}"]`) || mark;
    if (window.getSelection().isCollapsed) focus(mark, { scroll: false });
  });

  return {
    // After a new rendering or a change of the shown kinds.
    reset() {
      if (stop && stop.isConnected && isStop(stop)) return;
      if (stop) stop.removeAttribute('tabindex');
      stop = null;
      setStop(firstStop());
    },
    focus,
  };
}
