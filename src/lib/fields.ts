/**
 * Language-neutral frontmatter fields as label keys of the UI dictionary. Facts boxes, the
 * comparison tables and search badges all show a field through these, so a value is labelled
 * the same everywhere, and a value without a label fails `astro check`.
 */
import type { Service } from '../schema.ts';
import type { UiKey } from '../i18n/ui.ts';

/** Fields shown in a page's facts box and the full matrix, in display order. */
export const FACT_FIELDS = [
	'kind',
	'category',
	'layer',
	'purpose',
	'osiLayers',
	'stateful',
	'orgScope',
	'pricing',
	'attachesTo',
	'ruleActions',
	'ruleEvaluation',
	'protects',
	'dataSources',
	'identities',
	'accessControls',
	'stores',
	'tenancy',
	'rotation',
	'records',
	'destinations',
	'lifecycle',
] as const satisfies readonly (keyof Service)[];
export type FactField = (typeof FACT_FIELDS)[number];

type ValueOf<F extends FactField> =
	NonNullable<Service[F]> extends readonly (infer V)[] ? V : NonNullable<Service[F]>;
type Text<F extends FactField> = ValueOf<F> & (string | number);
type LabelKeyOf<F extends FactField> = F extends 'osiLayers'
	? `osi.${Text<F>}`
	: F extends 'protects'
		? `resource.${Text<F>}`
		: F extends 'dataSources'
			? `dataSource.${Text<F>}`
			: `${F}.${Text<F>}`;
/** Every label key a fact can produce. */
export type ValueKey = { [F in FactField]: LabelKeyOf<F> }[FactField];

// Compile-time proof that the dictionary labels every enum value of every fact field.
type AssertLabelled<T extends UiKey> = T;
export type LabelledValueKey = AssertLabelled<ValueKey>;

const PREFIX: Partial<Record<FactField, string>> = {
	osiLayers: 'osi',
	protects: 'resource',
	dataSources: 'dataSource',
};

/**
 * The label keys of one field's value(s), in frontmatter order; [] when the field is unset.
 * @example valueKeys(waf, 'osiLayers') // ['osi.7']
 */
export function valueKeys(service: Service, field: FactField): ValueKey[] {
	const value: unknown = service[field];
	if (value === undefined) return [];
	const values = Array.isArray(value) ? value : [value];
	return values.map((v) => `${PREFIX[field] ?? field}.${String(v)}` as ValueKey);
}

/** The raw values of a field as strings (for URL filters and sorting), in frontmatter order. */
export function rawValues(service: Service, field: keyof Service): string[] {
	const value: unknown = service[field];
	if (value === undefined) return [];
	return (Array.isArray(value) ? value : [value]).map(String);
}
