// Sort and filter for the full matrix, with the view state in the URL (replaceState), so a
// filtered view can be shared. The server-rendered table is complete without this script.
import {
	compareRows,
	readMatrixState,
	rowMatches,
	writeMatrixState,
	type MatrixState,
} from '../lib/matrix-state.ts';

class CompareMatrix extends HTMLElement {
	#state: MatrixState = { filters: {}, descending: false };
	#serverOrder: HTMLTableRowElement[] = [];

	connectedCallback() {
		this.#serverOrder = [...this.querySelectorAll<HTMLTableRowElement>('tbody tr')];
		const form = this.querySelector<HTMLElement>('[data-matrix-filters]')!;
		const selects = [...form.querySelectorAll('select')];
		const buttons = [...this.querySelectorAll<HTMLButtonElement>('[data-sort]')];
		for (const button of buttons) {
			button.hidden = false;
			button.nextElementSibling?.setAttribute('hidden', '');
			button.addEventListener('click', () => this.toggleSort(button.dataset.sort!));
		}
		this.#state = readMatrixState(
			location.search,
			selects.map((s) => s.name),
			buttons.map((b) => b.dataset.sort!),
		);
		for (const select of selects) select.value = this.#state.filters[select.name] ?? '';
		form.addEventListener('change', () => {
			this.#state.filters = Object.fromEntries(
				selects.filter((s) => s.value).map((s) => [s.name, s.value]),
			);
			this.apply();
		});
		form.querySelector('[data-reset]')?.addEventListener('click', (event) => {
			event.preventDefault();
			for (const select of selects) select.value = '';
			this.#state = { filters: {}, descending: false };
			this.apply();
		});
		this.apply();
	}

	toggleSort(column: string) {
		const same = this.#state.sort === column;
		this.#state.descending = same ? !this.#state.descending : false;
		this.#state.sort = column;
		this.apply();
	}

	apply() {
		const { sort, descending, filters } = this.#state;
		const rows = [...this.#serverOrder];
		if (sort) {
			const key = (row: HTMLTableRowElement) => ({
				rank: Number(row.dataset[rankKey(sort)] ?? Infinity),
				title: row.dataset.title ?? '',
			});
			rows.sort((a, b) => compareRows(key(a), key(b), descending));
		}
		this.querySelector('tbody')!.append(...rows);
		let shown = 0;
		for (const row of rows) {
			const visible = rowMatches({ ...row.dataset }, filters);
			row.hidden = !visible;
			if (visible) shown++;
		}
		for (const th of this.querySelectorAll<HTMLElement>('th[data-column]')) {
			if (th.dataset.column === sort)
				th.setAttribute('aria-sort', descending ? 'descending' : 'ascending');
			else th.removeAttribute('aria-sort');
		}
		const status = this.querySelector('[data-matrix-status]');
		if (status) {
			status.textContent = (this.dataset.showing ?? '')
				.replace('{count}', String(shown))
				.replace('{total}', String(rows.length));
		}
		history.replaceState(
			history.state,
			'',
			`${location.pathname}${writeMatrixState(this.#state)}${location.hash}`,
		);
	}
}

/** `data-rank-layer` is `dataset.rankLayer`. */
function rankKey(column: string): string {
	return `rank${column.charAt(0).toUpperCase()}${column.slice(1)}`;
}

customElements.define('compare-matrix', CompareMatrix);
