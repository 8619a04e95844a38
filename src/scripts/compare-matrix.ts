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
	/** Each row's values per field, read once: dataset reads are slow on 500 rows. */
	#values = new Map<HTMLTableRowElement, Record<string, string | undefined>>();
	#shownOrder: HTMLTableRowElement[] = [];

	connectedCallback() {
		this.#serverOrder = [...this.querySelectorAll<HTMLTableRowElement>('tbody tr')];
		this.#shownOrder = this.#serverOrder;
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
			Object.fromEntries(
				selects.map((s) => [s.name, [...s.options].map((o) => o.value).filter(Boolean)]),
			),
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

	/**
	 * Shows the state: rows in order, filtered, with the sort marked and the count announced.
	 * It writes to the DOM only what differs from what is shown (the server's view needs no
	 * row touched), since each row moved or re-hidden costs style and layout on a big table.
	 */
	apply() {
		const { sort, descending, filters } = this.#state;
		let rows = this.#serverOrder;
		if (sort) {
			const keys = new Map(
				rows.map((row) => [
					row,
					{ rank: Number(row.dataset[rankKey(sort)] ?? Infinity), title: row.dataset.title ?? '' },
				]),
			);
			rows = [...rows].sort((a, b) => compareRows(keys.get(a)!, keys.get(b)!, descending));
		}
		if (rows.some((row, i) => row !== this.#shownOrder[i])) {
			this.querySelector('tbody')!.append(...rows);
			this.#shownOrder = rows;
		}
		const filtering = Object.keys(filters).length > 0;
		let shown = 0;
		for (const row of rows) {
			const visible = !filtering || rowMatches(this.valuesOf(row), filters);
			if (row.hidden === visible) row.hidden = !visible;
			if (visible) shown++;
		}
		for (const th of this.querySelectorAll<HTMLElement>('th[data-column]')) {
			const value = th.dataset.column === sort ? (descending ? 'descending' : 'ascending') : null;
			if (th.getAttribute('aria-sort') === value) continue;
			if (value) th.setAttribute('aria-sort', value);
			else th.removeAttribute('aria-sort');
		}
		const status = this.querySelector('[data-matrix-status]');
		if (status) {
			const text = (this.dataset.showing ?? '')
				.replace('{count}', String(shown))
				.replace('{total}', String(rows.length));
			if (status.textContent !== text) status.textContent = text;
		}
		const url = `${location.pathname}${writeMatrixState(this.#state)}${location.hash}`;
		if (url !== `${location.pathname}${location.search}${location.hash}`)
			history.replaceState(history.state, '', url);
	}

	valuesOf(row: HTMLTableRowElement): Record<string, string | undefined> {
		let values = this.#values.get(row);
		if (!values) this.#values.set(row, (values = { ...row.dataset }));
		return values;
	}
}

/** `data-rank-layer` is `dataset.rankLayer`. */
function rankKey(column: string): string {
	return `rank${column.charAt(0).toUpperCase()}${column.slice(1)}`;
}

customElements.define('compare-matrix', CompareMatrix);
