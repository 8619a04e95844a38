/**
 * Words readers use for a need, an attack or an abbreviation, and the pages that answer them.
 * Search treats a match like a page's own alias: the pages come first, in this order. Spellings
 * work in both languages (a Japanese reader types XSS too); width, case, spaces and `・` do not
 * matter (they are compared through `bestBetKey`). An entry here wins over a page alias or a
 * glossary term with the same spelling, so it also settles words two pages share.
 */
export interface SearchSynonym {
	words: readonly string[];
	/** Reference page slugs, best answer first. */
	pages: readonly string[];
}

export const SEARCH_SYNONYMS: readonly SearchSynonym[] = [
	// Recording traffic is the job of flow logs; the firewalls only log what they filter.
	{
		words: [
			'log network traffic',
			'network traffic log',
			'traffic logs',
			'通信ログ',
			'トラフィックログ',
		],
		pages: ['vpc-flow-logs'],
	},
	// Web attacks by their abbreviations: the WAF page explains the managed rules against them.
	// Not CSRF: AWS WAF's documentation names no protection against it, and no page explains it.
	{
		words: ['XSS', 'クロスサイトスクリプティング', 'cross-site scripting', 'cross site scripting'],
		pages: ['waf'],
	},
	{
		words: ['SQLi', 'SQL インジェクション', 'SQL injection', 'SQL injection attack'],
		pages: ['waf'],
	},
	{
		words: ['OWASP', 'OWASP Top 10', 'ボット対策', 'bot control', 'bot protection'],
		pages: ['waf'],
	},
	{
		words: ['DoS', 'DoS 攻撃', 'DDoS 攻撃', 'DDoS attack', 'denial of service', 'サービス拒否攻撃'],
		pages: ['shield'],
	},
	// Personal data.
	{
		words: [
			'個人情報',
			'個人情報保護',
			'personal information',
			'personally identifiable information',
		],
		pages: ['macie'],
	},
	// Keys: the everyday words for what KMS and CloudHSM manage.
	{
		words: [
			'暗号化キー',
			'暗号鍵',
			'鍵管理',
			'キー管理',
			'暗号キー',
			'encryption key',
			'encryption keys',
			'key management',
		],
		pages: ['kms'],
	},
	{
		words: ['専用 HSM', 'dedicated HSM', 'FIPS 140-3 レベル 3', 'FIPS 140-3 Level 3'],
		pages: ['cloudhsm'],
	},
	// Shell access without a bastion host: Session Manager.
	{
		words: [
			'踏み台',
			'踏み台サーバ',
			'踏み台ホスト',
			'バスティオンホスト',
			'bastion',
			'jump host',
			'jump server',
			'SSH 鍵なし',
		],
		pages: ['systems-manager'],
	},
	{
		words: ['パッチ適用', 'パッチ管理', 'patching', 'patch management', 'OS パッチ'],
		pages: ['systems-manager'],
	},
	// Who did what: CloudTrail records API calls.
	{
		words: [
			'who changed',
			'who deleted',
			'who did',
			'who made',
			'who created',
			'who launched',
			'who modified',
			'誰が変更',
			'誰が削除',
			'誰が作成',
			'誰が操作',
			'操作履歴',
			'API 呼び出し履歴',
			'API call history',
			'API activity',
		],
		pages: ['cloudtrail'],
	},
	// What a resource looked like: AWS Config's configuration history.
	{
		words: [
			'look like last week',
			'looked like',
			'configuration change history',
			'設定の履歴',
			'設定履歴',
			'過去の設定',
			'先週どうだった',
			'過去の状態',
			'以前の設定',
			'構成の履歴',
		],
		pages: ['config'],
	},
	// The firewall of an instance is its security group.
	{
		words: [
			'instance firewall',
			'instance-level firewall',
			'instance level firewall',
			'EC2 firewall',
			'firewall for EC2',
			'インスタンスファイアウォール',
			'インスタンスのファイアウォール',
			'インスタンス単位のファイアウォール',
			'インスタンスレベルのファイアウォール',
			'EC2 のファイアウォール',
		],
		pages: ['security-group'],
	},
	// One view of findings from many services and accounts: Security Hub.
	{
		words: [
			'single view of security findings',
			'single view',
			'single pane of glass',
			'findings across accounts',
			'aggregate findings',
			'aggregated findings',
			'central findings',
			'検出結果の集約',
			'検出結果集約',
			'検出結果を集約',
			'検出結果を一元',
			'検出結果の一元管理',
			'セキュリティの一元管理',
			'一元的に確認',
		],
		pages: ['security-hub'],
	},
	// 脆弱性診断 is what Inspector does; the audit guide only says penetration tests need no approval.
	{
		words: ['脆弱性診断', '脆弱性検査', 'vulnerability scan', 'vulnerability scanner'],
		pages: ['inspector'],
	},
	// Sign-up and sign-in for an app's own users.
	{
		words: [
			'会員登録',
			'ログイン機能',
			'サインアップ',
			'ソーシャルログイン',
			'sign-up',
			'sign up',
			'social login',
			'customer sign-in',
		],
		pages: ['cognito'],
	},
	// App users on phones and browsers get temporary AWS credentials from Cognito identity pools.
	{
		words: ['モバイルアプリ', 'mobile app', 'mobile app users', 'スマホアプリ'],
		pages: ['cognito'],
	},
	// IAM Roles Anywhere trusts certificates from a Private CA.
	{
		words: ['IAM Roles Anywhere', 'Roles Anywhere', 'トラストアンカー', 'trust anchor'],
		pages: ['private-ca'],
	},
	// Multi-factor authentication: IAM (users, root), then Identity Center and Cognito.
	{
		words: [
			'多要素認証',
			'二要素認証',
			'2 段階認証',
			'2FA',
			'two-factor',
			'multi-factor authentication',
		],
		pages: ['iam'],
	},
	{
		words: [
			'改ざん防止',
			'削除防止',
			'イミュータブル',
			'immutable backup',
			'tamper-proof',
			'write once',
		],
		pages: ['s3-protection'],
	},
	{
		words: ['SIEM', 'ログ基盤', 'security data lake', 'log lake'],
		pages: ['security-lake'],
	},
	{
		words: ['ペネトレーション', 'pentesting', '侵入試験', 'ペネトレーションテストの申請'],
		pages: ['audit-readiness'],
	},
	{
		words: ['パスワード管理', 'password management', 'API キー管理', 'API key storage'],
		pages: ['secrets-manager'],
	},
	// Who can reach my resources from outside, and what access nobody uses: Access Analyzer.
	{
		words: [
			'外部アカウントに共有',
			'外部に共有',
			'外部と共有',
			'外部アクセス',
			'shared with external accounts',
			'shared externally',
			'external access',
			'使っていない IAM',
			'使っていないロール',
			'使っていないアクセスキー',
			'未使用のロール',
			'未使用のアクセスキー',
			'未使用の権限',
			'unused IAM roles',
			'unused IAM',
			'unused roles',
			'unused access keys',
			'unused access',
			'unused permissions',
		],
		pages: ['iam-access-analyzer'],
	},
	// Evidence for auditors, collected continuously: Audit Manager.
	{
		words: ['証拠', '監査の証拠', '証拠収集', '証拠を集め', 'evidence', 'collect evidence'],
		pages: ['audit-manager'],
	},
	// Control Tower's three kinds of controls.
	{
		words: [
			'preventive',
			'proactive',
			'preventive controls',
			'detective controls',
			'proactive controls',
			'予防的',
			'発見的',
			'プロアクティブ',
			'予防的コントロール',
			'発見的コントロール',
			'プロアクティブコントロール',
		],
		pages: ['control-tower'],
	},
	// Reaching AWS services privately, without the internet: VPC endpoints.
	{
		words: [
			'without internet gateway',
			'without an internet gateway',
			'without NAT',
			'インターネットを経由せず',
			'インターネットを経由しない',
			'インターネットを通らず',
			'インターネットを通さず',
			'private access to S3',
		],
		pages: ['vpc-endpoints'],
	},
	{
		words: ['SSL', 'TLS 証明書の更新', 'HTTPS 証明書', 'HTTPS certificate', 'certificate renewal'],
		pages: ['certificate-manager'],
	},
	{
		words: ['社内認証局', 'in-house CA', 'internal CA', 'private PKI', 'プライベート PKI'],
		pages: ['private-ca'],
	},
];

/** Other names of the comparison pages (their titles come from the UI dictionary). */
export const TOPIC_NAMES: Readonly<Record<string, readonly string[]>> = {
	'network-filtering': [
		'network filtering',
		'ネットワークフィルタリング',
		'ファイアウォールの比較',
		'firewall comparison',
		'compare firewalls',
	],
	'ddos-and-edge': ['DDoS 対策の比較', 'edge protection', 'エッジの保護'],
	detection: ['検出サービスの比較', 'detection services', '脅威検出の比較'],
	compliance: ['コンプライアンスの比較', 'compliance services'],
	identity: ['ID 管理の比較', 'identity services', 'IAM の比較'],
	'keys-and-secrets': [
		'鍵の比較',
		'keys and secrets',
		'シークレットの比較',
		'key management services',
	],
	logging: ['ログの比較', 'logging services', 'ログサービス'],
};

/** Names of the site's lists, by id (`matrix`, `map`, `glossary`, `misconceptions`, `changes`). */
export const HUB_NAMES: Readonly<Record<string, readonly string[]>> = {
	matrix: ['比較表', '全体比較', 'comparison matrix', 'compare all', 'compare every page'],
	map: ['セキュリティマップ', 'マップ', 'security map', 'architecture map'],
	glossary: ['用語集', '用語', 'glossary', 'terms'],
	misconceptions: ['よくある誤解', '誤解', 'misconceptions', 'common misconceptions', 'myths'],
	changes: ['変更履歴', '更新情報', 'what changed', "what's new", 'changes', 'release notes'],
};
