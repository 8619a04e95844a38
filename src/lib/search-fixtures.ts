// Test helper: a small search lexicon built through the real builder (not shipped to browsers).
import { glossaryTermSchema } from '../i18n/glossary-schema.ts';
import { buildSearchLexicon, type SearchLexicon } from './search-lexicon.ts';
import type { SearchSynonym } from './search-synonyms.ts';

const page = (
	slug: string,
	title: string,
	aliases: string[],
	topics: string[] = [],
	otherNames: string[] = [],
) => ({
	slug,
	url: `/ja/services/${slug}/`,
	title,
	summary: `${title} の要約。`,
	aliases,
	otherNames,
	facets: { category: slug === 'inspector' ? '検出' : 'ネットワーク', layer: 'L' },
	topics,
});

/** Network pages, a detection page, one comparison, the glossary; terms stateful and stateless. */
export function sampleLexicon(synonyms: readonly SearchSynonym[] = []): SearchLexicon {
	return buildSearchLexicon({
		locale: 'ja',
		pages: [
			page(
				'network-acl',
				'ネットワーク ACL',
				['NACL', 'ACL', 'ネットワークACL'],
				['network-filtering'],
				['Network ACL'],
			),
			page(
				'security-group',
				'セキュリティグループ',
				['SG', 'Security Group'],
				['network-filtering'],
			),
			page('inspector', 'Amazon Inspector', ['脆弱性診断', 'インスペクター']),
			page('audit-readiness', '監査への備え', ['脆弱性診断', '監査対応']),
			page('iam', 'AWS Identity and Access Management', ['IAM', 'IAM ロール']),
			page('secrets-manager', 'AWS Secrets Manager', ['Secrets Manager']),
		],
		topics: [
			{
				id: 'network-filtering',
				url: '/ja/compare/network-filtering/',
				title: 'ネットワークのフィルタリング',
				intro: '比較。',
				names: ['network filtering'],
			},
		],
		hubs: [
			{
				url: '/ja/glossary/',
				title: '用語集',
				summary: '用語。',
				names: ['glossary'],
				tables: false,
			},
			{ url: '/ja/compare/', title: '全ページの比較表', summary: '表。', names: [], tables: true },
		],
		glossary: [
			glossaryTermSchema.parse({
				id: 'stateful',
				group: 'network',
				ja: { term: 'ステートフル', definition: '…' },
				en: { term: 'stateful', definition: '…' },
				pages: ['security-group'],
			}),
			glossaryTermSchema.parse({
				id: 'stateless',
				group: 'network',
				ja: { term: 'ステートレス', definition: '…' },
				en: { term: 'stateless', definition: '…' },
				pages: ['network-acl'],
			}),
		],
		synonyms,
		categories: ['ネットワーク', '検出'],
	});
}
