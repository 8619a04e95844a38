// The glossary's filter box: hides the terms whose spellings and readings do not contain the
// query (both normalised the same way), hides index letters and sections left empty, and says
// how many terms are shown. The page is complete without it (the element is data-js-only).
import { normalizeForFilter } from '../lib/glossary-index.ts';

class GlossaryFilter extends HTMLElement {
	connectedCallback() {
		const input = this.querySelector('input')!;
		const status = this.querySelector('[role="status"]')!;
		const main = this.closest('main')!;
		const terms = [...main.querySelectorAll<HTMLElement>('.term[data-filter]')];
		const sections = [...main.querySelectorAll<HTMLElement>('[data-index-section]')];
		input.addEventListener('input', () => {
			const query = normalizeForFilter(input.value.trim());
			let shown = 0;
			for (const term of terms) {
				term.hidden = query !== '' && !(term.dataset.filter ?? '').includes(query);
				if (!term.hidden) shown++;
			}
			for (const section of sections) {
				const empty = !section.querySelector('.term:not([hidden])');
				section.hidden = empty;
				main
					.querySelector(`[data-index-link="${section.dataset.indexSection}"]`)
					?.toggleAttribute('data-empty', empty);
			}
			status.textContent =
				query === ''
					? ''
					: shown === 0
						? (this.dataset.none ?? '')
						: (this.dataset.count ?? '').replace('{count}', String(shown));
		});
	}
}

customElements.define('glossary-filter', GlossaryFilter);
